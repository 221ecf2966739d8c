/**
 * The `retext-attribution` language server: unified-language-server driving
 * the format-aware processor shared with the CLI (plain text, Markdown, MDX
 * and HTML by extension), with the CLI’s configuration and ignore files.
 *
 * Importing this module has no side effects: unified-language-server imports
 * it from the workspace to get `processor`; `startLanguageServer` (called by
 * the bin) starts the server.
 */
import * as path from 'node:path'
import {inspect} from 'node:util'
import type {Node} from 'unist'
import {unified, type Processor} from 'unified'
import {
  Configuration,
  type ConfigResult,
  type ConfigTransform
} from 'unified-engine'
import {createUnifiedLanguageServer} from 'unified-language-server'
import type {VFile} from 'vfile'
import {
  configurationProblem,
  configTransform,
  createProcessor,
  retextAttributionFiles,
  type ProcessorOptions
} from 'retext-attribution-processor'
import {ignoreName, packageField, rcName} from 'retext-attribution-cli'
import {configGuard, installConfigGuard} from 'retext-attribution-cli/config-guard'
import {readEditorSettings, withEditorSettings} from './editor-settings.js'
import {createExtras} from './extras.js'
import {createFrameGuard, frameOf} from './framing.js'
import {createPublishOrder, parse, record} from './order.js'
import {applyOutcome, createScheduler, type Scheduler} from './schedule.js'

// The CLI’s names of configuration and ignore files: one definition, so the
// server cannot drift from the command.
export {ignoreName, packageField, rcName} from 'retext-attribution-cli'

/** Settings section a client can scope server settings to. */
export const configurationSection = 'retext-attribution'

/**
 * Where the running server checks (`./schedule.ts`); unset when this module
 * is only the processor of a workspace’s own copy, which checks in-thread.
 */
let scheduler: Scheduler | undefined

/** One built checker per distinct configuration, reused across keystrokes. */
const checkers = new Map<string, ReturnType<typeof createProcessor>>()
const maxCheckers = 32

/**
 * Plugin that makes a processor check each file with the options of the
 * configuration file that applies to it.
 *
 * The CLI maps the contents of `.retext-attributionrc` onto plugins with
 * unified-engine’s `configTransform`; unified-language-server does not pass
 * that option on to the engine (it reads only `plugins` and `settings` from a
 * config file).  So this plugin loads the configuration itself, with the
 * engine’s own `Configuration` and the same transform, once the file is
 * known: parsing waits for the transformer, because the parser (text,
 * Markdown or HTML, or a `format` from the config) depends on it.
 */
export function retextAttributionLanguageServer(this: Processor): (
  tree: Node,
  file: VFile
) => Promise<undefined> {
  // Nothing to parse yet: the real tree is built in the transformer.
  this.parser = function () {
    return {type: 'root', children: []} as Node
  }

  // unified-language-server offers formatting for every processor; this
  // checker does not format, so formatting leaves the document as it is.
  this.compiler = function (_tree: Node, file: VFile) {
    return String(file.value)
  }

  return async function (_tree, file) {
    // unified-language-server (4.1) gives the engine a `PassThrough` that
    // nobody reads as the stream for the report of all messages: once the
    // report passes 16 KiB (some 80 findings, a long article) the write
    // never completes, the engine never calls back, and the document gets
    // no diagnostics again.  Files that were not “given” are left out of
    // the report (and out of writes to stdout and disk, which the server
    // never wants); diagnostics come from `file.messages` all the same.
    file.data.unifiedEngineGiven = false

    let options: ProcessorOptions | undefined
    installConfigGuard()

    const folder = path.resolve(file.cwd, path.dirname(file.path))
    for (const config of configGuard.refused.keys()) {
      if (inside(folder, path.dirname(config))) configGuard.refused.delete(config)
    }

    try {
      options = withEditorSettings(await loadOptions(file))

      for (const [config, reason] of configGuard.refused) {
        if (inside(folder, path.dirname(config))) {
          file.info(
            'Not running config file `' + config + '`: ' + reason,
            {source: 'retext-attribution'}
          )
        }
      }
    } catch (error) {
      // Said plainly, at the top of the file: thrown, the engine would show
      // “Cannot process file” and a stack trace instead of what is wrong.
      const message = file.message(configurationProblem(error), {
        source: 'retext-attribution'
      })
      message.fatal = true
      return undefined
    }

    const checker = checkerFor(options)
    // Started as the bin: checked in the worker, newest version only
    // (`./schedule.ts`).
    if (scheduler) {
      const key = typeof file.data.lspDocumentUri === 'string' ? file.data.lspDocumentUri : file.path
      const outcome = await scheduler.check(key, {path: file.path, cwd: file.cwd, value: String(file), options})
      if (!('inThread' in outcome)) {
        applyOutcome(file, outcome)
        return undefined
      }
    }

    await checker.run(checker.parse(file), file)
    return undefined
  }
}

