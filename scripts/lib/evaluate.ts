/**
 * The measurements behind `npm run eval` and the corpus test: per-rule
 * precision and recall on the labelled corpus, attribution detection and
 * source coverage on FactAppeal, and recall and precision on a gold file
 * of quoted spans (newsdev).
 */
import {attributionRuleIds, ruleIds} from '../../src/rules/ids.js'
import type {CorpusFile} from './corpus.js'
import {
  isBarePronoun,
  personSourceTypes,
  sentenceLabel,
  type Example
} from './factappeal.js'
import {
  scoreGoldFile,
  summariseGold,
  type GoldFalseAlarm,
  type GoldFile,
  type GoldMiss,
  type GoldSummary
} from './gold.js'
import {
  addCounts,
  matchSpans,
  overlaps,
  scores,
  type Counts,
  type Scores
} from './metrics.js'
import {analyse, createProcessor, ruleOptions, type Finding} from './run.js'

export interface RuleRow extends Counts, Scores {
  ruleId: string
  /**
   * Whether the corpus is labelled for this rule (the default rules always
   * are; a policy rule is when any gold span uses it).  Precision of an
   * unlabelled rule means nothing.
   */
  labelled: boolean
}

export interface SpanError {
  file: string
  ruleId: string
  /** `missed` gold span or `spurious` prediction. */
  type: 'missed' | 'spurious'
  start: number | undefined
  end: number | undefined
  text: string
  /** The sentence-ish context around the span. */
  context: string
}

export interface CorpusReport {
  files: number
  paragraphs: number
  words: number
  rules: Array<RuleRow>
  /** Micro-average over the default rules. */
  total: RuleRow
  errors: Array<SpanError>
}

/**
 * Run the plugin (every rule on) over the corpus and score each rule.
 */
export async function evaluateCorpus(
  files: ReadonlyArray<CorpusFile>
): Promise<CorpusReport> {
  const processor = createProcessor(ruleOptions('all'))
  const counts = new Map<string, Counts>()
  const labelled = new Set<string>(attributionRuleIds)
  const errors: Array<SpanError> = []
  let paragraphs = 0
  let words = 0

  for (const file of files) {
    for (const span of file.gold) labelled.add(span.ruleId)
    paragraphs += file.text.split(/\n[ \t]*\n/).filter((d) => d.trim()).length
    words += file.text.split(/\s+/).filter(Boolean).length

    const {findings} = await analyse(processor, file.text)
    const ids = new Set([
      ...file.gold.map((d) => d.ruleId),
      ...findings.map((d) => d.ruleId)
    ])

    for (const ruleId of ids) {
      const gold = file.gold.filter((d) => d.ruleId === ruleId)
      const predicted = findings.filter((d) => d.ruleId === ruleId)
      const placed = predicted.filter(hasRange)
      const matching = matchSpans(gold, placed)
      let row = counts.get(ruleId)
      if (!row) {
        row = {gold: 0, predicted: 0, matched: 0}
        counts.set(ruleId, row)
      }

      addCounts(row, {
        gold: gold.length,
        predicted: predicted.length,
        matched: matching.pairs.length
      })

      for (const index of matching.unmatchedGold) {
        const span = gold[index]
        if (!span) continue
        errors.push({
          file: file.name,
          ruleId,
          type: 'missed',
          start: span.start,
          end: span.end,
          text: span.text,
          context: context(file.text, span.start, span.end)
        })
      }

      const spurious = [
        ...matching.unmatchedPredicted.map((index) => placed[index]),
        ...predicted.filter((d) => !hasRange(d))
      ]
      for (const finding of spurious) {
        if (!finding) continue
        errors.push({
          file: file.name,
          ruleId,
          type: 'spurious',
          start: finding.start,
          end: finding.end,
          text:
            finding.start === undefined || finding.end === undefined
              ? String(finding.actual ?? '')
              : file.text.slice(finding.start, finding.end),
          context:
            finding.start === undefined || finding.end === undefined
              ? ''
              : context(file.text, finding.start, finding.end)
        })
      }
    }
  }

  const order = [
    ...ruleIds,
    ...[...counts.keys()]
      .filter((id) => !(ruleIds as ReadonlyArray<string>).includes(id))
      .sort()
  ]
  const rules: Array<RuleRow> = []
  const total: Counts = {gold: 0, predicted: 0, matched: 0}

  for (const ruleId of order) {
    const row = counts.get(ruleId)
    const isDefault = (attributionRuleIds as ReadonlyArray<string>).includes(
      ruleId
    )
    if (!row && !isDefault) continue
    const value = row ?? {gold: 0, predicted: 0, matched: 0}
    if (isDefault) addCounts(total, value)
    const isLabelled = labelled.has(ruleId)
    rules.push({
      ruleId,
      labelled: isLabelled,
      ...value,
      ...(isLabelled
        ? scores(value)
        : {precision: null, recall: null, f1: null})
    })
  }

  return {
    files: files.length,
    paragraphs,
    words,
    rules,
    total: {
      ruleId: 'all default rules',
      labelled: true,
      ...total,
      ...scores(total)
    },
    errors
  }
}

