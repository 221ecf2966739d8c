/**
 * End-to-end tests of `retext-attribution-language-server`: the built bin,
 * spawned with `--stdio`, driven by a real LSP client connection.
 */
import {execFile, spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {createRequire, Module} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {VFile} from 'vfile'
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {createProcessor} from 'retext-attribution-processor'
import {configurationSection} from '../src/index.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const packageRoot = fileURLToPath(new URL('../', import.meta.url))
// Built fresh from src/ into a folder of its own: other test files build and
// run dist/ at the same time.  Inside node_modules, so the built files
// resolve the installed packages.
const build = join(root, 'node_modules', '.cache', 'retext-attribution-ls-test')
const bin = join(build, 'dist', 'bin.js')
/** How long to wait for one answer from the server. */
const answerTimeout = 15_000

const paragraph =
  'The plan was shelved, a senior official who was not named said. ' +
  'Mayor Ana Ruiz said the city would review it.'

/** A language server child process and the client side of its connection. */
interface Session {
  child: ChildProcess
  connection: ProtocolConnection
  initialized: InitializeResult
  published: Array<PublishDiagnosticsParams>
  stderr: Array<string>
  /** `window/logMessage` texts. */
  logs: Array<string>
  exited: Promise<number | null>
}

const sessions = new Set<Session>()
let workspace: string

beforeAll(async () => {
  // Test the bin as shipped, compiled by the build’s own config.
  await rm(build, {recursive: true, force: true})
  await mkdir(build, {recursive: true})
  await copyFile(join(packageRoot, 'package.json'), join(build, 'package.json'))
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(packageRoot, 'tsconfig.build.json'),
      '--outDir',
      join(build, 'dist'),
      '--declaration',
      'false',
      '--declarationMap',
      'false',
      '--sourceMap',
      'false'
    ],
    {cwd: root, timeout: 180_000}
  )

  workspace = await mkdtemp(join(tmpdir(), 'retext-attribution-ls-'))
  await mkdir(join(workspace, 'strict'))
  await mkdir(join(workspace, 'quiet'))
  await mkdir(join(workspace, 'ignored'))
  await mkdir(join(workspace, 'broken'))
  await writeFile(
    join(workspace, 'strict', '.retext-attributionrc'),
    JSON.stringify({rules: {'anonymous-source': 'error'}})
  )
  await writeFile(
    join(workspace, 'quiet', 'package.json'),
    JSON.stringify({
      name: 'quiet',
      private: true,
      'retext-attribution': {rules: {'anonymous-source': 'off'}}
    })
  )
  await writeFile(
    join(workspace, 'broken', '.retext-attributionrc'),
    JSON.stringify({rules: {'no-such-rule': true}})
  )
  // Code configs: one in a project, one above a project's root.
  const code = 'export default {rules: {"anonymous-source": "error"}}\n'
  await mkdir(join(workspace, 'code'))
  await writeFile(join(workspace, 'code', 'package.json'), '{"private": true}\n')
  await writeFile(join(workspace, 'code', '.retext-attributionrc.mjs'), code)
  await mkdir(join(workspace, 'outer', 'inner'), {recursive: true})
  await writeFile(join(workspace, 'outer', '.retext-attributionrc.mjs'), code)
  await writeFile(join(workspace, 'outer', 'inner', 'package.json'), '{"private": true}\n')
  await writeFile(
    join(workspace, '.retext-attributionignore'),
    'ignored/\n'
  )
}, 240_000)

afterEach(async () => {
  for (const session of sessions) await stop(session)
})

afterAll(async () => {
  if (workspace) await rm(workspace, {recursive: true, force: true})
})

/** Spawn the server and initialize it as an editor does. */
async function start(
  options: {
    args?: Array<string>
    settings?: Record<string, unknown>
    initializationOptions?: Record<string, unknown>
    resourceOperations?: Array<'create'>
    /** Server to run (default: this package’s build). */
    bin?: string
    /** Workspace folder (default: the test workspace); `null` for none. */
    folder?: string | null
  } = {}
): Promise<Session> {
  const child = spawn(process.execPath, [options.bin ?? bin, '--stdio', ...(options.args ?? [])], {
    cwd: workspace,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const stderr: Array<string> = []
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => stderr.push(chunk))
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code))
  })

  const connection = createProtocolConnection(child.stdout!, child.stdin!)
  const published: Array<PublishDiagnosticsParams> = []
  const logs: Array<string> = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
  })
  connection.onNotification(LogMessageNotification.type, (params) => {
    logs.push(params.message)
  })
  // What VS Code answers: no settings of ours, registrations accepted.
  connection.onRequest(ConfigurationRequest.type, (params) =>
    params.items.map(() => options.settings ?? {})
  )
  connection.onRequest(RegistrationRequest.type, () => undefined)
  connection.listen()

  const session: Session = {
    child,
    connection,
    initialized: {capabilities: {}},
    published,
    stderr,
    logs,
    exited
  }
  sessions.add(session)

  session.initialized = await within(
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.folder === null ? null : pathToFileURL(options.folder ?? workspace).href,
      workspaceFolders:
        options.folder === null
          ? null
          : [{uri: pathToFileURL(options.folder ?? workspace).href, name: 'workspace'}],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          workspaceEdit: {resourceOperations: options.resourceOperations ?? []}
        },
        textDocument: {publishDiagnostics: {versionSupport: true}}
      },
      initializationOptions: options.initializationOptions
    }),
    'initialize'
  )
  await connection.sendNotification(InitializedNotification.type, {})
  return session
}

