/**
 * The data of the sourcing report, gathered one document at a time in
 * bounded memory: totals, per-group totals, descriptor counts, a histogram
 * of shares, the documents with the most attributions, and the first
 * findings.  What is left out past the caps is counted, and the page says
 * so.
 */
import type {VFile} from 'vfile'
import type {DocumentRecord, Finding} from '../jsonl-check.js'
import {compareMessages, level, span} from '../messages.js'
import {totalSummary, type SourcingSummary} from '../summary.js'

/** Documents drawn one by one (the ones with the most attributions). */
export const maximumDocuments = 40
/** Groups drawn (the largest; the rest are added up as “other”). */
export const maximumGroups = 40
/** Findings listed (the first ones, in input order). */
export const maximumFindings = 2000
/** Descriptors drawn (the commonest). */
export const maximumDescriptors = 20
/** Distinct descriptors counted (a cap on memory). */
const maximumDistinct = 50_000

export interface ReportDocument {
  /** Index in input order (anchors: `#doc-N`). */
  index: number
  id: string
  group: string | undefined
  summary: SourcingSummary
}

export interface ListedFinding extends Finding {
  document: number
}

export interface ReportData {
  title: string
  documents: number
  /** Documents with at least one attribution. */
  attributed: number
  total: SourcingSummary
  groupField: string | undefined
  groups: Array<{name: string; documents: number; summary: SourcingSummary}>
  /** Top documents by attributions, in input order. */
  top: Array<ReportDocument>
  /** Documents by share of each kind: ten bins, 0–10 % … 90–100 %. */
  histogram: {anonymous: Array<number>; vague: Array<number>; agentless: Array<number>}
  descriptors: {
    anonymous: Array<[string, number]>
    vague: Array<[string, number]>
  }
  /** Documents whose findings are listed (index → id, group). */
  listed: Array<ReportDocument>
  findings: Array<ListedFinding>
  /** Findings in all (listed or not). */
  findingCount: number
}

export class ReportCollector {
  private count = 0
  private attributed = 0
  private totals = totalSummary([])
  private groups = new Map<string, {documents: number; summary: SourcingSummary}>()
  private top: Array<ReportDocument> = []
  private histogram = {
    anonymous: Array.from({length: 10}, () => 0),
    vague: Array.from({length: 10}, () => 0),
    agentless: Array.from({length: 10}, () => 0)
  }

  private anonymous = new Map<string, number>()
  private vague = new Map<string, number>()
  private listed: Array<ReportDocument> = []
  private findings: Array<ListedFinding> = []
  private findingCount = 0

  constructor(
    private readonly title: string,
    private readonly groupField: string | undefined
  ) {}

  /** Add a checked file of a file run. */
  addFile(file: VFile, group?: string): void {
    const summary = file.data.attributionSummary
    this.add({
      id: file.path || '<stdin>',
      group,
      summary: summary ?? totalSummary([]),
      digest: file.data.attributionDigest ?? {anonymous: {}, vague: {}},
      findings: [...file.messages].sort(compareMessages).map(function (message) {
        const {start} = span(message)
        return {
          ruleId: message.ruleId ?? null,
          severity: level(message),
          actual: message.actual ?? null,
          reason: message.reason,
          line: start?.line ?? null,
          column: start?.column ?? null
        }
      })
    })
  }

  /** Add a checked document. */
  add(record: DocumentRecord): void {
    const index = this.count++
    const summary = record.summary
    this.totals = totalSummary([this.totals, summary])
    const document: ReportDocument = {index, id: record.id, group: record.group, summary}

    if (summary.attributions > 0) {
      this.attributed++
      bin(this.histogram.anonymous, summary.anonymous / summary.attributions)
      bin(this.histogram.vague, summary.vague / summary.attributions)
      bin(this.histogram.agentless, summary.agentless / summary.attributions)
      // Keep the documents with the most attributions (ties: the first).
      if (
        this.top.length < maximumDocuments ||
        summary.attributions > this.top.at(-1)!.summary.attributions
      ) {
        this.top.push(document)
        this.top.sort((a, b) => b.summary.attributions - a.summary.attributions || a.index - b.index)
        if (this.top.length > maximumDocuments) this.top.pop()
      }
    }

    if (this.groupField) {
      const name = record.group ?? '(none)'
      const group = this.groups.get(name) ?? {documents: 0, summary: totalSummary([])}
      group.documents++
      group.summary = totalSummary([group.summary, summary])
      this.groups.set(name, group)
    }

    count(this.anonymous, record.digest.anonymous)
    count(this.vague, record.digest.vague)

    this.findingCount += record.findings.length
    if (record.findings.length > 0 && this.findings.length < maximumFindings) {
      this.listed.push(document)
      for (const finding of record.findings.slice(0, maximumFindings - this.findings.length)) {
        this.findings.push({...finding, document: index})
      }
    }
  }

  data(): ReportData {
    const groups = [...this.groups]
      .map(([name, d]) => ({name, ...d}))
      .sort((a, b) => b.documents - a.documents || (a.name < b.name ? -1 : 1))
    if (groups.length > maximumGroups) {
      const rest = groups.splice(maximumGroups - 1)
      groups.push({
        name: 'other (' + rest.length + ' groups)',
        documents: rest.reduce((sum, d) => sum + d.documents, 0),
        summary: totalSummary(rest.map((d) => d.summary))
      })
    }

    return {
      title: this.title,
      documents: this.count,
      attributed: this.attributed,
      total: this.totals,
      groupField: this.groupField,
      groups,
      top: [...this.top].sort((a, b) => a.index - b.index),
      histogram: this.histogram,
      descriptors: {anonymous: commonest(this.anonymous), vague: commonest(this.vague)},
      listed: this.listed,
      findings: this.findings,
      findingCount: this.findingCount
    }
  }
}

function bin(bins: Array<number>, share: number) {
  bins[Math.min(9, Math.floor(share * 10))]!++
}

function count(map: Map<string, number>, counts: Record<string, number>) {
  for (const [name, value] of Object.entries(counts)) {
    const known = map.get(name)
    if (known === undefined && map.size >= maximumDistinct) continue
    map.set(name, (known ?? 0) + value)
  }
}

function commonest(map: Map<string, number>): Array<[string, number]> {
  return [...map]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maximumDescriptors)
}
