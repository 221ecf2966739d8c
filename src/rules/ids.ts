/**
 * Rule ids: a public, stable contract.  The first five are on by default;
 * the policy rules are switched on by presets (see `../presets.ts`).
 */
export const defaultRuleIds = [
  'anonymous-source',
  'vague-source',
  'agentless-attribution',
  'unexplained-anonymity',
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

export const ruleIds = [...defaultRuleIds, ...policyRuleIds] as const

export type RuleId = (typeof ruleIds)[number]
