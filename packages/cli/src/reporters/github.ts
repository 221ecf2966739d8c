/**
 * The `--reporter github` output: GitHub Actions workflow commands, one
 * line per message, which the runner turns into annotations on the pull
 * request (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::…`).
 *
 * Escaped as the runner unescapes (and as `@actions/core` escapes): in the
 * message `%`, CR and LF; in property values also `:` and `,`.  Control
 * characters other than those could not start a new command (a command
 * starts a line) but could still disturb a log viewer, so they are written
 * as `\u001b`-style escapes first.
 */
import * as path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {escapeControlsInLines} from '../escape.js'
import type {ReportWriter} from '../json.js'
import {compareMessages, level, shownWhenSilent, span} from '../messages.js'

export interface GithubOptions {
  /** Working folder: file paths are written relative to it. */
  cwd: string
  /** Report only errors. */
  silent?: boolean
  /** Add each message’s note and documentation link. */
  verbose?: boolean
}

const command = {error: 'error', warning: 'warning', info: 'notice'} as const

/** Escape a message (the data after `::`). */
export function escapeData(value: string): string {
  return escapeControlsInLines(
    value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  )
}

/** Escape a property value (`file=`, `title=`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One workflow command for a message of `file`. */
export function githubLine(
  file: VFile,
  message: VFileMessage,
  options: GithubOptions
): string {
  const {start, end} = span(message)
  const properties: Array<[string, string | number]> = []
  const name = file.path
    ? path.relative(options.cwd, path.resolve(options.cwd, file.path)).split(path.sep).join('/')
    : ''

  if (name) properties.push(['file', name])

  if (start) {
    properties.push(['line', start.line], ['col', start.column])
    if (end) properties.push(['endLine', end.line], ['endColumn', end.column])
  }

  const title = message.ruleId
    ? [message.source, message.ruleId].filter(Boolean).join(': ')
    : message.source ?? 'retext-attribution'
  properties.push(['title', title])

  const cause =
    message.cause instanceof Error ? ': ' + message.cause.message : ''
  let text = message.reason + cause
  if (options.verbose) {
    if (message.note) text += '\n' + message.note
    if (message.url) text += '\n' + message.url
  }

  return (
    '::' +
    command[level(message)] +
    ' ' +
    properties
      .map(([key, value]) => key + '=' + escapeProperty(String(value)))
      .join(',') +
    '::' +
    escapeData(text) +
    '\n'
  )
}

/** The report as the files are checked (see `ReportWriter`). */
export function githubWriter(options: GithubOptions): ReportWriter {
  return {
    start() {
      return ''
    },
    add(file) {
      let chunk = ''
      for (const message of [...file.messages].sort(compareMessages)) {
        if (options.silent && !shownWhenSilent(message)) continue
        chunk += githubLine(file, message, options)
      }

      return chunk
    },
    end() {
      return ''
    }
  }
}