/** Kill the server whatever state it is in. */
async function stop(session: Session): Promise<void> {
  sessions.delete(session)
  session.connection.dispose()
  if (session.child.exitCode === null && session.child.signalCode === null) {
    session.child.kill('SIGKILL')
    await session.exited
  }
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('No answer to ' + what + ' in time')),
        answerTimeout
      )
    })
  ])
}

/**
 * Wait for diagnostics of `uri` at `version` published after the first
 * `from` notifications.
 */
async function diagnostics(
  session: Session,
  uri: string,
  version: number,
  from = 0
): Promise<Array<Diagnostic>> {
  const found = await within(
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const check = () => {
        const match = session.published
          .slice(from)
          .find((d) => d.uri === uri && d.version === version)
        if (match) {
          clearInterval(poll)
          resolve(match)
        } else if (session.child.exitCode !== null) {
          clearInterval(poll)
          reject(new Error('Server exited: ' + session.stderr.join('')))
        }
      }

      const poll = setInterval(check, 10)
      check()
    }),
    'diagnostics of ' + uri + ' v' + version
  )
  return found.diagnostics
}

function uriOf(name: string): string {
  return pathToFileURL(join(workspace, name)).href
}

async function open(
  session: Session,
  name: string,
  text: string,
  languageId = 'plaintext'
): Promise<Array<Diagnostic>> {
  const uri = uriOf(name)
  const from = session.published.length
  await session.connection.sendNotification(
    DidOpenTextDocumentNotification.type,
    {textDocument: {uri, languageId, version: 1, text}}
  )
  return diagnostics(session, uri, 1, from)
}

async function change(
  session: Session,
  name: string,
  version: number,
  text: string
): Promise<Array<Diagnostic>> {
  const uri = uriOf(name)
  const from = session.published.length
  await session.connection.sendNotification(
    DidChangeTextDocumentNotification.type,
    {textDocument: {uri, version}, contentChanges: [{text}]}
  )
  return diagnostics(session, uri, version, from)
}

/** What the plugin reports for `text` in-process, as LSP diagnostics. */
async function expected(name: string, text: string, options?: {preset: 'ap'}) {
  const file = new VFile({path: join(workspace, name), value: text})
  await createProcessor(options).process(file)
  return file.messages.map((message) => ({
    range: {
      start: {
        line: message.place && 'start' in message.place ? message.place.start.line - 1 : 0,
        character:
          message.place && 'start' in message.place ? message.place.start.column - 1 : 0
      },
      end: {
        line: message.place && 'end' in message.place ? message.place.end.line - 1 : 0,
        character:
          message.place && 'end' in message.place ? message.place.end.column - 1 : 0
      }
    },
    message: message.reason + (message.note ? '\n' + message.note : ''),
    severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3,
    code: message.ruleId,
    source: message.source,
    codeDescription: {href: message.url}
  }))
}

/** Does the server still answer?  A new document gets its diagnostics. */
async function answers(session: Session, name: string) {
  const result = await open(session, name, paragraph)
  expect(result.map((d) => d.code)).toContain('anonymous-source')
}

