/**
 * Every rule, by id.  Order is report order within a position.
 */
import {agentlessAttribution} from './agentless-attribution.js'
import {anonymousDensity} from './anonymous-density.js'
import {anonymousLead} from './anonymous-lead.js'
import {anonymousOpinion} from './anonymous-opinion.js'
import {anonymousQuote} from './anonymous-quote.js'
import {anonymousSource} from './anonymous-source.js'
import {bareSource} from './bare-source.js'
import {boilerplateAnonymityReason} from './boilerplate-anonymity-reason.js'
import type {RuleId} from './ids.js'
import type {Rule} from './rule.js'
import {singleAnonymousSource} from './single-anonymous-source.js'
import {unattributedClaim} from './unattributed-claim.js'
import {unexplainedAnonymity} from './unexplained-anonymity.js'
import {unverifiedSecondhand} from './unverified-secondhand.js'
import {vagueSource} from './vague-source.js'

export const rules: Record<RuleId, Rule> = {
  'anonymous-source': anonymousSource,
  'vague-source': vagueSource,
  'agentless-attribution': agentlessAttribution,
  'unexplained-anonymity': unexplainedAnonymity,
  'unattributed-claim': unattributedClaim,
  'bare-source': bareSource,
  'boilerplate-anonymity-reason': boilerplateAnonymityReason,
  'anonymous-opinion': anonymousOpinion,
  'anonymous-quote': anonymousQuote,
  'unverified-secondhand': unverifiedSecondhand,
  'anonymous-density': anonymousDensity,
  'single-anonymous-source': singleAnonymousSource,
  'anonymous-lead': anonymousLead
}