/** Whether `folder` is `parent` or below it. */
function inside(folder: string, parent: string): boolean {
  return folder === parent || folder.startsWith(parent + path.sep)
}

/**
 * The processor unified-language-server runs (not frozen: the engine
 * configures a copy per file).
 */
export const processor = unified().use(retextAttributionLanguageServer)

/**
 * Load the options that apply to `file` from `.retext-attributionrc*` or
 * the `retext-attribution` field in `package.json`, searching up from the
 * file’s folder.
 *
 * @throws {Error} when a configuration file is invalid (shown to the user
 *   as a diagnostic).
 */
async function loadOptions(file: VFile): Promise<ProcessorOptions | undefined> {
  // A new `Configuration` per check, like the engine’s: edits to config
  // files apply on the next keystroke.
  const configuration = new Configuration({
    cwd: file.cwd,
    detectConfig: true,
    rcName,
    packageField,
    // The plugin’s typed options do not fit the engine’s `unknown[]`
    // parameters.
    configTransform: configTransform as unknown as ConfigTransform
  })

  const result = await new Promise<ConfigResult | undefined>(
    function (resolve, reject) {
      configuration.load(file.path, function (error, result) {
        if (error) reject(error)
        else resolve(result)
      })
    }
  )

  const entry = result?.plugins.find(function ([plugin]) {
    return plugin === retextAttributionFiles
  })

  return entry?.[1] as ProcessorOptions | undefined
}

function checkerFor(options: ProcessorOptions | undefined) {
  const key = JSON.stringify(options ?? {})
  let checker = checkers.get(key)

  if (!checker) {
    if (checkers.size >= maxCheckers) checkers.clear()
    checker = createProcessor(options).freeze()
    checkers.set(key, checker)
  }

  return checker
}

/**
 * Start the language server on the transport named on the command line
 * (`--stdio`, `--node-ipc` or `--socket=N`).
 */
