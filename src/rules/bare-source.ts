/**
 * `bare-source`: “a source”, “sources said”, “a senior source” — an
 * anonymous source described by nothing but the word “source” (AP: “a
 * source” unmodified is almost always prohibited; describe the source as
 * precisely as their protection allows).
 */
import type {Finding} from '../analysis/analyze.js'
import type {CompiledLexicon} from '../analysis/lexicon.js'
import type {Token} from '../analysis/tokens.js'
import {wordClasses} from '../data/grammar.js'
import {tokenAt} from './content.js'
import {checked, code, type Rule} from './rule.js'

/** Words that describe nothing: articles, numbers, quantity. */
const empty = new Set<string>([
  ...wordClasses.determiner,
  ...wordClasses.number,
  ...wordClasses['#'],
  'any', 'other', 'few', 'more', 'additional', 'further', 'second', 'third',
  'source', 'sources'
])
/** Words after the phrase that tie the source to a place or body. */
const describing = new Set([
  'in', 'at', 'from', 'inside', 'within', 'close', 'familiar', 'with', 'on',
  'near', 'among', 'involved', 'briefed', 'knowledgeable', 'privy', 'aware',
  'for', 'of', 'connected', 'linked', 'allied', 'loyal', 'affiliated',
  'based', 'working', 'tracking', 'monitoring', 'who', 'whom', 'whose',
  'that'
])
/** After a describing preposition, words that start a time or manner adjunct instead. */
const adjunct = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'recent',
  'past', 'last', 'this', 'early', 'late', 'weekend', 'condition',
  'conditions', 'background', 'deep', 'private', 'record', 'phone',
  'telephone', 'reporters', 'journalists', 'anonymity', 'hand', 'time',
  'times', 'once'
])

export const bareSource: Rule = {
  id: 'bare-source',
  description: 'an anonymous source described by nothing but the word “source”',
  flagged: 'A senior source said the deal was close.',
  notFlagged: 'A source in the finance ministry said the deal was close.',
  check({analysis, lexicon, options, report}) {
    for (const finding of analysis.findings) {
      const {attribution} = finding
      if (attribution.kind !== 'anonymous' || attribution.head !== 'source') continue
      if (!attribution.source || !finding.introduction || finding.unresolved) continue
      if (!checked(finding, options) || !bare(finding, lexicon)) continue

      const source = attribution.source
      report({
        start: source.start,
        end: source.end,
        reason: 'Unexpected bare source ' + code(source.text) + ', say what kind of source this is',
        actual: source.text,
        note: 'A source is described, not just called one: give their affiliation and how they know (“an official in the finance ministry who attended the talks”), as precisely as their protection allows.',
        finding
      })
    }
  }
}

/** Whether the source phrase says nothing beyond “(a senior) source”. */
function bare(finding: Finding, lexicon: CompiledLexicon): boolean {
  const source = finding.attribution.source!
  const tokens = finding.sentence.tokens
  const inside: Array<Token> = []
  for (let index = tokenAt(tokens, source.start); index < tokens.length && tokens[index]!.end <= source.end; index++) {
    inside.push(tokens[index]!)
  }

  for (const token of inside) {
    if (token.kind !== 'word') continue
    const norm = token.norm
    if (empty.has(norm) || lexicon.ranks.has(norm)) continue
    return false
  }

  const last = inside.at(-1)
  return !describedAfter(tokens, last ? last.index + 1 : tokens.length, lexicon, finding)
}

/**
 * Whether the words after the phrase describe the source: “sources in the
 * ministry”, “a source who attended the talks”, “a source, a senior
 * diplomat,” — but not “a source on Monday” or “a source who asked not to
 * be named” (a marker says the source is unnamed, not who they are).
 */
function describedAfter(
  tokens: ReadonlyArray<Token>,
  index: number,
  lexicon: CompiledLexicon,
  finding: Finding
): boolean {
  let next = tokens[index]
  // The cue right after the source (“sources said”) ends it.
  if (next && next.start >= finding.attribution.cue.start && next.start < finding.attribution.cue.end) return false

  if (next?.text === ',') {
    // “a source, a senior diplomat,”: an appositive describes.
    const opener = tokens[index + 1]
    if (!opener || opener.kind !== 'word') return false
    if (opener.norm === 'a' || opener.norm === 'an' || opener.norm === 'the' || opener.norm === 'one') return true
    if (opener.norm !== 'who' && opener.norm !== 'whom') return false
    index++
    next = opener
  }

  if (!next || next.kind !== 'word' || !describing.has(next.norm)) return false

  const marker = finding.attribution.marker
  if (marker && marker.start >= next.start && marker.start - next.end < 40) {
    // “who asked not to be named”, “speaking on condition of anonymity”.
    let between = 0
    for (let at = index + 1; at < tokens.length && tokens[at]!.end <= marker.start && between <= 2; at++) {
      if (tokens[at]!.kind === 'word') between++
    }

    if (between <= 2) return false
  }

  // Enough words for a knowledge clause, a marker or a reason.
  const words = tokens.slice(index, index + 16).filter((d) => d.kind === 'word').map((d) => d.norm)
  if (lexicon.knowledge.matchAt(words, 0)) return true
  // “on condition of anonymity”, “in recent days”: an adjunct, no description.
  let after = words[1]
  if (after === 'the' || after === 'a') after = words[2]
  if (after === undefined || adjunct.has(after) || after === '#') return false
  if (next.norm === 'who' || next.norm === 'whom' || next.norm === 'whose' || next.norm === 'that') {
    // A relative clause describes unless it only marks or excuses the
    // anonymity (“who was not authorized to speak”).
    for (let at = 1; at <= 3; at++) {
      if (lexicon.markers.matchAt(words, at) || lexicon.reasons.matchAt(words, at)) return false
    }
  }

  return true
}