describe('retext-attribution-language-server', () => {
  it('initializes with full document sync and quick fixes, and no formatting', async () => {
    const session = await start()
    expect(session.initialized.capabilities).toMatchObject({
      textDocumentSync: 1,
      codeActionProvider: {codeActionKinds: ['quickfix']}
    })
    // The checker does not format, and code actions come whole.
    expect(session.initialized.capabilities).not.toHaveProperty('documentFormattingProvider')
    expect(session.initialized.capabilities.codeActionProvider).not.toHaveProperty('resolveProvider')
  })

  it('publishes diagnostics with exact ranges and codes on open', async () => {
    const session = await start()
    const result = await open(session, 'story.txt', paragraph)

    const range = {
      start: {line: 0, character: 22},
      end: {line: 0, character: 39}
    }
    expect(result).toEqual([
      {
        range,
        // Reason, then the note on a line of its own.
        message: expect.stringMatching(/^Unexpected .*`a senior official`.*\n\S/),
        severity: 2,
        code: 'anonymous-source',
        source: 'retext-attribution',
        codeDescription: {href: expect.stringMatching(/#anonymous-source$/)}
      },
      {
        range,
        message: expect.stringMatching(/^Unexpected .*`a senior official`.*\n\S/),
        severity: 2,
        code: 'unexplained-anonymity',
        source: 'retext-attribution',
        codeDescription: {
          href: expect.stringMatching(/#unexplained-anonymity$/)
        }
      }
    ])
    expect(result).toEqual(await expected('story.txt', paragraph))
  })

  it('checks Markdown and HTML with positions in the source', async () => {
    const session = await start()
    const markdown = '# Budget\n\n*' + paragraph.replace('senior', '**senior**') + '*\n'
    const html =
      '<!doctype html>\n<article>\n  <h1>Budget</h1>\n  <p>' +
      paragraph.replace('senior', '<em>senior</em>') +
      '</p>\n</article>\n'

    const fromMarkdown = await open(session, 'story.md', markdown, 'markdown')
    expect(fromMarkdown).toEqual(await expected('story.md', markdown))
    expect(fromMarkdown.map((d) => d.code)).toContain('anonymous-source')
    // `a **senior** official`, on the third line.
    expect(fromMarkdown[0]!.range).toEqual({
      start: {line: 2, character: 23},
      end: {line: 2, character: 44}
    })

    const fromHtml = await open(session, 'story.html', html, 'html')
    expect(fromHtml).toEqual(await expected('story.html', html))
    expect(fromHtml.map((d) => d.code)).toContain('anonymous-source')
    expect(fromHtml[0]!.range.start.line).toBe(3)
  })

  it('updates diagnostics on change and clears them on close', async () => {
    const session = await start()
    expect(await open(session, 'draft.txt', 'Mayor Ana Ruiz said the city would review it.')).toEqual([])

    const typed = await change(session, 'draft.txt', 2, 'Intro.\n\n' + paragraph)
    expect(typed.map((d) => [d.code, d.range])).toEqual([
      ['anonymous-source', {start: {line: 2, character: 22}, end: {line: 2, character: 39}}],
      ['unexplained-anonymity', {start: {line: 2, character: 22}, end: {line: 2, character: 39}}]
    ])

    const fixed = await change(
      session,
      'draft.txt',
      3,
      paragraph.replace('a senior official who was not named', 'Lena Ortiz, the city manager,')
    )
    expect(fixed).toEqual([])

    const from = session.published.length
    await session.connection.sendNotification(
      DidCloseTextDocumentNotification.type,
      {textDocument: {uri: uriOf('draft.txt')}}
    )
    expect(await diagnostics(session, uriOf('draft.txt'), 3, from)).toEqual([])
  })

  it('keeps diagnostics current under quick typing, and clear after close', async () => {
    const session = await start()
    const name = 'typing.txt'
    const uri = uriOf(name)
    const sizes = (version: number) => (version % 7 === 0 ? 30 : 1 + (version % 3))
    const text = (version: number) =>
      Array.from({length: sizes(version)}, () => paragraph).join('\n\n')

    await open(session, name, text(1))
    const from = session.published.length
    for (let version = 2; version <= 40; version++) {
      await session.connection.sendNotification(
        DidChangeTextDocumentNotification.type,
        {textDocument: {uri, version}, contentChanges: [{text: text(version)}]}
      )
      await new Promise((resolve) => setTimeout(resolve, version % 2))
    }

    const last = await diagnostics(session, uri, 40, from)
    expect(last).toEqual(await expected(name, text(40)))
    // Checks still running would publish now: give them time.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const versions = session.published
      .slice(from)
      .filter((d) => d.uri === uri)
      .map((d) => d.version!)
    expect(versions.at(-1)).toBe(40)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))

    // Close in the middle of checks of a long text: nothing shows after.
    for (let version = 41; version <= 45; version++) {
      await session.connection.sendNotification(
        DidChangeTextDocumentNotification.type,
        {textDocument: {uri, version}, contentChanges: [{text: text(7)}]}
      )
    }

    const closing = session.published.length
    await session.connection.sendNotification(
      DidCloseTextDocumentNotification.type,
      {textDocument: {uri}}
    )
    await diagnostics(session, uri, 45, closing)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const after = session.published.slice(closing).filter((d) => d.uri === uri)
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((d) => d.diagnostics.length === 0)).toBe(true)
  })

  it('publishes every finding of a long article', async () => {
    // 60 paragraphs, 120 findings: a report of the messages far over 16 KiB
    // (unified-language-server used to stall on those, see the server).
    const session = await start()
    const article = Array.from({length: 60}, () => paragraph).join('\n\n')
    const started = performance.now()
    const result = await open(session, 'long.txt', article)
    expect(result).toHaveLength(120)
    expect(result.at(-1)!.range.start).toEqual({line: 118, character: 22})
    expect(result).toEqual(await expected('long.txt', article))
    expect(performance.now() - started).toBeLessThan(answerTimeout)
  })

  it('offers no rewrite where there is none, only ignoring and turning off', async () => {
    const session = await start()
    const result = await open(session, 'actions.txt', paragraph)
    const actions = await within(
      session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: {uri: uriOf('actions.txt')},
        range: result[0]!.range,
        context: {diagnostics: result}
      }),
      'codeAction'
    )
    // No config file applies and this client cannot create files: no
    // “turn off”.
    expect((actions ?? []).map((d) => ('title' in d ? d.title : ''))).toEqual([
      'Ignore `anonymous-source` here',
      'Ignore `unexplained-anonymity` here'
    ])
  })

  it('leaves the document alone when asked to format it', async () => {
    const session = await start()
    await open(session, 'format.md', '# Title\n\n' + paragraph + '\n', 'markdown')
    const edits = await within(
      session.connection.sendRequest(DocumentFormattingRequest.type, {
        textDocument: {uri: uriOf('format.md')},
        options: {tabSize: 2, insertSpaces: true}
      }),
      'formatting'
    )
    expect(edits).toBeNull()
  })

  it('reads `.retext-attributionrc` and the `retext-attribution` field in `package.json`', async () => {
    const session = await start()

    const strict = await open(session, 'strict/story.txt', paragraph)
    expect(strict.map((d) => [d.code, d.severity])).toEqual([
      ['anonymous-source', 1],
      ['unexplained-anonymity', 2]
    ])

    const quiet = await open(session, 'quiet/story.txt', paragraph)
    expect(quiet.map((d) => d.code)).toEqual(['unexplained-anonymity'])
  })

  it('runs a code config only inside the project, and never when refused', async () => {
    const severity = (result: Array<Diagnostic>) =>
      result.filter((d) => d.code === 'anonymous-source').map((d) => d.severity)
    const refused = (result: Array<Diagnostic>) =>
      result.some((d) => d.code === undefined && /Not running config file .*\.retext-attributionrc\.mjs/.test(String(d.message)))

    const trusting = await start()
    const inProject = await open(trusting, 'code/story.txt', paragraph)
    expect(severity(inProject)).toEqual([1])
    expect(refused(inProject)).toBe(false)
    // Beyond the project root of the file: not run.
    const above = await open(trusting, 'outer/inner/story.txt', paragraph)
    expect(severity(above)).toEqual([2])
    expect(refused(above)).toBe(true)
    await stop(trusting)

    for (const options of [
      {args: ['--no-code-config']},
      {settings: {codeConfig: false}},
      {initializationOptions: {codeConfig: false}}
    ]) {
      const session = await start(options)
      const result = await open(session, 'code/story.txt', paragraph)
      expect(severity(result), JSON.stringify(options)).toEqual([2])
      expect(refused(result)).toBe(true)
      await stop(session)
    }
  })

  it('takes `preset` and `rules` from the editor’s settings, under a config file’s', async () => {
    const severities = (result: Array<Diagnostic>) =>
      Object.fromEntries(result.map((d) => [d.code, d.severity]))
    for (const options of [
      {settings: {rules: {'anonymous-source': 2, 'unexplained-anonymity': 'off'}}},
      {initializationOptions: {rules: {'anonymous-source': 'error', 'unexplained-anonymity': 0}}}
    ]) {
      const session = await start(options)
      expect(severities(await open(session, 'settings.txt', paragraph)), JSON.stringify(options)).toEqual({
        'anonymous-source': 1
      })
      // `strict/` has a config file: its rules win, the editor’s fill in.
      expect(severities(await open(session, 'strict/settings.txt', paragraph))).toEqual({'anonymous-source': 1})
      const untitled = 'untitled:Settings-' + Object.keys(options)[0]
      const from = session.published.length
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri: untitled, languageId: 'plaintext', version: 1, text: paragraph}
      })
      expect(severities(await diagnostics(session, untitled, 1, from))).toEqual({'anonymous-source': 1})
      await stop(session)
    }

    // AP makes an unexplained anonymity an error.
    const ap = await start({settings: {preset: 'ap'}})
    const result = await open(ap, 'preset.txt', paragraph)
    expect(severities(result)).toMatchObject({'unexplained-anonymity': 1})
    expect(result).toEqual(await expected('preset.txt', paragraph, {preset: 'ap'}))
  })

  it('reports an invalid config file as an error diagnostic', async () => {
    const session = await start()
    const result = await open(session, 'broken/story.txt', paragraph)
    expect(result).toHaveLength(1)
    expect(result[0]).toMatchObject({
      severity: 1,
      message: expect.stringMatching(/\.retext-attributionrc.*no-such-rule/)
    })
  })

  it('skips files in `.retext-attributionignore`', async () => {
    const session = await start()
    expect(await open(session, 'ignored/story.txt', paragraph)).toEqual([])
  })

  it('survives malformed messages and still answers', async () => {
    const session = await start()
    const stdin = session.child.stdin!
    const send = (value: string | Buffer) =>
      new Promise<void>((resolve, reject) => {
        stdin.write(value, (error) => (error ? reject(error) : resolve()))
      })
    const frame = (body: string) =>
      'Content-Length: ' + Buffer.byteLength(body) + '\r\n\r\n' + body

    // Raw bytes that are not LSP at all.
    await send(Buffer.from([0, 1, 2, 0xff, 0xfe, 13, 10, 13, 10]))
    // A length that is not a number, with a body after it.
    await send('Content-Length: many\r\n\r\n{"jsonrpc":"2.0","id":1}')
    // A length too small, then one too large.
    await send('Content-Length: 7\r\n\r\n{"jsonrpc":"2.0","method":"exit"}')
    await send('Content-Length: 999999\r\n\r\n{"jsonrpc":')
    // Well framed, but not JSON, not JSON-RPC, or with bad parameters.
    await send(frame('not json'))
    await send(frame('[1,2,3]'))
    await send(
      frame(JSON.stringify({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: 5}}))
    )
    await send(
      frame(
        JSON.stringify({
          jsonrpc: '2.0',
          method: 'textDocument/didOpen',
          params: {textDocument: {uri: 'untitled:Untitled-1', languageId: 'plaintext', version: 1, text: paragraph}}
        })
      )
    )

    await answers(session, 'after-garbage.txt')
    expect(session.child.exitCode).toBeNull()
  })

  it('survives a document of binary garbage', async () => {
    const session = await start()
    // Deterministic noise: every byte value, control characters, lone
    // surrogates and replacement characters.
    let seed = 42
    const bytes = new Uint8Array(64 * 1024)
    for (let index = 0; index < bytes.length; index++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      bytes[index] = seed >> 16
    }

    const noise =
      new TextDecoder().decode(bytes) +
      Buffer.from(bytes).toString('latin1') +
      '\uD800\uDFFF\uDC00'

    for (const name of ['noise.txt', 'noise.md', 'noise.html']) {
      const started = performance.now()
      const result = await open(session, name, noise)
      expect(Array.isArray(result)).toBe(true)
      expect(performance.now() - started).toBeLessThan(answerTimeout)
    }

    await answers(session, 'after-noise.txt')
  })

  it('shuts down and exits cleanly', async () => {
    const session = await start()
    await within(session.connection.sendRequest(ShutdownRequest.type), 'shutdown')
    await session.connection.sendNotification(ExitNotification.type)
    expect(await within(session.exited, 'exit')).toBe(0)
  })
})

