/**
 * A guard in front of the JSON-RPC reader of `vscode-languageserver`.
 *
 * LSP frames each message as `Content-Length: N\r\n\r\n` plus `N` bytes.
 * The stock reader trusts that framing: after one bad header (a missing or
 * non-numeric length, a length that is too small or too large) the rest of
 * a message is read as the next header, and every later message is
 * misread, so the server stays up but never answers again.  This transform
 * passes well-framed messages through byte for byte and, on a framing error,
 * drops bytes up to the next `Content-Length` header so the server answers
 * again from the next good message.  A well-framed body that is not JSON-RPC
 * is passed on: the stock reader reports it and carries on.
 *
 * A `filter` sees each body and can drop its message (used on the server’s
 * output to keep diagnostics in order, see `./order.ts`).
 */
import {Transform, type TransformCallback} from 'node:stream'

const crlfCrlf = Buffer.from('\r\n\r\n')
const headerMarkers = [
  Buffer.from('Content-Length:'),
  Buffer.from('content-length:')
]
/** Longest header block a client sends in practice; longer is garbage. */
const maxHeaderBytes = 4096
/** An RFC 7230 header line: token, colon, printable value. */
const headerLine = /^[!#$%&'*+\-.^_`|~\dA-Za-z]+:[ \t]*(?:[!-~][ -~]*)?$/
/** A prefix of a header line, for a header block not complete yet. */
const partialHeaderLine = /^[!#$%&'*+\-.^_`|~\dA-Za-z]*(?::[\u0020-\u007E\t]*)?\r?$/

interface Frame {
  /** Offset of the body in the buffer. */
  bodyStart: number
  /** Byte length of the body, from `Content-Length`. */
  length: number
}

export interface FrameGuardOptions {
  /**
   * Whether to pass on the message with this body (default: all), or the
   * body to pass on instead.
   */
  filter?: ((body: Buffer) => boolean | Buffer) | undefined
}

/**
 * Create the guard: write raw client bytes in, read well-framed LSP
 * messages out.
 */
export function createFrameGuard(options: FrameGuardOptions = {}): Transform {
  const {filter} = options
  const bytes = new ByteQueue()
  let frame: Frame | undefined
  /** How far the current body has been searched for an embedded header. */
  let scanned = 0

  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      bytes.append(chunk)

      while (bytes.length > 0) {
        const buffer = bytes.view()

        if (!frame) {
          const header = readHeader(buffer)
          if (header === 'wait') break
          if (header === 'bad') {
            bytes.drop(resyncOffset(buffer, 1))
            continue
          }

          frame = header
          scanned = header.bodyStart
        }

        // A body cannot hold a raw header: JSON allows no raw CR or LF
        // inside strings and no `Content-Length:` outside them.  Finding
        // one means the announced length was wrong.
        const end = frame.bodyStart + frame.length
        const available = Math.min(buffer.length, end)
        const embedded = findHeader(
          buffer,
          Math.max(frame.bodyStart, scanned - 32),
          available,
          available === end
        )
        if (embedded === 'wait') break
        if (embedded !== undefined) {
          frame = undefined
          bytes.drop(embedded)
          continue
        }

        scanned = available

        if (available < end) break

        const verdict = filter ? filter(buffer.subarray(frame.bodyStart, end)) : true
        if (Buffer.isBuffer(verdict)) {
          this.push(frameOf(verdict))
        } else if (verdict) {
          // A copy: the queue reuses its memory.
          this.push(Buffer.from(buffer.subarray(0, end)))
        }

        bytes.drop(end)
        frame = undefined
      }

      done()
    }
  })
}

/**
 * Offset of the next `Content-Length` header at or after `from`; if there is
 * none, of the tail that may be the start of one.
 */
function resyncOffset(buffer: Buffer, from: number): number {
  let next = -1

  for (const marker of headerMarkers) {
    const index = buffer.indexOf(marker, from)
    if (index !== -1 && (next === -1 || index < next)) next = index
  }

  return next === -1
    ? Math.max(from, buffer.length - headerMarkers[0]!.length + 1)
    : next
}

