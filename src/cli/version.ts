/**
 * Version of the package, read from its package.json (two folders up from
 * both `src/cli/` and `dist/cli/`).
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

export const version: string = (
  require('../../package.json') as {version: string}
).version
