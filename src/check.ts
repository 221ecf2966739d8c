/**
 * The plugin’s work on one tree: the analysis, `file.data.attributions`,
 * and each switched-on rule reporting on the analysis as messages.  The
 * plugin (`./index.ts`) runs all of it per file; the incremental checker
 * (`./incremental.ts`) builds the analysis from what it kept and runs only
 * `report`.
 *
 * No Node.js built-ins: this module runs in browsers too.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {analyze, type Analysis} from './analysis/analyze.js'
import type {Attribution, Span} from './types.js'
import {readerView, type ReaderView} from './reader.js'
import {compileLexicon, type CompiledLexicon} from './analysis/lexicon.js'
import {resolveOptions, words as toWords, type Options} from './options.js'
import {rules} from './rules/index.js'
import type {Report} from './rules/rule.js'
import type {RuleId} from './rules/ids.js'

/** Where each rule is documented. */
export const documentation = 'https://github.com/retext-attribution/retext-attribution/blob/main/docs/rules.md#'

export interface Check {
  /** The compiled rule data of these options. */
  lexicon: CompiledLexicon
  /** The whole check of a tree (what the plugin’s transformer does). */
  transform(tree: Root, file: VFile): undefined
  /**
   * Set `file.data.attributions` from `analysis` and report on it; `view`
   * when the analysis read the reader’s text rather than the source.
   */
  report(analysis: Analysis, file: VFile, view?: ReaderView | undefined): undefined
}

/** The check of the plugin with `options`. */
export function createCheck(options?: Options | null | undefined): Check {
  const settings = resolveOptions(options)
  const lexicon = compileLexicon(settings.lexicon)
  const active = [...settings.severities].flatMap(([id, severity]) => {
    const rule = rules[id]
    return rule ? [{rule, severity}] : []
  })

  return {lexicon, transform, report}

  function transform(tree: Root, file: VFile): undefined {
    // The analysis reads the words as a reader sees them (no markup or
    // character references); offsets come back to the source.
    const view = readerView(tree, String(file))

    try {
      report(analyze(tree, view ? view.value : String(file), {lexicon}), file, view)
    } finally {
      view?.restore()
    }
  }

  function report(analysis: Analysis, file: VFile, view?: ReaderView | undefined): undefined {
    file.data.attributions = analysis.findings.map((d) =>
      view ? toSource(d.attribution, view) : d.attribution
    )
    if (active.length === 0) return

    // Offsets become points only when there is something to report.
    let place: ReturnType<typeof location> | undefined
    // Messages are errors underneath; their stack traces say nothing about
    // the prose and cost more than the rest of the message.
    const stackTraceLimit = Error.stackTraceLimit
    Error.stackTraceLimit = 0

    try {
      for (const {rule, severity} of active) {
        rule.check({
          analysis,
          lexicon,
          options: settings,
          report(report) {
            place ??= location(file)
            emit(file, rule.id, severity, report, place, view)
          }
        })
      }
    } finally {
      Error.stackTraceLimit = stackTraceLimit
    }
  }

  function emit(
    file: VFile,
    ruleId: RuleId,
    severity: 'error' | 'info' | 'warning',
    report: Report,
    place: ReturnType<typeof location>,
    view: ReaderView | undefined
  ): void {
    if (allowed(report.actual)) return
    const start = place.toPoint(view ? view.toSource(report.start, 'start') : report.start)
    const end = place.toPoint(view ? view.toSource(report.end, 'end') : report.end)
    if (!start || !end) return
    const sentence = report.finding?.sentence
    const options = {
      ancestors: sentence ? [...sentence.ancestors, sentence.node] : undefined,
      place: {start, end},
      ruleId,
      source: 'retext-attribution'
    }
    const message =
      severity === 'info' || report.info
        ? file.info(report.reason, options)
        : file.message(report.reason, options)
    if (severity === 'error' && !report.info) message.fatal = true
    message.actual = report.actual
    message.expected = report.expected
    message.url = documentation + ruleId
    message.note = report.note
  }

  /** Whether the flagged text contains an allowed phrase (whole words). */
  function allowed(actual: string): boolean {
    if (settings.allow.length === 0) return false
    // Normalised as the allow list itself was (`words` in options.ts).
    const words = toWords(actual)

    return settings.allow.some((phrase) => {
      for (let index = 0; index + phrase.length <= words.length; index++) {
        if (phrase.every((word, offset) => words[index + offset] === word)) return true
      }

      return false
    })
  }
}

/** An attribution with its offsets in the source instead of the reader’s text. */
function toSource(attribution: Attribution, view: ReaderView): Attribution {
  const result: Attribution = {
    ...attribution,
    cue: span(attribution.cue),
    sentence: {
      start: view.toSource(attribution.sentence.start, 'start'),
      end: view.toSource(attribution.sentence.end, 'end')
    }
  }
  if (attribution.source) result.source = span(attribution.source)
  if (attribution.marker) result.marker = span(attribution.marker)
  if (attribution.reason) result.reason = span(attribution.reason)
  if (attribution.relayedBy) result.relayedBy = span(attribution.relayedBy)
  if (attribution.reference?.antecedent) {
    result.reference = {
      ...attribution.reference,
      antecedent: span(attribution.reference.antecedent)
    }
  }

  return result

  function span<T extends Span>(value: T): T {
    return {
      ...value,
      start: view.toSource(value.start, 'start'),
      end: view.toSource(value.end, 'end')
    }
  }
}
