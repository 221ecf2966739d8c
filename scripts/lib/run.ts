/**
 * Run the plugin over a text and collect its findings as plain offsets, for
 * the evaluation and the corpus tests.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import retextAttribution from '../../src/index.js'
import type {Options} from '../../src/options.js'
import {attributionRuleIds, ruleIds, type RuleId} from '../../src/rules/ids.js'
import type {Attribution} from '../../src/types.js'

export interface Finding {
  ruleId: string
  /** Offsets into the text; `undefined` for a message without a place. */
  start: number | undefined
  end: number | undefined
  actual: string | undefined
  message: VFileMessage
}

export interface Result {
  findings: Array<Finding>
  attributions: Array<Attribution>
}

/** Which rules to switch on. */
export type RuleSelection = 'all' | 'default'

/** Options that switch on the default rules, or every rule. */
export function ruleOptions(selection: RuleSelection): Options {
  const ids: ReadonlyArray<RuleId> =
    selection === 'all' ? ruleIds : attributionRuleIds
  const rules: Partial<Record<RuleId, boolean>> = {}
  for (const id of ruleIds) rules[id] = ids.includes(id)
  return {rules}
}

/** A retext processor with the plugin; parse and run only, no stringify. */
export function createProcessor(options?: Options) {
  return unified().use(retextEnglish).use(retextAttribution, options)
}

export type AttributionProcessor = ReturnType<typeof createProcessor>

/** Run `processor` over `text` and return its findings, in document order. */
export async function analyse(
  processor: AttributionProcessor,
  text: string
): Promise<Result> {
  const file = new VFile({value: text})
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const place = location(file)

  const findings = file.messages.map((message): Finding => {
    const range = offsets(message, place)
    return {
      ruleId: message.ruleId ?? '',
      start: range?.start,
      end: range?.end,
      actual: message.actual,
      message
    }
  })

  findings.sort(
    (a, b) =>
      (a.start ?? -1) - (b.start ?? -1) || a.ruleId.localeCompare(b.ruleId)
  )

  return {findings, attributions: file.data.attributions ?? []}
}

/** Offsets of a message’s place, from node offsets or from line/column. */
function offsets(
  message: VFileMessage,
  place: ReturnType<typeof location>
): {start: number; end: number} | undefined {
  const value = message.place
  if (!value) return undefined

  if ('start' in value) {
    const start = value.start.offset ?? place.toOffset(value.start)
    const end = value.end.offset ?? place.toOffset(value.end)
    if (start === undefined || end === undefined) return undefined
    return {start, end}
  }

  const point = value.offset ?? place.toOffset(value)
  return point === undefined ? undefined : {start: point, end: point}
}
