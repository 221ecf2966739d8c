/**
 * Vite config of the playground.  Besides serving the page it guards the
 * promise that the core plugin runs in a browser: Vite would quietly swap a
 * Node built-in (`fs`, `node:path`, …) for an empty stub that throws at
 * run time, so the build fails instead, naming the module and its importer.
 */
import {isBuiltin} from 'node:module'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig, type Plugin} from 'vite'

const repository = fileURLToPath(new URL('../..', import.meta.url))

export function forbidNodeBuiltins(): Plugin {
  return {
    name: 'retext-attribution:forbid-node-builtins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!isBuiltin(source)) return null
      // A browser polyfill published under a built-in's name (`events`,
      // `buffer`) resolves to a real file and is fine.
      const resolved = await this.resolve(source, importer, {
        ...options,
        skipSelf: true
      })
      if (
        resolved &&
        !resolved.external &&
        path.isAbsolute(resolved.id) &&
        !resolved.id.includes('__vite-browser-external')
      ) {
        return resolved
      }

      this.error(
        'Node built-in `' +
          source +
          '` imported by `' +
          (importer ? path.relative(repository, importer) : 'an entry') +
          '`: the core plugin must run in a browser, with no Node built-ins'
      )
    }
  }
}

/** Workspace packages from their sources: no build needed, one copy of the plugin. */
const sources = [
  {find: /^retext-attribution-processor$/, replacement: 'packages/processor/src/processor.ts'},
  {find: /^retext-attribution\/options$/, replacement: 'src/options.ts'},
  {find: /^retext-attribution$/, replacement: 'src/index.ts'}
].map(({find, replacement}) => ({find, replacement: path.join(repository, replacement)}))

export default defineConfig({
  // Relative asset URLs, so the built page works from any folder.
  base: './',
  plugins: [forbidNodeBuiltins()],
  resolve: {alias: sources},
  build: {target: 'es2022'}
})
