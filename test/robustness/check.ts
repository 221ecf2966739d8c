/**
 * Shared by the robustness tests: run the plugin the way users do, and
 * assert what must hold for any input, however strange — messages are the
 * plugin’s own and lie within the file, and every span on
 * `file.data.attributions` slices the text back exactly.
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextAttribution, {
  documentation,
  ruleIds,
  type Attribution,
  type Options,
  type Span
} from '../../src/index.js'

/** Every rule on, the policy rules included. */
export const everyRule: Options = {
  rules: Object.fromEntries(ruleIds.map((id) => [id, true]))
}

/** The configurations every robustness test runs under. */
export const configurations: ReadonlyArray<[string, Options | undefined]> = [
  ['defaults', undefined],
  ['every rule', everyRule],
  ['every rule, quotes checked', {...everyRule, checkQuotes: true}]
]

const parser = unified().use(retextEnglish).freeze()
const processors = new Map<Options | undefined, ReturnType<typeof build>>()

function build(options: Options | undefined) {
  return unified().use(retextEnglish).use(retextAttribution, options).freeze()
}

function processor(options: Options | undefined) {
  let result = processors.get(options)
  if (!result) {
    result = build(options)
    processors.set(options, result)
  }

  return result
}

/** Parse `text` with retext-english (no plugin). */
export function parse(text: string): Root {
  return parser.parse(text)
}

/** Run the plugin on an already parsed tree; checks the invariants. */
export async function runOn(
  tree: Root,
  text: string,
  options?: Options
): Promise<VFile> {
  const file = new VFile(text)
  await processor(options).run(tree, file)
  assertInvariants(file, text)
  return file
}

/** Parse and check `text`; checks the invariants. */
export async function check(text: string, options?: Options): Promise<VFile> {
  return runOn(parse(text), text, options)
}

const kinds = new Set(['anonymous', 'named', 'none', 'vague'])
const cueTypes = new Set([
  'according-to',
  'adverb',
  'citing',
  'impersonal',
  'passive',
  'verb'
])

/**
 * Throw (with a message saying what and where) unless every message and
 * attribution on `file` is well formed for `text`.
 */
export function assertInvariants(file: VFile, text: string): void {
  for (const message of file.messages) {
    const where = ' (message `' + message.reason + '`)'
    if (message.source !== 'retext-attribution') {
      throw new Error('Unexpected source `' + message.source + '`' + where)
    }

    if (!message.ruleId || !(ruleIds as ReadonlyArray<string>).includes(message.ruleId)) {
      throw new Error('Unexpected rule id `' + message.ruleId + '`' + where)
    }

    if (message.url !== documentation + message.ruleId) {
      throw new Error('Unexpected url `' + message.url + '`' + where)
    }

    const place = message.place
    if (!place || !('start' in place)) {
      throw new Error('Expected a place with a start and end' + where)
    }

    const start = place.start.offset
    const end = place.end.offset
    if (
      typeof start !== 'number' ||
      typeof end !== 'number' ||
      !(start >= 0 && start <= end && end <= text.length)
    ) {
      throw new Error(
        'Expected 0 ≤ start ≤ end ≤ ' +
          text.length +
          ', got ' +
          start +
          '–' +
          end +
          where
      )
    }

    if (typeof message.actual !== 'string') {
      throw new Error('Expected `actual` to be a string' + where)
    }
  }

  const attributions: ReadonlyArray<Attribution> | undefined =
    file.data.attributions
  if (!Array.isArray(attributions)) {
    throw new Error('Expected `file.data.attributions` to be an array')
  }

  for (const [index, attribution] of attributions.entries()) {
    const where = ' (attribution ' + index + ', cue `' + attribution.cue?.text + '`)'
    if (!kinds.has(attribution.kind)) {
      throw new Error('Unexpected kind `' + attribution.kind + '`' + where)
    }

    if (!cueTypes.has(attribution.cue.type)) {
      throw new Error('Unexpected cue type `' + attribution.cue.type + '`' + where)
    }

    assertSpan(attribution.cue, text, 'cue' + where)
    if (attribution.source) assertSpan(attribution.source, text, 'source' + where)
    if (attribution.marker) assertSpan(attribution.marker, text, 'marker' + where)
    if (attribution.reason) assertSpan(attribution.reason, text, 'reason' + where)
    if (attribution.relayedBy) {
      assertSpan(attribution.relayedBy, text, 'relayedBy' + where)
    }

    if (attribution.reference?.antecedent) {
      assertSpan(attribution.reference.antecedent, text, 'antecedent' + where)
    }

    const sentence = attribution.sentence
    if (
      !(
        sentence.start >= 0 &&
        sentence.start <= sentence.end &&
        sentence.end <= text.length
      )
    ) {
      throw new Error(
        'Expected the sentence within the file, got ' +
          sentence.start +
          '–' +
          sentence.end +
          where
      )
    }

    if (attribution.cue.start < sentence.start || attribution.cue.end > sentence.end) {
      throw new Error('Expected the cue inside its sentence' + where)
    }

    if (!Number.isInteger(attribution.paragraph) || attribution.paragraph < 0) {
      throw new Error('Unexpected paragraph `' + attribution.paragraph + '`' + where)
    }
  }
}

function assertSpan(span: Span, text: string, label: string): void {
  if (
    !(
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= text.length
    )
  ) {
    throw new Error(
      'Expected the ' + label + ' span within the file, got ' + span.start + '–' + span.end
    )
  }

  if (text.slice(span.start, span.end) !== span.text) {
    throw new Error(
      'Expected the ' +
        label +
        ' span to slice the text back: ' +
        JSON.stringify(text.slice(span.start, span.end)) +
        ' ≠ ' +
        JSON.stringify(span.text)
    )
  }
}

/** CPU milliseconds (user + system) spent by `callback`. */
export async function cpuTime(callback: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage()
  await callback()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}
