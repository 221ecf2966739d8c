import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createFrameGuard} from '../src/framing.js'

/** Frame a JSON-RPC body as an LSP client does. */
function frame(body: string): Buffer {
  const bytes = Buffer.from(body)
  return Buffer.concat([
    Buffer.from('Content-Length: ' + bytes.length + '\r\n\r\n'),
    bytes
  ])
}

function message(id: number, text = 'x'): string {
  return JSON.stringify({
    jsonrpc: '2.0',
    id,
    method: 'test/echo',
    params: {text}
  })
}

/** Write `chunks` through a guard; return everything it let through. */
async function guard(chunks: ReadonlyArray<Buffer | string>): Promise<Buffer> {
  const stream = createFrameGuard()
  const output: Array<Buffer> = []
  stream.on('data', (chunk: Buffer) => output.push(chunk))
  const ended = new Promise((resolve) => stream.on('end', resolve))
  for (const chunk of chunks) stream.write(chunk)
  stream.end()
  await ended
  return Buffer.concat(output)
}

/** What the guard has let through so far, without ending it. */
function passed(chunks: ReadonlyArray<Buffer | string>): Buffer {
  const stream = createFrameGuard()
  const output: Array<Buffer> = []
  stream.on('data', (chunk: Buffer) => output.push(chunk))
  for (const chunk of chunks) stream.write(chunk)
  return Buffer.concat(output)
}

/** Split LSP output into bodies; fails on anything but clean framing. */
function bodies(output: Buffer): Array<string> {
  const result: Array<string> = []
  let rest = output
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n')
    expect(end).toBeGreaterThan(-1)
    const match = /content-length: *(\d+)/i.exec(
      rest.subarray(0, end).toString('latin1')
    )
    expect(match).not.toBeNull()
    const length = Number(match![1])
    expect(rest.length).toBeGreaterThanOrEqual(end + 4 + length)
    result.push(rest.subarray(end + 4, end + 4 + length).toString())
    rest = rest.subarray(end + 4 + length)
  }

  return result
}

describe('frame guard', () => {
  it('passes good messages through byte for byte, however they are split', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({unit: 'grapheme'}), {minLength: 1, maxLength: 5}),
        fc.array(fc.nat(), {maxLength: 8}),
        async (texts, cuts) => {
          const input = Buffer.concat(texts.map((d, i) => frame(message(i, d))))
          const points = [...new Set(cuts.map((d) => d % input.length))].sort(
            (a, b) => a - b
          )
          const chunks: Array<Buffer> = []
          let start = 0
          for (const point of points) {
            chunks.push(input.subarray(start, point))
            start = point
          }

          chunks.push(input.subarray(start))
          expect((await guard(chunks)).equals(input)).toBe(true)
        }
      )
    )
  })

  it('passes a message with `Content-Type` and lower-case headers', async () => {
    const body = message(1)
    const input =
      'content-length: ' +
      body.length +
      '\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n' +
      body
    expect(String(await guard([input]))).toBe(input)
  })

  it('does not hold back a complete message whose text mentions `Content-Length:`', () => {
    const good = frame(message(1, 'HTTP header Content-Length: 12\r\n\r\n'))
    expect(passed([good]).equals(good)).toBe(true)
  })

  it('passes a well-framed body that is not JSON on to the reader', async () => {
    const input = Buffer.concat([frame('hello'), frame(message(2))])
    expect(bodies(await guard([input]))).toEqual(['hello', message(2)])
  })

  it('drops a header without `Content-Length` and recovers', async () => {
    const output = await guard([
      'X-Nonsense: 1\r\n\r\n{"jsonrpc":"2.0"}',
      frame(message(3))
    ])
    expect(bodies(output)).toEqual([message(3)])
  })

  it('drops a non-numeric `Content-Length` and the body after it', async () => {
    const output = await guard([
      'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","method":"x"}',
      frame(message(4))
    ])
    expect(bodies(output)).toEqual([message(4)])
  })

  it('recovers from a `Content-Length` that is too small', async () => {
    const body = message(5)
    const output = await guard([
      'Content-Length: 10\r\n\r\n' + body,
      frame(message(6))
    ])
    expect(bodies(output)).toEqual([body.slice(0, 10), message(6)])
  })

  it('recovers from a `Content-Length` that is too large, without waiting for more bytes', () => {
    const output = passed([
      'Content-Length: 100000\r\n\r\n{"jsonrpc":"2.0"}',
      frame(message(7))
    ])
    expect(bodies(output)).toEqual([message(7)])
  })

  it('recovers from raw bytes that are not LSP at all', async () => {
    const garbage = Buffer.from([0, 255, 13, 10, 13, 10, 58, 0x80, 0xfe, 10])
    const output = await guard([garbage, 'GET / HTTP/1.1\r\n\r\n', frame(message(8))])
    expect(bodies(output)).toEqual([message(8)])
  })

  it('keeps only a bounded tail of garbage with no header in it', () => {
    const stream = createFrameGuard()
    const output: Array<Buffer> = []
    stream.on('data', (chunk: Buffer) => output.push(chunk))
    for (let index = 0; index < 200; index++) {
      stream.write(Buffer.alloc(64 * 1024, 'z'))
    }

    // Memory held is bounded: the state is a short tail, and a good message
    // after 12.5 MiB of garbage still comes through at once.
    stream.write(frame(message(9)))
    expect(bodies(Buffer.concat(output))).toEqual([message(9)])
  })

  it('always ends on the good message after arbitrary garbage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({maxLength: 300}),
        fc.string(),
        async (garbage, text) => {
          const last = message(10, text)
          const output = await guard([
            Buffer.from(garbage),
            frame(message(11)),
            frame(last)
          ])
          const result = bodies(output)
          expect(result.at(-1)).toBe(last)
        }
      )
    )
  })
})
