/**
 * Rule ids: a public, stable contract.  The four source rules are on by
 * default; `unattributed-claim` and the policy rules are switched on by
 * options or presets (see `../presets.ts`).
 */
export const defaultRuleIds = [
  'anonymous-source',
  'vague-source',
  'agentless-attribution',
  'unexplained-anonymity'
] as const

/**
 * The attribution rules: the default ones and `unattributed-claim`, which
 * is off by default because on real news most sentences with a figure are
 * the reporter’s own narration (see the README’s Evaluation section).
 * Labelled corpora label all five.
 */
export const attributionRuleIds = [
  ...defaultRuleIds,
  'unattributed-claim'
] as const

export const policyRuleIds = [
  'bare-source',
  'boilerplate-anonymity-reason',
  'anonymous-opinion',
  'anonymous-quote',
  'unverified-secondhand',
  'anonymous-density',
  'single-anonymous-source',
  'anonymous-lead'
] as const

export const ruleIds = [...attributionRuleIds, ...policyRuleIds] as const

export type RuleId = (typeof ruleIds)[number]