export function startLanguageServer(): void {
  process.title = 'retext-attribution-language-server'
  // Code configs run only inside the project of the file checked, and not
  // at all with `--no-code-config` or the setting `codeConfig: false`.
  installConfigGuard()
  if (process.argv.includes('--no-code-config')) configGuard.refuseCode = true
  const fixed = configGuard.refuseCode
  const settings = codeConfigSetting(fixed)

  // unified-language-server handles notifications in promises it does not
  // catch: a `didOpen` with an `untitled:` URI and no workspace, or with a
  // malformed `textDocument`, rejects, and an unhandled rejection ends the
  // process.  One bad notification must not end the editor’s session:
  // report it (over stdio `console.error` goes to the client’s log).
  process.on('unhandledRejection', function (reason: unknown) {
    console.error(
      'retext-attribution-language-server: ' +
        (reason instanceof Error ? reason.stack : inspect(reason))
    )
  })

  // Over stdio, pass client bytes through the frame guard so that a bad
  // `Content-Length` costs one message, not the connection, and server
  // bytes through one that drops stale diagnostics (and stray writes that
  // are not LSP messages).  vscode-languageserver reads `process.stdin` and
  // writes `process.stdout` itself, so the guarded streams take their place.
  //
  // Over stdio, too, checks run in a worker thread, the newest version of
  // each document only (`./schedule.ts`: it follows the client’s versions
  // on the way in and drops publications of dropped checks on the way out).
  if (process.argv.includes('--stdio')) {
    const order = createPublishOrder()
    scheduler = createScheduler()
    const stdout = process.stdout
    // Code actions, documents outside the workspace, quiet logs.
    // Their checks go through the same scheduler: in the worker, newest
    // version only (keyed by the document's URI, like the others).
    const extras = createExtras({
      send(message) {
        const body = Buffer.from(JSON.stringify(message))
        // A dropped check's diagnostics: the newer version's follow.
        if (scheduler!.outgoing(body)) stdout.write(frameOf(body))
      },
      checkFile: (file) => processor().process(file),
      async checkUntitled(file, format) {
        const options: ProcessorOptions = {
          ...withEditorSettings(undefined),
          format: format as ProcessorOptions['format']
        }
        const key = typeof file.data.lspDocumentUri === 'string' ? file.data.lspDocumentUri : undefined
        if (scheduler && key) {
          const outcome = await scheduler.check(key, {path: undefined, uri: key, cwd: file.cwd, value: String(file), options})
          if (!('inThread' in outcome)) {
            applyOutcome(file, outcome)
            return
          }
        }

        await checkerFor(options).process(file)
      }
    })
    const input = process.stdin.pipe(
      createFrameGuard({
        filter: (body) =>
          settings.incoming(body) &&
          scheduler!.follow(body) &&
          extras.incoming(body) &&
          order.incoming(body)
      })
    )
    const output = createFrameGuard({
      filter: (body) =>
        scheduler!.outgoing(body) &&
        settings.outgoing(body) &&
        order.outgoing(body) &&
        extras.outgoing(body)
    })
    output.pipe(stdout)
    Object.defineProperty(process, 'stdin', {
      configurable: true,
      enumerable: true,
      value: input
    })
    Object.defineProperty(process, 'stdout', {
      configurable: true,
      enumerable: true,
      value: output
    })
  }

  createUnifiedLanguageServer({
    configurationSection,
    ignoreName,
    packageField,
    rcName,
    // A workspace that installs `retext-attribution` gets its own version,
    // as the CLI run there would; otherwise the server’s own.
    processorName: 'retext-attribution-language-server',
    processorSpecifier: 'processor',
    defaultProcessor: processor as never
  })
}

/**
 * Follow the `codeConfig` setting (`false` refuses code configs) in the
 * client’s `initializationOptions` and in its answers to the server’s
 * `workspace/configuration` requests for the `retext-attribution` section.
 * Both filters pass every message; `fixed` (`--no-code-config`) wins.
 */
export function codeConfigSetting(fixed: boolean): {
  incoming: (body: Buffer) => boolean
  outgoing: (body: Buffer) => boolean
} {
  const asked = new Set<unknown>()
  let initial: boolean | undefined
  let workspace: boolean | undefined

  return {
    incoming(body) {
      const initialize = body.includes('"initialize"')
      if (!initialize && asked.size === 0) return true
      const message = parse(body)
      if (!message) return true

      if (message.method === 'initialize') {
        initial = flag(record(record(message.params)?.initializationOptions)?.codeConfig)
        readEditorSettings(record(message.params)?.initializationOptions, 'initial')
      } else if (message.method === undefined && asked.has(message.id)) {
        asked.delete(message.id)
        const result = message.result
        workspace = Array.isArray(result) ? flag(record(result[0])?.codeConfig) : undefined
        if (Array.isArray(result)) readEditorSettings(result[0], 'workspace')
      } else {
        return true
      }

      const refuse = fixed || (workspace ?? initial) === false
      if (refuse !== configGuard.refuseCode) configGuard.refused.clear()
      configGuard.refuseCode = refuse

      return true
    },
    outgoing(body) {
      if (!body.includes('workspace/configuration')) return true
      const message = parse(body)
      if (message?.method === 'workspace/configuration') asked.add(message.id)
      return true
    }
  }

  function flag(value: unknown): boolean | undefined {
    return typeof value === 'boolean' ? value : undefined
  }
}