describe('code actions', () => {
  /** Apply LSP text edits to a text (edits do not overlap). */
  function apply(text: string, edits: ReadonlyArray<{range: Diagnostic['range']; newText: string}>): string {
    const lines = text.split('\n')
    const offset = (position: {line: number; character: number}) =>
      lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character
    let result = text
    for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
      result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end))
    }

    return result
  }

  async function actionsFor(session: Session, name: string, diagnostics: Array<Diagnostic>) {
    const actions = await within(
      session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: {uri: uriOf(name)},
        range: diagnostics[0]!.range,
        context: {diagnostics}
      }),
      'codeAction'
    )
    return (actions ?? []) as Array<{
      title: string
      kind: string
      edit: {changes?: Record<string, Array<{range: Diagnostic['range']; newText: string}>>; documentChanges?: Array<Record<string, unknown>>}
    }>
  }

  const documents: Array<[string, string, string]> = [
    ['ignore.txt', 'plaintext', 'Intro line.\n\n' + paragraph + '\nIt is believed that the plan failed.\n\nExperts say it will fail.\n'],
    ['ignore.md', 'markdown', '# Budget\n\n' + paragraph + '\nIt is believed that the plan failed.\n\nExperts say it will fail.\n'],
    ['ignore.mdx', 'mdx', '# Budget\n\n' + paragraph + '\nIt is believed that the plan failed.\n\nExperts say it will fail.\n'],
    ['ignore.html', 'html', '<article>\n  <h1>Budget</h1>\n  <p class="lead">\n    ' + paragraph + '\n    It is believed that the plan failed.</p>\n  <p>Experts say it will fail.</p>\n</article>\n']
  ]

  for (const [name, language, text] of documents) {
    it('ignores a finding here with a control comment in ' + name.split('.')[1], async () => {
      const session = await start()
      const before = await open(session, name, text, language)
      const codes = (list: Array<Diagnostic>) => list.map((d) => d.code).sort()
      expect(codes(before)).toEqual(['agentless-attribution', 'anonymous-source', 'unexplained-anonymity', 'vague-source'])

      // Ignore the anonymous source, then the agentless attribution of the
      // same block: one comment names both.
      let current = text
      let version = 1
      let diagnostics = before
      for (const code of ['anonymous-source', 'agentless-attribution']) {
        const target = diagnostics.find((d) => d.code === code)!
        const actions = await actionsFor(session, name, [target])
        const ignore = actions.find((d) => d.title === 'Ignore `' + code + '` here')!
        expect(ignore.kind).toBe('quickfix')
        current = apply(current, ignore.edit.changes![uriOf(name)]!)
        diagnostics = await change(session, name, ++version, current)
      }

      // The other findings stay: the comment ignores those rules in that
      // block only.
      expect(codes(diagnostics)).toEqual(['unexplained-anonymity', 'vague-source'])
      expect(current).toContain(
        language === 'mdx'
          ? '{/* retext-attribution ignore anonymous-source agentless-attribution */}'
          : '<!-- retext-attribution ignore anonymous-source agentless-attribution -->'
      )
      // What the editor shows is what the CLI and the processor find.
      expect(diagnostics).toEqual(await expected(name, current))
    })
  }

  it('turns a rule off in the JSON config or `package.json` field that applies', async () => {
    const folder = await mkdtemp(join(workspace, 'desk-'))
    await writeFile(join(folder, '.retext-attributionrc.json'), '{\n    "preset": "ap"\n}\n')
    await mkdir(join(folder, 'pkg'))
    await writeFile(join(folder, 'pkg', 'package.json'), JSON.stringify({name: 'pkg', 'retext-attribution': {rules: {'vague-source': 'off'}}}, undefined, 2))
    const base = folder.slice(workspace.length + 1)
    const session = await start()

    const result = await open(session, base + '/story.txt', paragraph)
    const target = result.find((d) => d.code === 'anonymous-source')!
    const actions = await actionsFor(session, base + '/story.txt', [target])
    const off = actions.find((d) => d.title.startsWith('Turn off'))!
    expect(off.title).toBe('Turn off `anonymous-source` in `.retext-attributionrc.json`')
    const configUri = pathToFileURL(join(folder, '.retext-attributionrc.json')).href
    const edited = apply(await readFile(join(folder, '.retext-attributionrc.json'), 'utf8'), off.edit.changes![configUri]!)
    // Its indentation kept.
    expect(edited).toBe('{\n    "preset": "ap",\n    "rules": {\n        "anonymous-source": "off"\n    }\n}\n')
    await writeFile(join(folder, '.retext-attributionrc.json'), edited)
    const after = await open(session, base + '/after.txt', paragraph)
    expect(after.map((d) => d.code)).not.toContain('anonymous-source')

    const inPackage = await open(session, base + '/pkg/story.txt', paragraph)
    const packageActions = await actionsFor(session, base + '/pkg/story.txt', [inPackage[0]!])
    const packageOff = packageActions.find((d) => d.title.startsWith('Turn off'))!
    expect(packageOff.title).toBe('Turn off `anonymous-source` in `package.json` (`retext-attribution` field)')
    const packageUri = pathToFileURL(join(folder, 'pkg', 'package.json')).href
    expect(JSON.parse(apply(await readFile(join(folder, 'pkg', 'package.json'), 'utf8'), packageOff.edit.changes![packageUri]!))).toEqual({
      name: 'pkg',
      'retext-attribution': {rules: {'vague-source': 'off', 'anonymous-source': 'off'}}
    })
  })

  it('creates a config file to turn a rule off where none applies, if the client can', async () => {
    const session = await start({resourceOperations: ['create']})
    const result = await open(session, 'create.txt', paragraph)
    const actions = await actionsFor(session, 'create.txt', [result[0]!])
    const off = actions.find((d) => d.title.startsWith('Turn off'))!
    expect(off.title).toBe('Turn off `anonymous-source` in a new `.retext-attributionrc.json`')
    const uri = pathToFileURL(join(workspace, '.retext-attributionrc.json')).href
    expect(off.edit.documentChanges).toEqual([
      {kind: 'create', uri, options: {ignoreIfExists: true}},
      {
        textDocument: {uri, version: null},
        edits: [
          {
            range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
            newText: '{\n  "rules": {\n    "anonymous-source": "off"\n  }\n}\n'
          }
        ]
      }
    ])
  })
})

