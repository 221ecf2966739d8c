/**
 * A minimal VS Code client for `retext-attribution-language-server`.
 *
 * The server does the work (diagnostics as you type, from the same config
 * files as the CLI); this extension starts it over stdio, tells it which
 * documents to check, and which files to watch so that config edits apply.
 */
'use strict'

const path = require('node:path')
const {workspace} = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

/**
 * @param {import('vscode').ExtensionContext} context
 */
function activate(context) {
  // The bin sits beside the module that the package exports.
  const server = path.join(
    path.dirname(require.resolve('retext-attribution-language-server')),
    'bin.js'
  )
  const watcher = workspace.createFileSystemWatcher(
    '**/{.retext-attributionrc,.retext-attributionrc.*,.retext-attributionignore,package.json}'
  )
  context.subscriptions.push(watcher)

  client = new LanguageClient(
    'retext-attribution',
    'retext-attribution',
    // `TransportKind.stdio` passes `--stdio`.
    {module: server, transport: TransportKind.stdio},
    {
      // Only files on disk: the server finds config files next to them.
      documentSelector: ['plaintext', 'markdown', 'mdx', 'html'].map(
        (language) => ({scheme: 'file', language})
      ),
      synchronize: {fileEvents: watcher}
    }
  )

  return client.start()
}

function deactivate() {
  return client ? client.stop() : undefined
}

module.exports = {activate, deactivate}
