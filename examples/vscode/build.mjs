/**
 * Bundle the extension and the language server into `dist/` with esbuild,
 * as most extensions ship: the `.vsix` then holds two files of code and no
 * `node_modules` (`vsce package --no-dependencies`); the server's checker
 * thread is a third.
 */
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = fileURLToPath(new URL('.', import.meta.url))
const common = {bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none'}

await build({
  ...common,
  entryPoints: [here + 'extension.js'],
  outfile: here + 'dist/extension.js',
  format: 'cjs',
  external: ['vscode']
})

await build({
  ...common,
  entryPoints: [here + '../../packages/language-server/src/bin.ts'],
  outfile: here + 'dist/server.mjs',
  format: 'esm',
  // CommonJS packages in the bundle require Node.js built-ins.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);"
  }
})

// The server checks in a worker thread (`schedule.ts`), loaded from
// `worker.js` next to the server.  The extension is CommonJS
// (`"type": "commonjs"`), so the worker is bundled as CommonJS.
await build({
  ...common,
  entryPoints: [here + '../../packages/language-server/src/worker.ts'],
  outfile: here + 'dist/worker.js',
  format: 'cjs'
})
