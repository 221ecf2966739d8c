/**
 * Presets: rule settings named after a newsroom standard.  Explicit
 * `rules` options override them.
 *
 * Each preset says, per rule it switches on, which standard asks for it:
 * the data `docs/presets.md` and the README’s rules table are generated from (and checked
 * against, in `test/policy/readme.test.ts`).  Where standards conflict, the
 * presets follow the brief: NYT’s ban on rote anonymity reasons is NYT’s
 * alone; WSJ/Bloomberg-style “people familiar with the matter” is counted
 * (`anonymous-density`), not flagged one by one; “allegedly” in a legal
 * context is never flagged; Wikipedia accepts vague wording when its
 * reliable sources are vague, so it warns rather than errs.
 */
import type {RuleId} from './rules/ids.js'

export type PresetSeverity = 'error' | 'info' | 'off' | 'warning'

export interface Preset {
  /** What the preset is for, in a sentence. */
  description: string
  /** The standard it follows, as its owner names it. */
  standard: string
  /** Rule settings; rules not listed are off. */
  rules: Partial<Record<RuleId, PresetSeverity>>
  /** Why each listed rule has its setting, naming the standard. */
  rationale: Partial<Record<RuleId, string>>
}

const recommended: Preset = {
  description:
    'The four default rules: anonymous, vague and agentless sourcing and unexplained anonymity, as warnings.',
  standard: 'What AP, Reuters, NYT, BBC, NPR and Wikipedia agree on',
  rules: {
    'anonymous-source': 'warning',
    'vague-source': 'warning',
    'agentless-attribution': 'warning',
    'unexplained-anonymity': 'warning'
  },
  rationale: {
    'anonymous-source': 'Every standard: name the source; anonymity is the exception.',
    'vague-source': 'Every standard, and Wikipedia’s “words to watch”: say who, not “experts say”.',
    'agentless-attribution': 'Every standard: “it is believed”, “reportedly” hide the source.',
    'unexplained-anonymity': 'AP, NYT, NPR: tell readers why a source was granted anonymity.'
  }
}

const ap: Preset = {
  description:
    'AP: anonymous material must be information, not opinion or speculation, from a source described as precisely as possible, with the reason for anonymity in the story.',
  standard: 'AP Stylebook and Statement of News Values and Principles (anonymous sources)',
  rules: {
    'anonymous-source': 'warning',
    'vague-source': 'warning',
    'agentless-attribution': 'warning',
    'unexplained-anonymity': 'error',
    'bare-source': 'warning',
    'anonymous-opinion': 'error',
    'unverified-secondhand': 'warning',
    'single-anonymous-source': 'warning'
  },
  rationale: {
    'anonymous-source': 'AP: anonymous sources only when the material is not available on the record.',
    'vague-source': 'AP: attribute to specific people, not to unnamed groups.',
    'agentless-attribution': 'AP: say who says so; “allegedly” only for charges.',
    'unexplained-anonymity': 'AP: the story must explain why the source was granted anonymity (a requirement, so an error).',
    'bare-source': 'AP: “a source” unmodified is almost always prohibited; describe the source.',
    'anonymous-opinion': 'AP: anonymous material must be information, not opinion or speculation (a requirement, so an error).',
    'unverified-secondhand': 'AP: when relaying another outlet’s anonymous sourcing, say that AP could not confirm it.',
    'single-anonymous-source': 'AP: corroborate what one unnamed source says.'
  }
}

const nyt: Preset = {
  description:
    'The New York Times: anonymity is a last resort, with a real reason (not boilerplate), never for opinion or attacks, and rarely in direct quotation.',
  standard: 'The New York Times guidelines on confidential sources, standards memos of 2010 and 2016',
  rules: {
    'anonymous-source': 'warning',
    'vague-source': 'warning',
    'agentless-attribution': 'warning',
    'unexplained-anonymity': 'error',
    'boilerplate-anonymity-reason': 'warning',
    'anonymous-opinion': 'error',
    'anonymous-quote': 'warning'
  },
  rationale: {
    'anonymous-source': 'NYT: anonymous sources are a last resort.',
    'vague-source': 'NYT: tell readers who is speaking.',
    'agentless-attribution': 'NYT: say who says so.',
    'unexplained-anonymity': 'NYT: tell readers why the source insisted on anonymity (a requirement, so an error).',
    'boilerplate-anonymity-reason': 'NYT standards memo (2010): “not authorized to speak” and “sensitivity of the matter” inform nobody. AP and Reuters accept them, so only this preset flags them.',
    'anonymous-opinion': 'NYT: no anonymity for opinion, speculation or personal attacks (a requirement, so an error).',
    'anonymous-quote': 'NYT standards memo (2016): direct quotation of anonymous sources should be rare.'
  }
}

const reuters: Preset = {
  description:
    'Reuters: a story should not rest on unnamed sources — not in the lead, not on one source alone, not for most of its sourcing — and unnamed sources give facts, not opinion.',
  standard: 'Reuters Handbook of Journalism (sourcing)',
  rules: {
    'anonymous-source': 'warning',
    'vague-source': 'warning',
    'agentless-attribution': 'warning',
    'unexplained-anonymity': 'warning',
    'anonymous-opinion': 'warning',
    'anonymous-density': 'warning',
    'single-anonymous-source': 'warning',
    'anonymous-lead': 'warning'
  },
  rationale: {
    'anonymous-source': 'Reuters: name sources wherever possible.',
    'vague-source': 'Reuters: attribute to identifiable sources.',
    'agentless-attribution': 'Reuters: say who says so.',
    'unexplained-anonymity': 'Reuters: tell readers why a source is not named.',
    'anonymous-opinion': 'Reuters: unnamed sources for facts, not opinion.',
    'anonymous-density': 'Reuters: a story should not rest mostly on unnamed sources; counted per story because some houses (WSJ, Bloomberg) use “people familiar with the matter” as style.',
    'single-anonymous-source': 'Reuters: seek a second source for what one unnamed source says.',
    'anonymous-lead': 'Reuters: prefer on-the-record sourcing at the top of a story.'
  }
}

const wikipedia: Preset = {
  description:
    'Wikipedia: no weasel words or agentless claims (“words to watch”), and a citation for every contentious claim; journalistic anonymity rules do not apply.',
  standard: 'Wikipedia Manual of Style: Words to watch; Verifiability',
  rules: {
    'anonymous-source': 'info',
    'vague-source': 'warning',
    'agentless-attribution': 'warning',
    'unattributed-claim': 'warning'
  },
  rationale: {
    'anonymous-source': 'Wikipedia attributes unnamed sourcing to the publication that carried it (“according to The Times, citing officials”); information only.',
    'vague-source': 'Words to watch (unsupported attributions, {{who}}): a warning, not an error, because Wikipedia allows vague wording when the reliable sources are vague.',
    'agentless-attribution': 'Words to watch: “it is believed”, “is said to”, “reportedly” ({{by whom}}).',
    'unattributed-claim': 'Verifiability: a contentious claim needs a citation ({{citation needed}}); a warning, since a Wikipedia article cites everything.'
  }
}

export const presets = {
  recommended,
  ap,
  nyt,
  reuters,
  wikipedia
} satisfies Record<string, Preset>

export type PresetName = keyof typeof presets
