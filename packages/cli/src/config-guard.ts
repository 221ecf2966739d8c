/**
 * What configuration code runs.
 *
 * unified-engine executes a `.retext-attributionrc.js`, `.cjs` or `.mjs` it
 * finds searching up from each file, up to the root of the file system: a
 * file planted in a parent folder (a home folder, `/tmp`, the folder a
 * download was unpacked in) would run.  The guard wraps the engine’s
 * configuration loader so that the search for code stops at the project
 * root of the file checked (the nearest folder with a `package.json` or
 * `.git`): a code config beyond it, or outside any project, is not executed,
 * nor is any when code configs are refused (the language server’s
 * `--no-code-config` or `codeConfig: false`).  A refused file is treated as
 * absent (the search goes on up for a data config: JSON and YAML are never
 * executed) and remembered, so the CLI and the server can say so.
 */
import {AsyncLocalStorage} from 'node:async_hooks'
import {existsSync} from 'node:fs'
import * as path from 'node:path'
import {Configuration} from 'unified-engine'

const codeExtensions = new Set(['.js', '.cjs', '.mjs'])
const markers = ['package.json', '.git']

interface Guard {
  /** Refuse every code config. */
  refuseCode: boolean
  /** Code configs refused so far (absolute paths), with why. */
  refused: Map<string, string>
}

export const configGuard: Guard = {refuseCode: false, refused: new Map()}

type Load = (filePath: string, callback: (...parameters: Array<unknown>) => void) => void
type Create = (
  buf: Uint8Array | undefined,
  filePath: string | undefined
) => Promise<unknown>

let installed = false
/** The file whose configuration is being searched for. */
const searching = new AsyncLocalStorage<string>()

/**
 * Wrap unified-engine’s configuration loader (once per process; every
 * `Configuration` made afterwards, the engine’s own included, is guarded).
 */
export function installConfigGuard(): void {
  if (installed) return
  installed = true
  const prototype = Configuration.prototype as unknown as {create: Create; load: Load}
  const create = prototype.create
  const load = prototype.load

  prototype.load = function (this: unknown, filePath, callback) {
    searching.run(filePath, () => load.call(this, filePath, callback))
  }

  prototype.create = async function (this: unknown, buf, filePath) {
    if (buf && filePath && codeExtensions.has(path.extname(filePath))) {
      const reason = refusal(filePath, searching.getStore())
      if (reason) {
        configGuard.refused.set(path.resolve(filePath), reason)
        // As if there were no such file: the search goes on.
        return {filePath: undefined, plugins: [], settings: {}}
      }
    }

    return create.call(this, buf, filePath)
  }
}

/**
 * Why the code config at `filePath`, found searching for the configuration
 * of `checked`, may not run, if it may not.
 */
function refusal(filePath: string, checked: string | undefined): string | undefined {
  if (configGuard.refuseCode) return 'code configuration is switched off'
  const folder = path.dirname(path.resolve(filePath))
  // The file’s own project root; a search for stdin starts at the cwd.
  const root = checked
    ? projectRoot(path.dirname(path.resolve(checked)))
    : projectRoot(folder)
  if (!root) {
    return 'it is outside any project (no package.json or .git in its folder or above)'
  }

  return folder === root || folder.startsWith(root + path.sep)
    ? undefined
    : 'it is above the project root `' + root + '`'
}

const roots = new Map<string, string | undefined>()

/** The nearest folder at or above `folder` with a `package.json` or `.git`. */
export function projectRoot(folder: string): string | undefined {
  const known = roots.get(folder)
  if (known !== undefined || roots.has(folder)) return known
  let result: string | undefined

  if (markers.some((d) => existsSync(path.join(folder, d)))) {
    result = folder
  } else {
    const parent = path.dirname(folder)
    result = parent === folder ? undefined : projectRoot(parent)
  }

  roots.set(folder, result)
  return result
}

/** Say which code configs were refused, relative to `cwd`. */
export function describeRefused(cwd: string): Array<string> {
  return [...configGuard.refused].map(
    ([file, reason]) =>
      'not running config file `' + path.relative(cwd, file) + '`: ' + reason
  )
}
