/**
 * `anonymous-quote`: a direct quotation from an unnamed speaker (NYT, 2016:
 * direct quotes from anonymous sources should be rare; paraphrase, or name
 * the speaker).
 */
import {Contents, definiteIntroduction, surelyAnonymous} from './content.js'
import type {Token} from '../analysis/tokens.js'
import {checked, code, type Rule} from './rule.js'

/** Small words that stay lower case in titles. */
const titleWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from'])

export const anonymousQuote: Rule = {
  id: 'anonymous-quote',
  description: 'a direct quotation from an unnamed speaker',
  flagged: '“We are not going to blink,” a senior official said.',
  notFlagged: 'A senior official said the administration would not back down.',
  check({analysis, lexicon, options, report}) {
    const contents = new Contents(analysis)

    for (const finding of analysis.findings) {
      const {attribution} = finding
      if (!attribution.direct || !surelyAnonymous(finding, lexicon) || definiteIntroduction(finding)) continue
      if (!checked(finding, options)) continue
      // Pronouns are resolved less surely than noun phrases: “she said”
      // after a named speaker must never be flagged.
      if (attribution.reference?.type === 'pronoun') continue

      // The quotation must be this source’s: “‘…,’ Ortiz said, while an aide
      // said …” quotes Ortiz, not the aide.
      const content = contents.of(finding)
      // “Francis said, ‘…,’ according to participants”: the words are a
      // named speaker’s, relayed.
      const named = contents.namedContent(finding.sentence)
      const quoted: Array<Token> = []
      for (const index of content) {
        const token = finding.sentence.tokens[index]!
        if (token.quoted && token.kind === 'word' && !named.has(index)) quoted.push(token)
      }

      // A title or name in quotation marks (“the ‘Freedom to Build Act’”)
      // is no quotation of the source.
      if (!quoted.some((d) => !d.cap && !titleWords.has(d.norm))) continue

      const source = attribution.source!
      report({
        start: source.start,
        end: source.end,
        reason: 'Unexpected direct quotation from anonymous source ' + code(source.text) + ', paraphrase it or name the speaker',
        actual: source.text,
        note: 'NYT standards (2016): quote unnamed sources directly only in rare cases; readers cannot weigh words whose speaker they do not know. Paraphrase the information, or name the speaker.',
        finding
      })
    }
  }
}
