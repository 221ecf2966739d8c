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
import type {Log, Notification, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {documentation} from 'retext-attribution'
import {ruleIds} from 'retext-attribution'
import {compareMessages, level, shownWhenSilent, span} from './messages.js'
import {chunks, type ReportWriter} from './json.js'
import {totalSummary, type SourcingSummary} from './summary.js'
import {ruleDescriptors} from './reporters/rule-metadata.js'

export interface SarifOptions {
  /** Absolute path of the working folder: file paths are relative to it. */
  cwd: string
  /** Version of the tool. */
  version: string
  /** Report only errors. */
  silent?: boolean
}

const sarifLevel = {error: 'error', warning: 'warning', info: 'note'} as const
const placeholder = '@@results@@'

/** The SARIF log as an object. */
export function toSarif(
  files: ReadonlyArray<VFile>,
  options: SarifOptions
): Log {
  return JSON.parse([...sarifChunks(files, options)].join('')) as Log
}

/** The SARIF log as text. */
export function reportSarif(
  files: ReadonlyArray<VFile>,
  options: SarifOptions
): string {
  return [...sarifChunks(files, options)].join('')
}

/**
 * The SARIF log in pieces, one file at a time, so that thousands of results
 * are written without holding them in memory.
 */
export function sarifWriter(options: SarifOptions): ReportWriter {
  const ruleIndex = new Map<string, number>(
    ruleIds.map((id, index) => [id, index])
  )
  const notifications: Array<Notification> = []
  let total = totalSummary([])
  let first = true

  return {
    start() {
      return (
        skeleton(options, notifications, total).split(
          '"' + placeholder + '"'
        )[0] + '['
      )
    },
    add(file) {
      let chunk = ''
      if (file.data.attributionSummary) {
        total = totalSummary([total, file.data.attributionSummary])
      }

      for (const message of [...file.messages].sort(compareMessages)) {
        if (options.silent && !shownWhenSilent(message)) continue
        const index = message.ruleId ? ruleIndex.get(message.ruleId) : undefined

        if (message.source === 'retext-attribution' && index !== undefined) {
          const result: Result = {
            ruleId: message.ruleId,
            ruleIndex: index,
            level: sarifLevel[level(message)],
            message: {text: text(message)},
            locations: [location(file, message)],
            properties: {
              actual: message.actual ?? null,
              expected: message.expected ?? null,
              note: message.note ?? null,
              url: message.url ?? null
            }
          }
          chunk += (first ? '\n' : ',\n') + indent(result, 8)
          first = false
        } else {
          notifications.push({
            level: sarifLevel[level(message)],
            message: {text: text(message)},
            locations: [location(file, message)],
            ...(message.ruleId
              ? {
                  descriptor: {
                    id: [message.source, message.ruleId]
                      .filter(Boolean)
                      .join(':')
                  }
                }
              : {})
          })
        }
      }

      return chunk
    },
    end() {
      return (
        (first ? ']' : '\n      ]') +
        skeleton(options, notifications, total).split(
          '"' + placeholder + '"'
        )[1] +
        '\n'
      )
    }
  }
}

/** The SARIF log in pieces (see `sarifWriter`). */
export function* sarifChunks(
  files: Iterable<VFile>,
  options: SarifOptions
): Generator<string, undefined, undefined> {
  yield* chunks(sarifWriter(options), files)
}

function skeleton(
  options: SarifOptions,
  notifications: Array<Notification>,
  total: SourcingSummary
): string {
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'retext-attribution',
            version: options.version,
            informationUri: documentation.replace(/#$/, ''),
            rules: ruleDescriptors()
          }
        },
        originalUriBaseIds: {SRCROOT: {uri: directoryUri(options.cwd)}},
        columnKind: 'utf16CodeUnits',
        results: placeholder as unknown as Array<Result>,
        invocations: [
          {
            executionSuccessful: !notifications.some(
              (d) => d.level === 'error'
            ),
            toolExecutionNotifications: notifications
          }
        ],
        // The sourcing summary of all checked files.
        properties: {sourcing: total}
      }
    ]
  }

  return JSON.stringify(log, undefined, 2)
}

/** Pretty JSON indented by `size` spaces (JSON strings hold no raw newlines). */
function indent(value: unknown, size: number): string {
  const pad = ' '.repeat(size)
  return pad + JSON.stringify(value, undefined, 2).replace(/\n/g, '\n' + pad)
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
