/**
 * Agentless wording: “it is understood”, “is said to”.
 */
import {matches, tokenRange, type SentenceContext} from '../context.js'
import {trigger} from '../lexicon.js'

/** Agentless wording first: its participles (“is said to”) are not cues. */
export function impersonal(context: SentenceContext): void {
  const {words, used, lexicon} = context
  for (const match of matches(context, lexicon.impersonal, trigger.impersonal)) {
    const [from, to] = tokenRange(context, match)
    if (used[from]) continue
    if (words[match.end] === 'by') continue
    context.add('none', 'impersonal', from, to)
  }
}
