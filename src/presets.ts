/**
 * Presets: rule settings named after a newsroom standard.  Explicit
 * `rules` options override them.
 */
import type {RuleId} from './rules/ids.js'

export type PresetSeverity = 'error' | 'info' | 'off' | 'warning'

export interface Preset {
  /** What the preset is for, in a sentence. */
  description: string
  /** Rule settings; rules not listed are off. */
  rules: Partial<Record<RuleId, PresetSeverity>>
}

const recommended: Preset = {
  description:
    'The five default rules: anonymous, vague and agentless sourcing, unexplained anonymity (warnings) and unattributed claims (info).',
  rules: {
    'anonymous-source': 'warning',
    'vague-source': 'warning',
    'agentless-attribution': 'warning',
    'unexplained-anonymity': 'warning',
    'unattributed-claim': 'info'
  }
}

export const presets = {recommended} satisfies Record<string, Preset>

export type PresetName = keyof typeof presets
