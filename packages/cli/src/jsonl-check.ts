/**
 * `--jsonl`: check the documents of a batch of lines (in a worker, or in the
 * main thread with one job).  Each line is one JSON object; each gives one
 * output line, with its attributions, messages and sourcing summary, or an
 * error naming the line.
 */
import * as path from 'node:path'
import {Configuration} from 'unified-engine'
import type {Preset} from 'unified'
import {VFile} from 'vfile'
import {
  configTransform,
  createProcessor,
  formats,
  retextAttributionFiles,
  splitOptions,
  type AttributionProcessor,
  type Format,
  type ProcessorOptions
} from 'retext-attribution-processor'
import {list} from 'retext-attribution/options'
import {installConfigGuard} from './config-guard.js'
import {toJsonMessage, type JsonMessage} from './json.js'
import {compareMessages} from './messages.js'
import {digest, type Digest} from './report/digest.js'
import {packageField, rcName} from './run.js'
import {summarizeFile, type SourcingSummary} from './summary.js'

/** How to read the records (plain data, cloned to workers). */
export interface JsonlSettings {
  /** Folder config files are searched from. */
  cwd: string
  /** Field of the document id (default `id`). */
  idField: string
  /** Field of the document text (default `text`). */
  textField: string
  /** Field of the document format (default `format`); read when present. */
  formatField: string
  /** Field to group documents by in the report (and echoed as `group`). */
  groupField: string | undefined
  /** Format of documents without a format field (default `text`). */
  format: Format | undefined
  skipBlockquotes: boolean
  preset: string | undefined
  configPath: string | undefined
  detectConfig: boolean
  /** Collect what the HTML report needs. */
  report: boolean
}

/** One input line: its text, or why it was not read (too long). */
export interface Line {
  number: number
  text?: string
  error?: string
}

/** A finding, as the report lists it. */
export interface Finding {
  ruleId: string | null
  severity: JsonMessage['severity']
  actual: string | null
  reason: string
  line: number | null
  column: number | null
}

/** What the report keeps of one document. */
export interface DocumentRecord {
  id: string
  group: string | undefined
  summary: SourcingSummary
  digest: Digest
  findings: Array<Finding>
}

export interface JsonlResult {
  type: 'jsonl'
  /** One JSON line (with its newline) per input line, in order. */
  output: string
  /** Bad lines: line number and why. */
  errors: Array<{line: number; reason: string}>
  /** Per good document, when `settings.report`. */
  records: Array<DocumentRecord>
  statistics: {errors: number; warnings: number; info: number}
}

let cached: {key: string; processors: Promise<Processors>} | undefined

type Processors = (format: Format) => AttributionProcessor

/** Processors for each format, with the config file (loaded once). */
function processors(settings: JsonlSettings): Promise<Processors> {
  const key = JSON.stringify([
    settings.cwd,
    settings.configPath,
    settings.detectConfig,
    settings.preset,
    settings.skipBlockquotes
  ])
  if (cached?.key === key) return cached.processors
  cached = {key, processors: load(settings)}
  return cached.processors
}

async function load(settings: JsonlSettings): Promise<Processors> {
  installConfigGuard()
  const given: ProcessorOptions = {}
  if (settings.preset) given.preset = settings.preset as ProcessorOptions['preset']
  if (settings.skipBlockquotes) given.skipBlockquotes = true
  // Throws naming the bad option (`--preset`).
  splitOptions(given)

  const configuration = new Configuration({
    cwd: settings.cwd,
    rcName,
    packageField,
    detectConfig: settings.detectConfig,
    rcPath: settings.configPath,
    configTransform
  })
  const config = await new Promise<{plugins: Preset['plugins']}>(function (resolve, reject) {
    configuration.load(path.join(settings.cwd, 'document.txt'), function (error, result) {
      if (error) reject(error)
      else resolve({plugins: (result?.plugins ?? []) as Preset['plugins']})
    })
  })
  const made = new Map<Format, AttributionProcessor>()

  return function (format) {
    let processor = made.get(format)
    if (!processor) {
      processor = createProcessor()
        .use({plugins: config.plugins})
        .use(retextAttributionFiles, {...given, format})
        .freeze() as unknown as AttributionProcessor
      made.set(format, processor)
    }

    return processor
  }
}

