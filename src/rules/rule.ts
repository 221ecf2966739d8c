/**
 * What a rule is: a named check over the attribution analysis.  Rules read
 * `Analysis`; they never walk the tree or parse again.
 */
import type {Analysis, Finding} from '../analysis/analyze.js'
import type {CompiledLexicon} from '../analysis/lexicon.js'
import type {ResolvedOptions} from '../options.js'
import type {RuleId} from './ids.js'

export interface Report {
  /** Offsets of the flagged stretch. */
  start: number
  end: number
  /** Reason, in the “Unexpected …” form, code in backticks. */
  reason: string
  /** The flagged text. */
  actual: string
  /** What an editor should do. */
  note: string
  /** Real rewrites only. */
  expected?: Array<string>
  /** Low confidence: report as information whatever the severity. */
  info?: boolean
  /** The finding reported, for the message’s ancestors. */
  finding?: Finding
}

export interface RuleContext {
  analysis: Analysis
  lexicon: CompiledLexicon
  options: ResolvedOptions
  report(report: Report): void
}

export interface Rule {
  id: RuleId
  /** What the rule flags, in a sentence (README rules table). */
  description: string
  /** An example the rule flags (README rules table). */
  flagged: string
  /** A near miss it leaves alone (README rules table). */
  notFlagged: string
  check(context: RuleContext): void
}

/**
 * Whether a finding is checked: cues inside a direct quotation belong to the
 * quoted speaker, who is attributed, unless `checkQuotes` is on.
 */
export function checked(finding: Finding, options: ResolvedOptions): boolean {
  return options.checkQuotes || !finding.attribution.quoted
}

/** “`text`” for reasons, with backticks in the text made harmless. */
export function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return '`' + (flat.length > 80 ? flat.slice(0, 77) + '…' : flat).replace(/`/g, "'") + '`'
}
