/**
 * Keep published diagnostics current.
 *
 * unified-language-server (4.1) checks every change of a document in a
 * promise of its own and publishes when that check ends.  The file-system
 * work in between (config and ignore files) ends in any order, so the check
 * of an older version can end last, and its stale diagnostics stay on screen
 * until the next keystroke; a check still running when the document is
 * closed publishes diagnostics for a closed document.  Measured: 40 quick
 * edits left the diagnostics of an older version on screen in one run of
 * two.
 *
 * The two filters below sit on the server’s input and output (see
 * `./framing.ts`): the first follows which version of each document the
 * client has, the second drops diagnostics older than those already
 * published, and for a closed document passes only the empty list that
 * clears it.  Publications without a version, and anything else, pass.
 */

interface DocumentState {
  /** Version the client has. */
  version: number | undefined
  /** Newest version whose diagnostics were published since it was opened. */
  published: number | undefined
  open: boolean
}

const didMarker = Buffer.from('textDocument/did')
const publishMarker = Buffer.from('textDocument/publishDiagnostics')

export function createPublishOrder(): {
  /** Filter for client messages: records versions, passes everything. */
  incoming: (body: Buffer) => boolean
  /** Filter for server messages: drops stale diagnostics. */
  outgoing: (body: Buffer) => boolean
} {
  const documents = new Map<string, DocumentState>()

  return {incoming, outgoing}

  function incoming(body: Buffer): boolean {
    // Cheap test first: most messages are not document notifications.
    if (!body.includes(didMarker)) return true
    const message = parse(body)
    const method = message?.method
    const document = record(record(message?.params)?.textDocument)
    const uri = document?.uri

    if (typeof uri !== 'string') return true

    const version =
      typeof document?.version === 'number' ? document.version : undefined

    if (method === 'textDocument/didOpen') {
      documents.set(uri, {version, published: undefined, open: true})
    } else if (method === 'textDocument/didChange') {
      const state = documents.get(uri)
      if (state) state.version = version
    } else if (method === 'textDocument/didClose') {
      const state = documents.get(uri)
      if (state) state.open = false
    }

    return true
  }

  function outgoing(body: Buffer): boolean {
    if (!body.includes(publishMarker)) return true
    const message = parse(body)
    if (message?.method !== 'textDocument/publishDiagnostics') return true
    const params = record(message.params)
    const uri = params?.uri
    const state = typeof uri === 'string' ? documents.get(uri) : undefined

    if (!state || typeof params?.version !== 'number') return true
    if (!state.open) {
      return Array.isArray(params.diagnostics) && params.diagnostics.length === 0
    }

    // Newer than what is on screen (diagnostics keep coming while the user
    // types), and not newer than the document: that would be a check from
    // before the document was closed and opened again.
    if (state.published !== undefined && params.version < state.published) {
      return false
    }

    if (state.version !== undefined && params.version > state.version) {
      return false
    }

    state.published = params.version
    return true
  }
}

/** A JSON-RPC body as an object, or `undefined` when it is not JSON. */
export function parse(body: Buffer): Record<string, unknown> | undefined {
  try {
    return record(JSON.parse(body.toString('utf8')))
  } catch {
    // Not JSON: the reader reports it; nothing to follow here.
    return undefined
  }
}

export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
