/**
 * The `--reporter sarif` output: a SARIF 2.1.0 log, the format GitHub code
 * scanning and other review tools read.  No ecosystem package turns vfile
 * messages into SARIF, so it is written here from the messages.
 *
 * Rule messages become `results`; messages without a rule (a file that
 * cannot be read or parsed) become tool execution notifications, which is
 * where SARIF puts problems of the tool run rather than of the code.
 */
import {pathToFileURL} from 'node:url'
import type {Log, Notification, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {documentation} from '../index.js'
import {ruleIds} from '../rules/ids.js'
import {level, shownWhenSilent, span} from './messages.js'

export interface SarifOptions {
  /** Absolute path of the working folder: file paths are relative to it. */
  cwd: string
  /** Version of the tool. */
  version: string
  /** Report only errors. */
  silent?: boolean
}

const sarifLevel = {error: 'error', warning: 'warning', info: 'note'} as const

export function toSarif(files: ReadonlyArray<VFile>, options: SarifOptions): Log {
  const rules: Array<ReportingDescriptor> = ruleIds.map((id) => ({
    id,
    helpUri: documentation + id
  }))
  const ruleIndex = new Map<string, number>(ruleIds.map((id, index) => [id, index]))
  const results: Array<Result> = []
  const notifications: Array<Notification> = []

  for (const file of files) {
    for (const message of file.messages) {
      if (options.silent && !shownWhenSilent(message)) continue
      const index = message.ruleId ? ruleIndex.get(message.ruleId) : undefined

      if (message.ruleId && message.source === 'retext-attribution' && index !== undefined) {
        const rule = rules[index]!
        // The rule’s documentation link as the plugin gives it.
        if (message.url) rule.helpUri = message.url
        results.push({
          ruleId: message.ruleId,
          ruleIndex: index,
          level: sarifLevel[level(message)],
          message: {text: text(message)},
          locations: [location(file, message)],
          properties: {
            actual: message.actual ?? null,
            expected: message.expected ?? null,
            note: message.note ?? null
          }
        })
      } else {
        notifications.push({
          level: sarifLevel[level(message)],
          message: {text: text(message)},
          locations: [location(file, message)],
          ...(message.ruleId
            ? {descriptor: {id: [message.source, message.ruleId].filter(Boolean).join(':')}}
            : {})
        })
      }
    }
  }

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'retext-attribution',
            version: options.version,
            informationUri: documentation.replace(/#$/, ''),
            rules
          }
        },
        originalUriBaseIds: {
          SRCROOT: {uri: directoryUri(options.cwd)}
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !notifications.some((d) => d.level === 'error'),
            toolExecutionNotifications: notifications
          }
        ],
        results
      }
    ]
  }
}

export function reportSarif(
  files: ReadonlyArray<VFile>,
  options: SarifOptions
): string {
  return JSON.stringify(toSarif(files, options), undefined, 2) + '\n'
}

function text(message: VFileMessage): string {
  const cause = message.cause instanceof Error ? ': ' + message.cause.message : ''
  return message.reason + cause + (message.note ? '\n\n' + message.note : '')
}

function location(file: VFile, message: VFileMessage) {
  const {start, end} = span(message)
  return {
    physicalLocation: {
      artifactLocation: file.path
        ? {uri: relativeUri(file.path), uriBaseId: 'SRCROOT'}
        : {uri: 'stdin'},
      ...(start
        ? {
            region: {
              startLine: start.line,
              startColumn: start.column,
              ...(end ? {endLine: end.line, endColumn: end.column} : {})
            }
          }
        : {})
    }
  }
}

/** A relative path as a relative URI reference: `/` separators, escaped. */
function relativeUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}

function directoryUri(path: string): string {
  const href = pathToFileURL(path).href
  return href.endsWith('/') ? href : href + '/'
}
