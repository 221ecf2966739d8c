/**
 * The `--reporter json` output: one JSON document with every file, its
 * messages and its sourcing summary, and the totals.  Every key is always
 * present (absent values are `null`), so consumers can rely on the shape.
 */
import type {VFile} from 'vfile'
import {level, shownWhenSilent, span, type Level, type ReportedPoint} from './messages.js'
import {totalSummary, type SourcingSummary} from './summary.js'

export interface JsonMessage {
  ruleId: string | null
  source: string | null
  severity: Level
  reason: string
  start: ReportedPoint | null
  end: ReportedPoint | null
  actual: string | null
  expected: Array<string> | null
  note: string | null
  url: string | null
}

export interface JsonFile {
  /** Path relative to the working folder (`null` for unnamed stdin). */
  path: string | null
  /** Format the file was read as, `null` when it could not be read. */
  format: string | null
  messages: Array<JsonMessage>
  /** Sourcing summary, `null` when the file could not be checked. */
  summary: SourcingSummary | null
}

export interface JsonReport {
  files: Array<JsonFile>
  /** Sourcing summary of all checked files. */
  summary: SourcingSummary
  /** Message counts of all files (whether or not shown). */
  statistics: {errors: number; warnings: number; info: number}
}

export interface JsonOptions {
  /** Leave out files without (shown) messages. */
  quiet?: boolean
  /** Show only errors. */
  silent?: boolean
}

export function toJson(
  files: ReadonlyArray<VFile>,
  options: JsonOptions = {}
): JsonReport {
  const statistics = {errors: 0, warnings: 0, info: 0}
  const summaries: Array<SourcingSummary> = []
  const result: Array<JsonFile> = []

  for (const file of files) {
    const summary = file.data.attributionSummary ?? null
    if (summary) summaries.push(summary)
    const messages: Array<JsonMessage> = []

    for (const message of file.messages) {
      const severity = level(message)
      statistics[severity === 'error' ? 'errors' : severity === 'warning' ? 'warnings' : 'info']++
      if (options.silent && !shownWhenSilent(message)) continue
      const {start, end} = span(message)
      messages.push({
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        severity,
        reason: message.reason,
        start,
        end,
        actual: message.actual ?? null,
        expected: message.expected ?? null,
        note: message.note ?? null,
        url: message.url ?? null
      })
    }

    if ((options.quiet || options.silent) && messages.length === 0) continue

    result.push({
      path: file.path || null,
      format: summary ? (file.data.attributionFormat ?? null) : null,
      messages,
      summary
    })
  }

  return {files: result, summary: totalSummary(summaries), statistics}
}

export function reportJson(
  files: ReadonlyArray<VFile>,
  options?: JsonOptions
): string {
  return JSON.stringify(toJson(files, options), undefined, 2) + '\n'
}
