/**
 * The command’s archive features: `--jsonl` (documents one JSON object a
 * line, in and out), `--report html FILE` (the sourcing report page) and
 * `--jobs` (worker threads).  Kept apart from `main.ts`, which calls in.
 */
import {writeFileSync} from 'node:fs'
import * as path from 'node:path'
import type {Format} from 'retext-attribution-processor'
import {escapeControls} from './escape.js'
import {runJsonl} from './jsonl.js'
import type {JsonlSettings} from './jsonl-check.js'
import {defaultJobs, parseJobs} from './pool.js'
import {ReportCollector} from './report/collect.js'
import {renderReport} from './report/html.js'

export const reportTypes = ['html'] as const

/** Flags of these features, for `parseArgs`. */
export const archiveOptions = {
  jobs: {type: 'string', short: 'j'},
  jsonl: {type: 'boolean'},
  'id-field': {type: 'string'},
  'text-field': {type: 'string'},
  'format-field': {type: 'string'},
  'group-by': {type: 'string'},
  progress: {type: 'boolean'}
} as const

export const archiveHelp = `
Archives
  -j, --jobs <n>               check in n worker threads (default: one per
                               core; the output is the same, in order)
      --jsonl                  read documents one JSON object a line, from
                               the files given or stdin, and write one JSON
                               line per document (id, attributions,
                               messages, summary) on stdout, in input order
      --id-field <name>        field of the document id (default: id)
      --text-field <name>      field of the document text (default: text)
      --format-field <name>    field of the document format (default:
                               format); without it, --format or text
      --group-by <name>        field to group documents by in the report
      --progress               show the progress line (count, rate, ETA)
                               even when stderr is not a terminal
      --report html <file>     also write a sourcing report page (charts
                               and findings, works offline) to <file>
`

export interface ReportRequest {
  type: (typeof reportTypes)[number]
  file: string
}

/**
 * Take `--report <type> <file>` out of the arguments (it has two values,
 * which `parseArgs` cannot read).
 */
export function takeReport(
  argv: ReadonlyArray<string>
): {argv: Array<string>; report: ReportRequest | undefined} | {error: string} {
  const rest: Array<string> = []
  let report: ReportRequest | undefined

  for (let index = 0; index < argv.length; index++) {
    const value = argv[index]!
    if (value === '--') {
      rest.push(...argv.slice(index))
      break
    }

    if (value !== '--report') {
      rest.push(value)
      continue
    }

    const type = argv[index + 1]
    const file = argv[index + 2]
    if (!type || !file || file.startsWith('-')) {
      return {error: '`--report` needs a type and a file: `--report html report.html`'}
    }

    if (!reportTypes.includes(type as ReportRequest['type'])) {
      return {
        error: 'Unknown report `' + type + '`; expected `html`'
      }
    }

    report = {type: type as ReportRequest['type'], file}
    index += 2
  }

  return {argv: rest, report}
}

/** Why flags of `--jsonl` given without it are wrong, if they are. */
export function jsonlOnly(values: Record<string, unknown>): string | undefined {
  if (values.jsonl) return undefined
  for (const name of ['id-field', 'text-field', 'format-field', 'group-by', 'progress']) {
    if (values[name] !== undefined) return '`--' + name + '` needs `--jsonl`'
  }

  return undefined
}

/** The number of jobs asked for, or why the value is wrong. */
export function jobsFrom(value: string | undefined): number | {error: string} {
  if (value === undefined) return defaultJobs()
  const jobs = parseJobs(value)
  return jobs ?? {error: 'Expected `--jobs` to be a whole number from 1 to 1024, not `' + value + '`'}
}

/** A collector for the report, when one is asked for. */
export function startReport(
  report: ReportRequest | undefined,
  groupField: string | undefined
): ReportCollector | undefined {
  return report ? new ReportCollector('Sourcing report', groupField) : undefined
}

/** Write the report page; a message on failure. */
export function writeReport(
  report: ReportRequest,
  collector: ReportCollector,
  cwd: string,
  stderr: {write(chunk: string): unknown}
): boolean {
  try {
    writeFileSync(path.resolve(cwd, report.file), renderReport(collector.data()))
    return true
  } catch (error) {
    stderr.write(
      'retext-attribution: cannot write the report `' +
        escapeControls(report.file) +
        '`: ' +
        escapeControls((error as Error).message) +
        '\n'
    )
    return false
  }
}

export interface ArchiveFlags {
  positionals: ReadonlyArray<string>
  format: Format | undefined
  skipBlockquotes: boolean
  preset: string | undefined
  config: string | undefined
  noConfig: boolean
  idField: string | undefined
  textField: string | undefined
  formatField: string | undefined
  groupBy: string | undefined
  progress: boolean
  noProgress: boolean
  jobs: number
}

export interface ArchiveIo {
  stdout: {write(chunk: string): unknown}
  stderr: {write(chunk: string): unknown; isTTY?: boolean}
  stdin?: NodeJS.ReadableStream
  cwd?: string
  signal?: AbortSignal
}

/**
 * Run `--jsonl`.
 *
 * @returns the exit code.
 */
export async function runArchive(
  flags: ArchiveFlags,
  io: ArchiveIo,
  report: ReportRequest | undefined
): Promise<number> {
  const cwd = path.resolve(io.cwd ?? process.cwd())
  const settings: JsonlSettings = {
    cwd,
    idField: flags.idField ?? 'id',
    textField: flags.textField ?? 'text',
    formatField: flags.formatField ?? 'format',
    groupField: flags.groupBy,
    format: flags.format,
    skipBlockquotes: flags.skipBlockquotes,
    preset: flags.preset,
    configPath: flags.config,
    detectConfig: !flags.noConfig,
    report: Boolean(report)
  }
  const collector = startReport(report, flags.groupBy)
  let outcome

  try {
    outcome = await runJsonl({
      settings,
      inputs: flags.positionals,
      cwd,
      stdin: io.stdin,
      stdout: io.stdout as never,
      stderr: io.stderr,
      jobs: flags.jobs,
      progress: !flags.noProgress && (flags.progress || Boolean(io.stderr.isTTY)),
      signal: io.signal,
      onDocument: collector ? (record) => collector.add(record) : undefined
    })
  } catch (error) {
    const reason = (error as Error).message.replace(/^retext-attribution: /, '')
    io.stderr.write('retext-attribution: ' + escapeControls(reason) + '\n')
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 2 : 1
  }

  if (report && collector && !writeReport(report, collector, cwd, io.stderr)) return 1
  if (outcome.badLines > 0) {
    io.stderr.write(
      'retext-attribution: ' +
        outcome.badLines +
        ' bad line' +
        (outcome.badLines === 1 ? '' : 's') +
        ' reported; ' +
        outcome.documents +
        ' documents checked\n'
    )
  }

  if (outcome.code === 130) {
    io.stderr.write('retext-attribution: interrupted; wrote the documents checked so far\n')
  }

  return outcome.code
}
