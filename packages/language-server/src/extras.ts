/**
 * What the server adds around unified-language-server, as filters on the
 * messages between client and server (see `./framing.ts`):
 *
 * - Code actions (`./code-actions.ts`): the server answers
 *   `textDocument/codeAction` itself, and advertises quick fixes without a
 *   resolve step and no formatting (the checker does not format).
 * - Documents unified-language-server leaves unchecked or fails on: an
 *   untitled buffer (any scheme but `file:`), a file outside every
 *   workspace folder, or, with no workspace, outside any project.  They are
 *   checked here with the same processor — files with the config that
 *   applies to them, untitled buffers by their language with the defaults —
 *   and their diagnostics published for the version checked, if it is
 *   still the one open.
 * - Quiet logs: unified-language-server logs a 14-line stack trace on every
 *   check when the workspace does not install the server (a global install,
 *   the VS Code extension); the server’s own processor is the intended one
 *   then, so that log is dropped.
 */
import {existsSync} from 'node:fs'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {codeActions, documentFormat, type Diagnostic} from './code-actions.js'
import {parse, record} from './order.js'

export interface ExtrasOptions {
  /** Send a message (a JSON-RPC object) to the client. */
  send: (message: Record<string, unknown>) => void
  /** Check a file on disk with the config that applies to it. */
  checkFile: (file: VFile) => Promise<unknown>
  /** Check an untitled buffer of this format with the defaults. */
  checkUntitled: (file: VFile, format: string) => Promise<unknown>
}

interface Tracked {
  document: TextDocument
  /** Checked here, not by unified-language-server. */
  ours: boolean
}

const markers = [
  'textDocument/did',
  'textDocument/codeAction',
  '"initialize"',
  'workspace/didChangeWorkspaceFolders'
].map((d) => Buffer.from(d))
const defaultProcessorLog = Buffer.from('locally but using `defaultProcessor`')
const logMarker = Buffer.from('window/logMessage')
const capabilitiesMarker = Buffer.from('"documentFormattingProvider"')

