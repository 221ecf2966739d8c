/**
 * The VS Code client for `retext-attribution-language-server`.
 *
 * The server does the work (diagnostics as you type, from the same config
 * files as the CLI, code actions); this extension starts it over stdio,
 * tells it which documents to check (files and untitled buffers), passes
 * the `retext-attribution.*` settings, and which files to watch so that
 * config edits apply.  `npm run package` bundles this file and the server
 * into `dist/` (see `build.mjs`), so the `.vsix` needs no `node_modules`.
 */
'use strict'

const path = require('node:path')
const {workspace} = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

const languages = ['plaintext', 'markdown', 'mdx', 'html']

/**
 * @param {import('vscode').ExtensionContext} context
 */
function activate(context) {
  // Bundled beside this file by `build.mjs`.
  const server = path.join(__dirname, 'server.mjs')
  const watcher = workspace.createFileSystemWatcher(
    '**/{.retext-attributionrc,.retext-attributionrc.*,.retext-attributionignore,package.json}'
  )
  context.subscriptions.push(watcher)
  const settings = workspace.getConfiguration('retext-attribution')

  client = new LanguageClient(
    'retext-attribution',
    'retext-attribution',
    // `TransportKind.stdio` passes `--stdio`.
    {module: server, transport: TransportKind.stdio},
    {
      // Files on disk (with the config files that apply to them) and
      // untitled buffers (with the settings alone).
      documentSelector: languages.flatMap((language) => [
        {scheme: 'file', language},
        {scheme: 'untitled', language}
      ]),
      initializationOptions: {
        codeConfig: settings.get('codeConfig'),
        preset: settings.get('preset'),
        rules: settings.get('rules')
      },
      synchronize: {fileEvents: watcher, configurationSection: 'retext-attribution'}
    }
  )

  return client.start()
}

function deactivate() {
  return client ? client.stop() : undefined
}

module.exports = {activate, deactivate}
