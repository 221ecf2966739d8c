/**
 * `anonymous-source`: a specific but unnamed person or group cited as a
 * source (AP, Reuters, NYT: name the source; anonymity is the exception).
 */
import type {Finding} from '../analysis/analyze.js'
import {checked, code, type Rule} from './rule.js'

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  description: 'a specific but unnamed person or group cited as a source',
  flagged: 'citing a senior defense official who was not named',
  notFlagged: 'said Lena Ortiz, the county’s chief election officer',
  check({analysis, options, report}) {
    // A source is reported once, at its first mention: later statements
    // that rest on it (“the official added”, a second cue on the same
    // phrase) are counted into that message instead.
    const statements = new Map<number, number>()
    // Each mention’s first mention, through chains (“a source … he … the
    // source”), by offset.
    const firstMention = new Map<number, number>()
    const first: Array<[Finding, number]> = []
    for (const finding of analysis.findings) {
      const {attribution} = finding
      if (attribution.kind !== 'anonymous' || !attribution.source) continue
      const antecedent = attribution.reference?.antecedent?.start
      const key = antecedent === undefined ? attribution.source.start : (firstMention.get(antecedent) ?? antecedent)
      firstMention.set(attribution.source.start, key)
      if (!checked(finding, options)) continue
      // A pronoun that refers back to a source already flagged adds nothing.
      if (attribution.reference?.type === 'pronoun' && !finding.unresolved) continue
      const count = statements.get(key)
      statements.set(key, (count ?? 0) + 1)
      if (count === undefined) first.push([finding, key])
    }

    for (const [finding, key] of first) {
      const {attribution} = finding
      const source = attribution.source!
      const who = attribution.head ?? 'source'
      const count = statements.get(key)!
      const resting = count > 1 ? ' (' + count + ' statements rest on it)' : ''
      report({
        start: source.start,
        end: source.end,
        reason: finding.unresolved
          ? 'Unexpected unidentified source ' + code(source.text) + ', the text never says who this is'
          : 'Unexpected anonymous source ' + code(source.text) + resting + ', name the ' + who + (attribution.reason ? '' : ' or say why anonymity was granted'),
        actual: source.text,
        note: finding.unresolved
          ? 'Introduce the speaker by name before “' + source.text + '” refers to them.'
          : 'Name the ' + who + ', or describe them as precisely as their protection allows (affiliation, how they know)' + (attribution.reason ? '.' : ' and say in the story why anonymity was granted.'),
        info: finding.unresolved,
        finding
      })
    }
  }
}
