/**
 * Export of the findings of the last check, as JSON (findings, attributions
 * and the sourcing summary) or CSV (one row per finding), downloaded from
 * the page: nothing is sent anywhere.
 */
import type {VFileMessage} from 'vfile-message'
import type {Attribution, SourceKind} from '../../src/types.js'

/** One finding, flat: what both exports carry. */
export interface Finding {
  ruleId: string
  severity: 'error' | 'info' | 'warning'
  /** 1-based line and column of the start and end, in the source text. */
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  /** 0-based offsets into the source text, end exclusive. */
  start: number | null
  end: number | null
  actual: string
  reason: string
  note: string
  expected: Array<string>
  url: string
}

export interface Summary {
  attributions: number
  named: number
  anonymous: number
  vague: number
  agentless: number
  /** Share of attributions that are anonymous, 0 to 1; `null` with none. */
  anonymousShare: number | null
  /**
   * Findings of `unexplained-anonymity`; `null` when the rule is off, so
   * nothing was counted.
   */
  unexplainedAnonymity: number | null
}

export interface Report {
  format: string
  preset: string
  /** Every rule, and whether it was on. */
  rules: Record<string, boolean>
  summary: Summary
  findings: Array<Finding>
  attributions: Array<Attribution>
}

export function toFinding(message: VFileMessage): Finding {
  const place = message.place
  const start = place ? ('start' in place ? place.start : place) : undefined
  const end = place && 'end' in place ? place.end : start

  return {
    ruleId: message.ruleId ?? '',
    // unified convention: fatal true = error, false = warning, unset = info.
    severity:
      message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    start: start?.offset ?? null,
    end: end?.offset ?? null,
    actual: message.actual ?? '',
    reason: message.reason,
    note: message.note ?? '',
    expected: message.expected ?? [],
    url: message.url ?? ''
  }
}

/** Count the sourcing, as the CLI’s summary does. */
export function summarize(
  attributions: ReadonlyArray<Attribution>,
  messages: ReadonlyArray<VFileMessage>,
  unexplainedOn: boolean
): Summary {
  const counts: Record<SourceKind, number> = {named: 0, anonymous: 0, vague: 0, none: 0}
  for (const attribution of attributions) counts[attribution.kind]++

  return {
    attributions: attributions.length,
    named: counts.named,
    anonymous: counts.anonymous,
    vague: counts.vague,
    agentless: counts.none,
    anonymousShare:
      attributions.length === 0 ? null : counts.anonymous / attributions.length,
    unexplainedAnonymity: unexplainedOn
      ? messages.filter((message) => message.ruleId === 'unexplained-anonymity').length
      : null
  }
}

export function toJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}

export const csvColumns = [
  'ruleId',
  'severity',
  'line',
  'column',
  'endLine',
  'endColumn',
  'actual',
  'reason',
  'note',
  'expected',
  'url'
] as const

/**
 * The findings as CSV (RFC 4180): a header row, CRLF line ends, fields with
 * a comma, quote or line break quoted and their quotes doubled.  Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is
 * prefixed with `'`: a shared link can hold anyone’s text.
 */
export function toCsv(findings: ReadonlyArray<Finding>): string {
  const rows = [csvColumns.join(',')]

  for (const finding of findings) {
    rows.push(
      csvColumns
        .map((column) => {
          const value = finding[column]
          if (value === null) return ''
          if (typeof value === 'number') return String(value)
          return csvField(Array.isArray(value) ? value.join(' | ') : value)
        })
        .join(',')
    )
  }

  return rows.join('\r\n') + '\r\n'
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? "'" + value : value
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe
}

/** Offer `content` as a file download. */
export function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], {type}))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