export function createExtras(options: ExtrasOptions): {
  incoming: (body: Buffer) => boolean
  outgoing: (body: Buffer) => boolean | Buffer
} {
  const documents = new Map<string, Tracked>()
  let workspaces: Array<string> = []
  let canCreateFiles = false

  return {incoming, outgoing}

  function incoming(body: Buffer): boolean {
    if (!markers.some((d) => body.includes(d))) return true
    const message = parse(body)
    const method = message?.method
    if (typeof method !== 'string') return true
    const params = record(message!.params)

    if (method === 'initialize') {
      const folders = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders : []
      const uris = folders.map((d) => record(d)?.uri)
      if (uris.length === 0 && typeof params?.rootUri === 'string') uris.push(params.rootUri)
      workspaces = uris.flatMap(toPath)
      sortWorkspaces()
      const operations = record(record(record(params?.capabilities)?.workspace)?.workspaceEdit)?.resourceOperations
      canCreateFiles = Array.isArray(operations) && operations.includes('create')
      return true
    }

    if (method === 'workspace/didChangeWorkspaceFolders') {
      const event = record(params?.event)
      const removed = new Set((Array.isArray(event?.removed) ? event.removed : []).flatMap((d) => toPath(record(d)?.uri)))
      workspaces = workspaces.filter((d) => !removed.has(d))
      for (const added of Array.isArray(event?.added) ? event.added : []) workspaces.push(...toPath(record(added)?.uri))
      sortWorkspaces()
      return true
    }

    if (method === 'textDocument/codeAction') {
      answerCodeAction(message!.id, params)
      return false
    }

    const textDocument = record(params?.textDocument)
    const uri = textDocument?.uri
    if (typeof uri !== 'string') return true

    if (method === 'textDocument/didOpen') {
      if (typeof textDocument?.text !== 'string') return true
      const document = TextDocument.create(
        uri,
        typeof textDocument.languageId === 'string' ? textDocument.languageId : 'plaintext',
        typeof textDocument.version === 'number' ? textDocument.version : 0,
        textDocument.text
      )
      const tracked = {document, ours: !handledUpstream(uri)}
      documents.set(uri, tracked)
      if (tracked.ours) check(tracked)
      return !tracked.ours
    }

    const tracked = documents.get(uri)
    if (!tracked) return true

    if (method === 'textDocument/didChange') {
      const changes = Array.isArray(params?.contentChanges) ? params.contentChanges : []
      tracked.document = TextDocument.update(
        tracked.document,
        changes.filter((d) => typeof record(d)?.text === 'string') as never,
        typeof textDocument?.version === 'number' ? textDocument.version : tracked.document.version + 1
      )
      if (tracked.ours) check(tracked)
      return !tracked.ours
    }

    if (method === 'textDocument/didClose') {
      documents.delete(uri)
      if (tracked.ours) {
        options.send({
          jsonrpc: '2.0',
          method: 'textDocument/publishDiagnostics',
          params: {uri, version: tracked.document.version, diagnostics: []}
        })
      }

      return !tracked.ours
    }

    return true
  }

  function outgoing(body: Buffer): boolean | Buffer {
    if (body.includes(logMarker) && body.includes(defaultProcessorLog)) return false

    if (body.includes(capabilitiesMarker)) {
      const message = parse(body)
      const capabilities = record(record(message?.result)?.capabilities)
      if (capabilities) {
        delete capabilities.documentFormattingProvider
        capabilities.codeActionProvider = {codeActionKinds: ['quickfix']}
        return Buffer.from(JSON.stringify(message))
      }
    }

    return true
  }

  function sortWorkspaces() {
    workspaces = [...new Set(workspaces)].sort((a, b) => b.length - a.length)
  }

  /** Whether unified-language-server checks the document at `uri`. */
  function handledUpstream(uri: string): boolean {
    if (!uri.startsWith('file:')) return false
    let file: string
    try {
      file = fileURLToPath(uri)
    } catch {
      return false
    }

    if (workspaces.length > 0) {
      return workspaces.some((d) => file.startsWith(d + path.sep))
    }

    // No workspace: it checks files in a project (a `package.json` or `.git`
    // up the tree).
    let folder = path.dirname(file)
    while (true) {
      if (existsSync(path.join(folder, 'package.json')) || existsSync(path.join(folder, '.git'))) {
        return true
      }

      const parent = path.dirname(folder)
      if (parent === folder) return false
      folder = parent
    }
  }

  function check(tracked: Tracked): void {
    const {document} = tracked
    const {uri, version} = document
    const format = documentFormat(document)
    let file: VFile
    let run: Promise<unknown>

    if (uri.startsWith('file:')) {
      const filePath = fileURLToPath(uri)
      file = new VFile({cwd: path.dirname(filePath), path: filePath, value: document.getText()})
      run = Promise.resolve(file).then(options.checkFile)
    } else {
      file = new VFile({value: document.getText()})
      run = Promise.resolve(file).then((file) => options.checkUntitled(file, format))
    }

    // The scheduler keys checks by URI (`./schedule.ts`).
    file.data.lspDocumentUri = uri

    run.then(
      () => publish(file),
      (error: unknown) => {
        const message = file.message(error instanceof Error ? error.message : String(error), {
          source: 'retext-attribution'
        })
        message.fatal = true
        publish(file)
      }
    )

    function publish(file: VFile) {
      const current = documents.get(uri)
      // Closed, or changed since: a newer check publishes.
      if (!current || current.document.version !== version) return
      options.send({
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        params: {uri, version, diagnostics: file.messages.map(toDiagnostic)}
      })
    }
  }

  function answerCodeAction(id: unknown, params: Record<string, unknown> | undefined) {
    const uri = record(params?.textDocument)?.uri
    const tracked = typeof uri === 'string' ? documents.get(uri) : undefined
    const diagnostics = record(params?.context)?.diagnostics
    const respond = (result: unknown) => options.send({jsonrpc: '2.0', id, result})

    if (!tracked || !Array.isArray(diagnostics)) {
      respond(null)
      return
    }

    codeActions(
      {uri: tracked.document.uri, languageId: tracked.document.languageId, text: tracked.document.getText()},
      diagnostics as Array<Diagnostic>,
      {canCreateFiles, workspaces}
    ).then(respond, () => respond([]))
  }
}

function toPath(uri: unknown): Array<string> {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return []
  try {
    return [fileURLToPath(uri).replace(/[\\/]+$/, '')]
  } catch {
    return []
  }
}

/** A message as unified-language-server turns it into a diagnostic. */
export function toDiagnostic(message: VFileMessage) {
  const place = message.place
  const point = (value: {line?: number; column?: number} | undefined) => ({
    line: Math.max(0, (value?.line ?? 1) - 1),
    character: Math.max(0, (value?.column ?? 1) - 1)
  })
  const range = place
    ? 'start' in place
      ? {start: point(place.start), end: point(place.end)}
      : {start: point(place), end: point(place)}
    : {start: {line: 0, character: 0}, end: {line: 0, character: 0}}

  return {
    range,
    message: message.reason + (message.note ? '\n' + message.note : ''),
    severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3,
    ...(message.ruleId ? {code: message.ruleId} : {}),
    ...(message.source ? {source: message.source} : {}),
    ...(message.url ? {codeDescription: {href: message.url}} : {}),
    ...(message.expected ? {data: {expected: message.expected}} : {})
  }
}
