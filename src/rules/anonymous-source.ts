/**
 * `anonymous-source`: a specific but unnamed person or group cited as a
 * source (AP, Reuters, NYT: name the source; anonymity is the exception).
 */
import {checked, code, type Rule} from './rule.js'

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  description: 'a specific but unnamed person or group cited as a source',
  flagged: 'citing a senior defense official who was not named',
  notFlagged: 'said Lena Ortiz, the county’s chief election officer',
  check({analysis, options, report}) {
    for (const finding of analysis.findings) {
      const {attribution} = finding
      if (attribution.kind !== 'anonymous' || !attribution.source) continue
      if (!checked(finding, options)) continue
      // A pronoun that refers back to a source already flagged adds nothing;
      // a definite description (“the aide added”) is flagged, as editors do.
      if (attribution.reference?.type === 'pronoun' && !finding.unresolved) continue

      const source = attribution.source
      const who = attribution.head ?? 'source'
      report({
        start: source.start,
        end: source.end,
        reason: finding.unresolved
          ? 'Unexpected unidentified source ' + code(source.text) + ', the text never says who this is'
          : 'Unexpected anonymous source ' + code(source.text) + ', name the ' + who + ' or say why anonymity was granted',
        actual: source.text,
        note: finding.unresolved
          ? 'Introduce the speaker by name before “' + source.text + '” refers to them.'
          : 'Name the ' + who + ', or describe them as precisely as their protection allows (affiliation, how they know) and say in the story why anonymity was granted.',
        info: finding.unresolved,
        finding
      })
    }
  }
}
