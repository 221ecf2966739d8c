/**
 * retext-attribution: check who says so.
 *
 * The plugin runs the attribution analysis once per file, puts its result
 * on `file.data.attributions`, and lets each switched-on rule report on it.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {createCheck} from './check.js'
import type {Options} from './options.js'

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

export {documentation} from './check.js'

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
  return createCheck(options).transform
}