describe('quiet and complete', () => {
  it('logs no stack trace when the workspace does not install the server', async () => {
    const session = await start()
    for (let index = 0; index < 3; index++) await open(session, 'quiet-' + index + '.txt', paragraph)
    expect(session.logs.join('\n')).not.toMatch(/\n\s+at |defaultProcessor/)
    expect(session.stderr.join('')).toBe('')
  })

  it('checks untitled buffers, by their language', async () => {
    for (const folder of [undefined, null]) {
      const session = await start({folder})
      for (const [language, text] of [
        ['plaintext', paragraph],
        ['markdown', '# Title\n\n`it is believed` ' + paragraph],
        ['html', '<p>' + paragraph + '</p>']
      ] as const) {
        const uri = 'untitled:Untitled-' + language
        const from = session.published.length
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
          textDocument: {uri, languageId: language, version: 1, text}
        })
        const result = await diagnostics(session, uri, 1, from)
        expect(result.map((d) => d.code), language).toEqual(['anonymous-source', 'unexplained-anonymity'])

        const changed = session.published.length
        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: {uri, version: 2},
          contentChanges: [{text: 'Mayor Ana Ruiz said so.'}]
        })
        expect(await diagnostics(session, uri, 2, changed)).toEqual([])
      }

      // Code actions work there too.
      const uri = 'untitled:Untitled-actions'
      const from = session.published.length
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri, languageId: 'markdown', version: 1, text: paragraph}
      })
      const result = await diagnostics(session, uri, 1, from)
      const actions = (await within(
        session.connection.sendRequest(CodeActionRequest.type, {
          textDocument: {uri},
          range: result[0]!.range,
          context: {diagnostics: [result[0]!]}
        }),
        'codeAction'
      )) as Array<{title: string}>
      expect(actions.map((d) => d.title)).toEqual(['Ignore `anonymous-source` here'])
      expect(session.stderr.join('')).toBe('')
    }
  })

  it('checks files outside every workspace folder, with their config', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'retext-attribution-outside-'))
    try {
      await writeFile(join(outside, '.retext-attributionrc'), JSON.stringify({rules: {'anonymous-source': 'error'}}))
      for (const folder of [undefined, null]) {
        const session = await start({folder})
        const uri = pathToFileURL(join(outside, 'story.md')).href
        const from = session.published.length
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
          textDocument: {uri, languageId: 'markdown', version: 1, text: paragraph}
        })
        const result = await diagnostics(session, uri, 1, from)
        expect(result.map((d) => [d.code, d.severity])).toEqual([
          ['anonymous-source', 1],
          ['unexplained-anonymity', 2]
        ])
        const closing = session.published.length
        await session.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
        expect(await diagnostics(session, uri, 1, closing)).toEqual([])
        expect(session.stderr.join('')).toBe('')
      }
    } finally {
      await rm(outside, {recursive: true, force: true})
    }
  })
})

