/**
 * `unattributed-claim`: a sentence making a checkable, consequential claim
 * (figures, records, allegations, forecasts) with no attribution in scope
 * (Wikipedia: {{citation needed}}).  Reported as information: whether a
 * claim needs a source is the editor’s call.
 */
import {trigger} from '../analysis/lexicon.js'
import type {Sentence} from '../analysis/tokens.js'
import {code, type Rule} from './rule.js'

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  description: 'a consequential claim (figures, records, allegations, forecasts) with no attribution in scope',
  flagged: 'The bridge will cost the city $2.3 billion by 2030.',
  notFlagged: 'The meeting began at noon.',
  check({analysis, lexicon, report}) {
    const attributed = new Set<number>()
    const paragraphs = new Set<number>()
    for (const finding of analysis.findings) {
      attributed.add(finding.sentence.index)
      paragraphs.add(finding.sentence.paragraph)
    }

    const {sentences} = analysis

    for (const sentence of sentences) {
      if (attributed.has(sentence.index)) continue
      // Only sentences with a word that can start a claim are read.
      if ((sentence.triggers & trigger.claim) === 0) continue

      // Words first: the scope check reads tokens, which most sentences
      // never need built.
      const words = sentence.words
      const claim =
        lexicon.figures.matchAll(words)[0] ??
        lexicon.claims.matchAll(words)[0] ??
        // An allegation in a charge, plea or verdict is on the court’s
        // record.
        (words.some((d) => lexicon.legalProcess.has(d)) ? undefined : lexicon.allegations.matchAll(words)[0])
      if (!claim) continue
      if (inScope(sentence, sentences, attributed, paragraphs)) continue

      const text = sentenceText(sentence)
      if (text.endsWith('?')) continue

      report({
        start: sentence.start,
        end: sentence.end,
        reason: 'Unexpected unattributed claim ' + code(text) + ', say who says so',
        actual: text,
        note: 'Attribute the figure or claim in the same sentence (“according to the city’s budget office”), or link the document it comes from.'
      })
    }
  }
}

/**
 * A sentence is attributed by its paragraph when it continues a quotation
 * or follows an attribution that introduces it (“She said:”).
 */
function inScope(
  sentence: Sentence,
  sentences: ReadonlyArray<Sentence>,
  attributed: ReadonlySet<number>,
  paragraphs: ReadonlySet<number>
): boolean {
  if (!paragraphs.has(sentence.paragraph)) return false
  let quotedWords = 0
  let allWords = 0
  for (const token of sentence.tokens) {
    if (token.kind !== 'word') continue
    allWords++
    if (token.quoted) quotedWords++
  }

  // Mostly quoted, in a paragraph that attributes its quotes.
  if (allWords > 0 && quotedWords * 2 >= allWords) return true

  const previous = sentences[sentence.index - 1]
  if (
    previous &&
    previous.paragraph === sentence.paragraph &&
    attributed.has(previous.index) &&
    previous.tokens.at(-1)?.text === ':'
  ) {
    return true
  }

  return false
}

/** The sentence as written: the flagged text is exactly what is at its place. */
function sentenceText(sentence: Sentence): string {
  return sentence.value.slice(sentence.start, sentence.end)
}
