#!/usr/bin/env node
/**
 * `retext-attribution-language-server --stdio`: the language server for
 * editors (see the “Editors” section of the readme).
 */
import {startLanguageServer} from './index.js'

startLanguageServer()