describe('VS Code example (examples/vscode)', () => {
  const example = join(root, 'examples', 'vscode')

  interface Manifest {
    main: string
    engines: {vscode: string}
    activationEvents: Array<string>
    contributes: {configuration: {properties: Record<string, unknown>}}
    dependencies?: Record<string, string>
    devDependencies: Record<string, string>
  }

  interface Started {
    id: string
    server: {module: string; transport: number}
    client: {
      documentSelector: Array<{scheme: string; language: string}>
      initializationOptions: Record<string, unknown>
      synchronize: {fileEvents: {pattern: string}; configurationSection: string}
    }
  }

  /**
   * Activate the extension as VS Code would, with `vscode` and the language
   * client stubbed.
   */
  async function activate(): Promise<Started & {folder: string}> {
    const folder = await mkdtemp(join(tmpdir(), 'retext-attribution-vscode-'))
    await copyFile(join(example, 'extension.js'), join(folder, 'extension.js'))

    const started: Array<Started> = []
    const userSettings: Record<string, unknown> = {
      codeConfig: false,
      preset: 'ap',
      rules: {'vague-source': 'off'}
    }
    const stubs: Record<string, unknown> = {
      vscode: {
        workspace: {
          createFileSystemWatcher: (pattern: string) => ({pattern, dispose() {}}),
          getConfiguration: (section: string) => ({
            get: (key: string) =>
              section === configurationSection ? userSettings[key] : undefined
          })
        }
      },
      'vscode-languageclient/node': {
        TransportKind: {stdio: 0, ipc: 1, pipe: 2, socket: 3},
        LanguageClient: class {
          constructor(
            id: string,
            _name: string,
            server: Started['server'],
            client: Started['client']
          ) {
            started.push({id, server, client})
          }

          async start() {}
          async stop() {}
        }
      }
    }
    const loader = Module as unknown as {
      _load: (request: string, ...rest: Array<unknown>) => unknown
    }
    const load = loader._load

    loader._load = function (request, ...rest) {
      return Object.hasOwn(stubs, request)
        ? stubs[request]
        : load.call(this, request, ...rest)
    }

    try {
      const extension = createRequire(import.meta.url)(
        join(folder, 'extension.js')
      ) as {activate: (context: unknown) => Promise<void>; deactivate: () => unknown}
      await extension.activate({subscriptions: []})
      await extension.deactivate()
    } finally {
      loader._load = load
      await rm(folder, {recursive: true, force: true})
    }

    expect(started).toHaveLength(1)
    return {...started[0]!, folder}
  }

  it('has a manifest that activates on every language it checks, with its settings', async () => {
    const manifest = JSON.parse(
      await readFile(join(example, 'package.json'), 'utf8')
    ) as Manifest
    const {client} = await activate()

    expect(manifest.main).toBe('./dist/extension.js')
    // Bundled: nothing for `vsce` to list with `npm ls`.
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.devDependencies).toHaveProperty('@vscode/vsce')
    expect(manifest.devDependencies).toHaveProperty('vscode-languageclient')
    expect(manifest.activationEvents.sort()).toEqual(
      [...new Set(client.documentSelector.map((d) => 'onLanguage:' + d.language))].sort()
    )
    // The settings unified-language-server reads and the server’s own, in
    // the server’s section.
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(
      ['codeConfig', 'ignorePath', 'ignorePathResolveFrom', 'preset', 'requireConfig', 'rules'].map(
        (d) => configurationSection + '.' + d
      )
    )
    expect(client.initializationOptions).toEqual({codeConfig: false, preset: 'ap', rules: {'vague-source': 'off'}})
    expect(client.synchronize.configurationSection).toBe(configurationSection)
  })

  it('starts the bundled server over stdio, for files and untitled buffers, watching config files', async () => {
    const {id, server, client, folder} = await activate()

    expect(id).toBe('retext-attribution')
    expect(server).toEqual({module: join(folder, 'server.mjs'), transport: 0})
    expect(new Set(client.documentSelector.map((d) => d.scheme))).toEqual(new Set(['file', 'untitled']))
    expect(client.documentSelector.map((d) => d.language)).toEqual(
      expect.arrayContaining(['plaintext', 'markdown', 'mdx', 'html'])
    )
    for (const name of ['.retext-attributionrc', '.retext-attributionrc.json', '.retext-attributionignore', 'package.json']) {
      expect(matchesWatcher(client.synchronize.fileEvents.pattern, 'docs/' + name)).toBe(true)
    }
  })

  it('packages a .vsix with vsce whose bundled server checks documents', async () => {
    const out = await mkdtemp(join(tmpdir(), 'retext-attribution-vsix-'))
    try {
      const run = promisify(execFile)
      await run(process.execPath, [join(example, 'build.mjs')], {cwd: example, timeout: 180_000})
      await run(
        process.execPath,
        [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', join(out, 'extension.vsix')],
        {cwd: example, timeout: 180_000}
      )

      const entries = await unzip(join(out, 'extension.vsix'), join(out, 'unpacked'))
      expect(entries.sort()).toEqual([
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension/LICENSE.txt',
        'extension/dist/extension.js',
        'extension/dist/server.mjs',
        'extension/dist/worker.js',
        'extension/images/screenshot.png',
        'extension/package.json',
        'extension/readme.md'
      ])
      const manifest = JSON.parse(await readFile(join(out, 'unpacked', 'extension', 'package.json'), 'utf8')) as Manifest
      expect(existsSync(join(out, 'unpacked', 'extension', manifest.main))).toBe(true)

      // The server from the package, alone (no node_modules anywhere near).
      const session = await start({bin: join(out, 'unpacked', 'extension', 'dist', 'server.mjs')})
      const result = await open(session, 'from-vsix.md', paragraph, 'markdown')
      expect(result).toEqual(await expected('from-vsix.md', paragraph))
      expect(session.logs.join('\n')).not.toMatch(/\n\s+at /)
    } finally {
      await rm(out, {recursive: true, force: true})
    }
  }, 400_000)
})