/** Check a batch of lines. */
export async function checkLines(
  settings: JsonlSettings,
  lines: ReadonlyArray<Line>
): Promise<JsonlResult> {
  const get = await processors(settings)
  const result: JsonlResult = {
    type: 'jsonl',
    output: '',
    errors: [],
    records: [],
    statistics: {errors: 0, warnings: 0, info: 0}
  }

  for (const line of lines) {
    const seen: {id: string | number | null} = {id: null}

    try {
      const record = read(settings, line, seen)
      const file = new VFile({value: record.text})
      await get(record.format).process(file)
      const summary = summarizeFile(file)
      const messages = file.messages.sort(compareMessages).map(toJsonMessage)
      for (const message of messages) {
        result.statistics[
          message.severity === 'error'
            ? 'errors'
            : message.severity === 'warning'
              ? 'warnings'
              : 'info'
        ]++
      }

      const entry: Record<string, unknown> = {
        id: record.id,
        format: record.format,
        attributions: file.data.attributions ?? [],
        messages,
        summary
      }
      if (settings.groupField) entry.group = record.group ?? null
      result.output += JSON.stringify(entry) + '\n'

      if (settings.report) {
        result.records.push({
          id: String(record.id),
          group: record.group,
          summary,
          digest: digest(file.data.attributions ?? []),
          findings: messages.map((d) => ({
            ruleId: d.ruleId,
            severity: d.severity,
            actual: d.actual,
            reason: d.reason,
            line: d.start?.line ?? null,
            column: d.start?.column ?? null
          }))
        })
      }
    } catch (error) {
      const reason = String((error as Error)?.message ?? error).replace(
        /^retext-attribution: /,
        ''
      )
      result.errors.push({line: line.number, reason})
      result.statistics.errors++
      result.output += JSON.stringify({id: seen.id, line: line.number, error: reason}) + '\n'
    }
  }

  return result
}

/** Read one record: its id, text, format and group, or throw why not. */
function read(
  settings: JsonlSettings,
  line: Line,
  seen: {id: string | number | null}
): {id: string | number; text: string; format: Format; group: string | undefined} {
  if (line.error !== undefined) throw new Error(line.error)
  let value: unknown

  try {
    value = JSON.parse(line.text ?? '')
  } catch (error) {
    throw new Error('not valid JSON: ' + (error as Error).message)
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(
      'expected a JSON object, not ' + (Array.isArray(value) ? 'an array' : value === null ? '`null`' : 'a ' + typeof value)
    )
  }

  const record = value as Record<string, unknown>
  const id = record[settings.idField]
  if (typeof id === 'string' || typeof id === 'number') seen.id = id
  else {
    throw new Error(
      (id === undefined ? 'no `' : 'expected a string or number in `') +
        settings.idField +
        '`' +
        (id === undefined ? ' field' : '') +
        ' (the document id; choose another field with `--id-field`)'
    )
  }

  const text = record[settings.textField]
  if (typeof text !== 'string') {
    throw new Error(
      (text === undefined ? 'no `' : 'expected a string in `') +
        settings.textField +
        '`' +
        (text === undefined ? ' field' : '') +
        ' (the document text; choose another field with `--text-field`)'
    )
  }

  let format = settings.format ?? 'text'
  const given = record[settings.formatField]
  if (given !== undefined && given !== null) {
    if (!formats.includes(given as Format)) {
      throw new Error(
        'unknown format `' +
          String(given) +
          '` in `' +
          settings.formatField +
          '`; expected one of ' +
          list(formats)
      )
    }

    format = given as Format
  }

  let group: string | undefined
  if (settings.groupField) {
    const value = record[settings.groupField]
    if (value !== undefined && value !== null) {
      group = typeof value === 'string' ? value : JSON.stringify(value)
    }
  }

  return {id, text, format, group}
}

