import {describe, expect, it} from 'vitest'
import {createPublishOrder} from '../src/order.js'

const uri = 'file:///work/story.md'

function notification(method: string, params: unknown): Buffer {
  return Buffer.from(JSON.stringify({jsonrpc: '2.0', method, params}))
}

function open(version: number) {
  return notification('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version, text: 'x'}
  })
}

function change(version: number) {
  return notification('textDocument/didChange', {
    textDocument: {uri, version},
    contentChanges: [{text: 'textDocument/didChange in the text'}]
  })
}

function close() {
  return notification('textDocument/didClose', {textDocument: {uri}})
}

function publish(version: number | undefined, count = 1) {
  return notification('textDocument/publishDiagnostics', {
    uri,
    version,
    diagnostics: Array.from({length: count}, () => ({
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}},
      message: 'm'
    }))
  })
}

describe('publish order', () => {
  it('passes every client message on', () => {
    const order = createPublishOrder()
    for (const body of [open(1), change(2), close(), Buffer.from('not json')]) {
      expect(order.incoming(body)).toBe(true)
    }
  })

  it('passes diagnostics in version order and drops older ones that come late', () => {
    const order = createPublishOrder()
    order.incoming(open(1))
    expect(order.outgoing(publish(1))).toBe(true)
    order.incoming(change(2))
    order.incoming(change(3))
    order.incoming(change(4))
    // Diagnostics keep coming while typing…
    expect(order.outgoing(publish(3))).toBe(true)
    // …but a check of an older version that ends last is dropped.
    expect(order.outgoing(publish(2))).toBe(false)
    expect(order.outgoing(publish(4))).toBe(true)
    expect(order.outgoing(publish(3))).toBe(false)
    // A recheck of the current version (a config file changed) passes.
    expect(order.outgoing(publish(4))).toBe(true)
  })

  it('lets only the clearing list through for a closed document', () => {
    const order = createPublishOrder()
    order.incoming(open(1))
    order.incoming(change(2))
    order.incoming(close())
    expect(order.outgoing(publish(2, 0))).toBe(true)
    expect(order.outgoing(publish(2, 3))).toBe(false)
    expect(order.outgoing(publish(1, 3))).toBe(false)
  })

  it('drops a check from before the document was closed and opened again', () => {
    const order = createPublishOrder()
    order.incoming(open(1))
    for (let version = 2; version <= 9; version++) order.incoming(change(version))
    order.incoming(close())
    order.incoming(open(1))
    expect(order.outgoing(publish(9))).toBe(false)
    expect(order.outgoing(publish(1))).toBe(true)
    order.incoming(change(2))
    expect(order.outgoing(publish(2))).toBe(true)
  })

  it('passes what it does not follow', () => {
    const order = createPublishOrder()
    expect(order.outgoing(publish(5))).toBe(true)
    order.incoming(open(1))
    expect(order.outgoing(publish(undefined))).toBe(true)
    expect(order.outgoing(Buffer.from('{"jsonrpc":"2.0","id":1,"result":null}'))).toBe(true)
    expect(order.outgoing(Buffer.from('textDocument/publishDiagnostics, not JSON'))).toBe(true)
    expect(order.incoming(notification('textDocument/didOpen', {textDocument: 5}))).toBe(true)
  })
})