/** Extract a zip file; its entry names. */
async function unzip(file: string, to: string): Promise<Array<string>> {
  const yauzl = await import('yauzl')
  const zip = await new Promise<import('yauzl').ZipFile>((resolve, reject) => {
    yauzl.open(file, {lazyEntries: true}, (error, result) => (error ? reject(error) : resolve(result)))
  })
  const names: Array<string> = []
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject)
    zip.on('end', resolve)
    zip.on('entry', (entry: import('yauzl').Entry) => {
      names.push(entry.fileName)
      zip.openReadStream(entry, async (error, stream) => {
        if (error) return reject(error)
        const chunks: Array<Buffer> = []
        for await (const chunk of stream) chunks.push(chunk as Buffer)
        await mkdir(join(to, entry.fileName, '..'), {recursive: true})
        await writeFile(join(to, entry.fileName), Buffer.concat(chunks))
        zip.readEntry()
      })
    })
    zip.readEntry()
  })
  return names
}

/** Match the extension’s watcher glob (`**\/{a,b.*}` shape only). */
function matchesWatcher(pattern: string, file: string): boolean {
  const match = /^\*\*\/\{(.+)\}$/.exec(pattern)
  if (!match) return false
  const name = file.split('/').at(-1)!
  return match[1]!.split(',').some((alternative) =>
    new RegExp(
      '^' +
        alternative
          .split('*')
          .map((d) => d.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*') +
        '$'
    ).test(name)
  )
}

describe('retext-attribution-language-server under load (issue 9, item 10)', () => {
  function median(values: ReadonlyArray<number>): number {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]!
  }

  /** Answer times of code action requests sent every 50 ms until `done`. */
  async function answerTimes(session: Session, done: Promise<unknown>): Promise<Array<number>> {
    const uri = uriOf('small.txt')
    const times: Array<number> = []
    let finished = false
    void done.finally(() => {
      finished = true
    })
    while (!finished) {
      const started = performance.now()
      await within(
        session.connection.sendRequest(CodeActionRequest.type, {
          textDocument: {uri},
          range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}},
          context: {diagnostics: []}
        }),
        'code action'
      )
      times.push(performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }

    return times
  }

  it('checks only the newest of quick edits to a 1 MB document, answering meanwhile', async () => {
    const session = await start()
    await open(session, 'small.txt', paragraph)
    const name = 'big.txt'
    const uri = uriOf(name)
    const base = Array.from({length: 9000}, (_, index) => (index % 2 ? paragraph : paragraph.replace('plan', 'budget'))).join('\n\n')
    const text = (version: number) => base.slice(0, 500_000) + ' edit' + version + base.slice(500_000)
    const from = session.published.length
    const started = performance.now()
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: text(1)}
    })
    for (let version = 2; version <= 5; version++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version},
        contentChanges: [{text: text(version)}]
      })
    }

    const last = diagnostics(session, uri, 5, from)
    const times = await answerTimes(session, last)
    const result = await last
    const elapsed = performance.now() - started
    const versions = session.published.slice(from).filter((d) => d.uri === uri).map((d) => d.version)
    console.info('1 MB, five versions: %d ms to the last diagnostics; answers in %s ms', Math.round(elapsed), times.map(Math.round).join(', '))
    // Versions the client had typed past were not checked to the end.
    expect(versions).toEqual([5])
    expect(result.length).toBeGreaterThan(1000)
    // Before: other requests waited for every version’s check (6.4 s).
    // Publishing the last version’s 18,000 diagnostics still takes the
    // server’s thread a while, once.
    expect(median(times)).toBeLessThan(200)
    expect(Math.max(...times)).toBeLessThan(2500)
  })

  it('keeps answering while a 5 MB document is checked', async () => {
    const session = await start()
    await open(session, 'small.txt', paragraph)
    const uri = uriOf('huge.txt')
    const text = Array.from({length: 45_000}, () => paragraph).join('\n\n')
    const from = session.published.length
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'plaintext', version: 1, text}
    })
    const wait = new Promise((resolve) => setTimeout(resolve, 3000))
    const times = await answerTimes(session, wait)
    console.info('5 MB: answers in %s ms', times.map(Math.round).join(', '))
    // Before: the server froze for 20 s.
    expect(times.length).toBeGreaterThan(5)
    expect(median(times)).toBeLessThan(200)
    expect(Math.max(...times)).toBeLessThan(1000)
    expect(session.published.slice(from).filter((d) => d.uri === uri)).toEqual([])
  })
})
