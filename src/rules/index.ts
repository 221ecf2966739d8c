/**
 * Every rule, by id.  Order is report order within a position.
 */
import {agentlessAttribution} from './agentless-attribution.js'
import {anonymousSource} from './anonymous-source.js'
import type {RuleId} from './ids.js'
import type {Rule} from './rule.js'
import {unattributedClaim} from './unattributed-claim.js'
import {unexplainedAnonymity} from './unexplained-anonymity.js'
import {vagueSource} from './vague-source.js'

export const rules: Partial<Record<RuleId, Rule>> = {
  'anonymous-source': anonymousSource,
  'vague-source': vagueSource,
  'agentless-attribution': agentlessAttribution,
  'unexplained-anonymity': unexplainedAnonymity,
  'unattributed-claim': unattributedClaim
}