export interface Ratio {
  count: number
  total: number
  share: number | null
}

export interface SourceCase {
  index: number
  sentence: string
  source: string
  type: string
  /** Rule ids of the messages overlapping the source. */
  ruleIds: Array<string>
}

export interface DetectionCase {
  index: number
  sentence: string
  expected: boolean
  attributions: number
}

export interface FactAppealReport {
  sentences: number
  unaligned: number
  detection: Counts & {
    truePositive: number
    falsePositive: number
    falseNegative: number
    trueNegative: number
    precision: number | null
    recall: number | null
    f1: number | null
  }
  /** Named sources that any message overlaps (false alarms). */
  namedFlagged: Ratio
  /** Unnamed person sources, bare pronouns excluded, that any message overlaps. */
  unnamedPersonFlagged: Ratio
  /** The same, counting only source rules (every rule but unattributed-claim). */
  unnamedPersonFlaggedBySourceRules: Ratio
  /** Unnamed person sources, pronouns included. */
  unnamedPersonWithPronounsFlagged: Ratio
  errors: {
    detection: Array<DetectionCase>
    namedFlagged: Array<SourceCase>
    unnamedMissed: Array<SourceCase>
  }
}

/**
 * Run the plugin (every rule on) sentence by sentence over FactAppeal.
 */