/**
 * Bytes received and not yet passed on, in one growing buffer: appending a
 * chunk costs its own length, not the length of the message so far, which
 * matters for multi-megabyte documents that arrive in 64 KiB chunks.
 */
class ByteQueue {
  private store: Buffer = Buffer.alloc(0)
  private start = 0
  private end = 0

  get length(): number {
    return this.end - this.start
  }

  append(chunk: Buffer): void {
    const live = this.length

    if (this.end + chunk.length > this.store.length) {
      if (live + chunk.length <= this.store.length / 2) {
        this.store.copyWithin(0, this.start, this.end)
      } else {
        const grown = Buffer.allocUnsafe(
          Math.max(live + chunk.length, this.store.length * 2, 1024)
        )
        this.store.copy(grown, 0, this.start, this.end)
        this.store = grown
      }

      this.start = 0
      this.end = live
    }

    chunk.copy(this.store, this.end)
    this.end += chunk.length
  }

  /** The live bytes; valid until the next `append` or `drop`. */
  view(): Buffer {
    return this.store.subarray(this.start, this.end)
  }

  drop(count: number): void {
    this.start += count

    if (this.start >= this.end) {
      this.start = 0
      this.end = 0
      // Let go of the memory of a large message once it is through.
      if (this.store.length > 1024 * 1024) this.store = Buffer.alloc(0)
    }
  }
}

/**
 * Read the header block at the start of `buffer`.
 */
function readHeader(buffer: Buffer): Frame | 'bad' | 'wait' {
  const end = buffer.indexOf(crlfCrlf)
  const limit = end === -1 ? Math.min(buffer.length, maxHeaderBytes) : end

  if (end === -1 || end > maxHeaderBytes) {
    // Incomplete: wait only while what has come so far can still be a
    // header block.
    if (buffer.length > maxHeaderBytes) return 'bad'
    const lines = buffer.subarray(0, limit).toString('latin1').split('\r\n')
    const last = lines.pop() ?? ''
    return lines.every((line) => headerLine.test(line)) &&
      partialHeaderLine.test(last)
      ? 'wait'
      : 'bad'
  }

  let length: number | undefined

  for (const line of buffer.subarray(0, end).toString('latin1').split('\r\n')) {
    if (!headerLine.test(line)) return 'bad'
    const colon = line.indexOf(':')

    if (line.slice(0, colon).toLowerCase() === 'content-length') {
      const value = line.slice(colon + 1).trim()
      if (!/^\d{1,15}$/.test(value)) return 'bad'
      length = Number(value)
    }
  }

  return length === undefined ? 'bad' : {bodyStart: end + 4, length}
}

/**
 * Find a complete, valid header block inside `buffer` between `from` and
 * `to`: its offset, `undefined` if there is none, or `'wait'` if one may be
 * starting but is not complete yet.  When the body is `complete`, a header
 * cut by its end does not count: waiting for more bytes would hold back a
 * good message (whose text may well mention `Content-Length:`).
 */
function findHeader(
  buffer: Buffer,
  from: number,
  to: number,
  complete: boolean
): number | 'wait' | undefined {
  let position = from

  while (position < to) {
    let index = -1

    for (const marker of headerMarkers) {
      const found = buffer.indexOf(marker, position)
      if (found !== -1 && found < to && (index === -1 || found < index)) {
        index = found
      }
    }

    if (index === -1) return undefined

    const header = readHeader(buffer.subarray(index, to))
    if (header === 'wait' && !complete) return 'wait'
    if (header !== 'bad' && header !== 'wait') return index
    position = index + 1
  }

  return undefined
}

/** A body framed as an LSP message. */
export function frameOf(body: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('Content-Length: ' + body.length + '\r\n\r\n', 'ascii'),
    body
  ])
}
