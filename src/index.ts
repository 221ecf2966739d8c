/**
 * retext-attribution: check who says so.
 *
 * The plugin runs the attribution analysis once per file, puts its result
 * on `file.data.attributions`, and lets each switched-on rule report on it.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {analyze} from './analysis/analyze.js'
import type {Attribution, Span} from './types.js'
import {readerView, type ReaderView} from './reader.js'
import {compileLexicon} from './analysis/lexicon.js'
import {resolveOptions, words as toWords, type Options} from './options.js'
import {rules} from './rules/index.js'
import type {Report} from './rules/rule.js'
import type {RuleId} from './rules/ids.js'

export type {
  Attribution,
  CueType,
  Reference,
  SourceKind,
  Span
} from './types.js'
export type {
  Lexicon,
  Options,
  PresetName,
  RuleId,
  RuleSetting,
  Severity,
  Thresholds
} from './options.js'
export {
  attributionRuleIds,
  defaultRuleIds,
  policyRuleIds,
  ruleIds
} from './rules/ids.js'
export {presets} from './presets.js'
export {defaultLexicon} from './data/index.js'

/** Where each rule is documented. */
export const documentation = 'https://github.com/retext-attribution/retext-attribution#'

/** What a rule flags, an example it flags and a near miss it leaves alone. */
export interface RuleDescription {
  description: string
  flagged: string
  notFlagged: string
}

/** Each rule’s description (for reporters such as SARIF, and for docs). */
export const ruleDescriptions: Readonly<Record<RuleId, RuleDescription>> =
  Object.fromEntries(
    Object.values(rules).map((rule) => [
      rule.id,
      {
        description: rule.description,
        flagged: rule.flagged,
        notFlagged: rule.notFlagged
      }
    ])
  ) as Record<RuleId, RuleDescription>

/**
 * Check attribution in English prose: anonymous, vague and agentless
 * sources, unexplained anonymity, unattributed claims, and (with a preset)
 * newsroom policies.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function retextAttribution(
  options?: Options | null | undefined
): (tree: Root, file: VFile) => undefined {
  const settings = resolveOptions(options)
  const lexicon = compileLexicon(settings.lexicon)
  const active = [...settings.severities].flatMap(([id, severity]) => {
    const rule = rules[id]
    return rule ? [{rule, severity}] : []
  })

  return function (tree, file) {
    assertNlcst(tree)

    // The analysis reads the words as a reader sees them (no markup or
    // character references); offsets come back to the source.
    const view = readerView(tree, String(file))

    try {
      const analysis = analyze(tree, view ? view.value : String(file), {lexicon})
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
    } finally {
      view?.restore()
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

/**
 * Refuse a tree that is not natural language (nlcst): a Markdown or HTML
 * tree handed over as is would be checked as if it had no prose, and
 * nothing would be found.
 */
function assertNlcst(tree: unknown): asserts tree is Root {
  const type =
    tree && typeof tree === 'object' && 'type' in tree ? (tree as {type: unknown}).type : undefined
  if (type === 'RootNode') return

  let got: string
  if (type === 'root') {
    const children = (tree as {children?: unknown}).children
    const kinds = Array.isArray(children)
      ? children.map((d: unknown) =>
          d && typeof d === 'object' ? (d as {type?: unknown}).type : undefined
        )
      : []
    got = kinds.some((d) => d === 'element' || d === 'doctype')
      ? 'a hast tree (HTML, `root` of `element`s)'
      : 'an mdast tree (Markdown, `root`)'
  } else {
    got =
      typeof type === 'string'
        ? 'a tree of type `' + type + '`'
        : 'no tree (`' + (tree === null ? 'null' : typeof tree) + '`)'
  }

  throw new TypeError(
    'retext-attribution checks natural language (an nlcst `RootNode`, as retext-english makes) but got ' +
      got +
      ': put `remark-retext` or `rehype-retext` before it to turn Markdown or HTML into nlcst, or use `retext-attribution-processor`, which checks text, Markdown, MDX and HTML'
  )
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