export async function evaluateFactAppeal(
  examples: ReadonlyArray<Example>
): Promise<FactAppealReport> {
  const processor = createProcessor(ruleOptions('all'))
  const detection = {tp: 0, fp: 0, fn: 0, tn: 0}
  const named = {count: 0, total: 0}
  const person = {count: 0, total: 0}
  const personStrict = {count: 0, total: 0}
  const personAll = {count: 0, total: 0}
  const errors: FactAppealReport['errors'] = {
    detection: [],
    namedFlagged: [],
    unnamedMissed: []
  }
  let unaligned = 0

  for (const example of examples) {
    if (!example.aligned) {
      unaligned++
      continue
    }

    const {findings, attributions} = await analyse(
      processor,
      example.sentence
    )
    const label = sentenceLabel(example)

    if (label !== 'unlabelled') {
      const expected = label === 'appeal'
      const found = attributions.length > 0
      if (expected && found) detection.tp++
      else if (expected) detection.fn++
      else if (found) detection.fp++
      else detection.tn++
      if (expected !== found) {
        errors.detection.push({
          index: example.index,
          sentence: example.sentence,
          expected,
          attributions: attributions.length
        })
      }
    }

    for (const tag of example.tags) {
      if (tag.name !== 'Source') continue
      const [naming, type = 'null'] = tag.modifiers
      const hits = findings.filter(
        (d) => hasRange(d) && overlaps(tag, {start: d.start, end: d.end})
      )
      const ids = [...new Set(hits.map((d) => d.ruleId))]
      const flagged = hits.length > 0
      const sourceCase: SourceCase = {
        index: example.index,
        sentence: example.sentence,
        source: tag.text,
        type,
        ruleIds: ids
      }

      if (naming === 'Named') {
        named.total++
        if (flagged) {
          named.count++
          errors.namedFlagged.push(sourceCase)
        }

        continue
      }

      if (naming !== 'Unnamed' || !personSourceTypes.has(type)) continue

      const strict = hits.some((d) => d.ruleId !== 'unattributed-claim')
      personAll.total++
      if (flagged) personAll.count++
      if (isBarePronoun(tag.text)) continue
      person.total++
      personStrict.total++
      if (flagged) person.count++
      if (strict) personStrict.count++
      else errors.unnamedMissed.push(sourceCase)
    }
  }

  const counts = {
    gold: detection.tp + detection.fn,
    predicted: detection.tp + detection.fp,
    matched: detection.tp
  }

  return {
    sentences: examples.length,
    unaligned,
    detection: {
      ...counts,
      truePositive: detection.tp,
      falsePositive: detection.fp,
      falseNegative: detection.fn,
      trueNegative: detection.tn,
      ...scores(counts)
    },
    namedFlagged: ratio(named),
    unnamedPersonFlagged: ratio(person),
    unnamedPersonFlaggedBySourceRules: ratio(personStrict),
    unnamedPersonWithPronounsFlagged: ratio(personAll),
    errors
  }
}

export interface GoldReport {
  /** Every file in the gold. */
  all: GoldSummary
  /** Each named part (for newsdev, half A and half B). */
  parts: Record<string, GoldSummary>
  errors: {misses: Array<GoldMiss>; falseAlarms: Array<GoldFalseAlarm>}
}

/** Which part a newsdev file is in, by its number: A is 000–037, B 038–075. */
export function newsdevHalf(name: string): string | undefined {
  const number = /^\d+/.exec(name)
  if (!number) return undefined
  const value = Number(number[0])
  return value <= 37 ? 'A' : value <= 75 ? 'B' : undefined
}

/**
 * Run the plugin with its default options (as the reference scorer does;
 * the gold labels only the default rules) over each file of a gold set and
 * score it, overall and per part.
 */
export async function evaluateGold(
  files: ReadonlyArray<GoldFile>,
  partOf: (name: string) => string | undefined = () => undefined
): Promise<GoldReport> {
  const processor = createProcessor()
  const scores = []

  for (const file of files) {
    const {findings} = await analyse(processor, file.text)
    scores.push(scoreGoldFile(file, findings, attributionRuleIds))
  }

  const names = [
    ...new Set(scores.flatMap((d) => partOf(d.file) ?? []))
  ].sort()
  const parts: Record<string, GoldSummary> = {}
  for (const name of names) {
    parts[name] = summariseGold(
      scores.filter((d) => partOf(d.file) === name),
      attributionRuleIds
    )
  }

  return {
    all: summariseGold(scores, attributionRuleIds),
    parts,
    errors: {
      misses: scores.flatMap((d) => d.misses),
      falseAlarms: scores.flatMap((d) => d.falseAlarms)
    }
  }
}

function ratio(value: {count: number; total: number}): Ratio {
  return {
    ...value,
    share: value.total === 0 ? null : value.count / value.total
  }
}

function hasRange(
  finding: Finding
): finding is Finding & {start: number; end: number} {
  return finding.start !== undefined && finding.end !== undefined
}

/** Up to 60 characters either side of a span, on one line. */
function context(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60)
  const to = Math.min(text.length, end + 60)
  return (
    (from > 0 ? '…' : '') +
    text.slice(from, start) +
    '[' +
    text.slice(start, end) +
    ']' +
    text.slice(end, to) +
    (to < text.length ? '…' : '')
  ).replace(/\s+/g, ' ')
}
