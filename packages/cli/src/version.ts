/**
 * Version of the package, read from its package.json (one folder up from
 * both `src/` and `dist/`).
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

export const version: string = (
  require('../package.json') as {version: string}
).version
