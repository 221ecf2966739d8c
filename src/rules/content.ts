/**
 * What an attribution attributes: the words of its sentence that carry the
 * attributed content, for the policy rules that judge content (opinion,
 * direct quotation) rather than the source phrase.
 */
import type {Analysis, Finding} from '../analysis/analyze.js'
import type {CompiledLexicon} from '../analysis/lexicon.js'
import type {PatternMatch, PatternSet} from '../analysis/patterns.js'
import {classify, isName, readLeft, type SourcePhrase} from '../analysis/source-phrase.js'
import type {Sentence, Token} from '../analysis/tokens.js'
import type {Span} from '../types.js'

/** Words after a parenthetical attribution that start a new clause. */
const clauseStarts = new Set([
  'and', 'but', 'or', 'nor', 'yet', 'so', 'while', 'whereas', 'although',
  'though', 'as', 'when', 'after', 'before', 'amid', 'since', 'because',
  'who', 'whom', 'which', 'speaking', 'on', 'adding', 'noting'
])
/** Words that may end a judgement (“was a disaster for …”). */
const phraseEnders = new Set([
  'and', 'or', 'but', 'nor', 'for', 'to', 'that', 'who', 'whom', 'which',
  'with', 'in', 'on', 'at', 'of', 'because', 'since', 'as', 'when', 'if',
  'than', 'by', 'from', 'after', 'before', 'while', 'said', 'says', 'told',
  'according', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'now',
  'then', 'again', 'too', 'already', 'yet', 'anyway', 'though', 'both',
  'all', 'even', 'really', 'there', 'here', 'this', 'these', 'those', 'his',
  'her', 'their', 'its', 'my', 'our', 'your', 'the', 'a', 'an', 'not',
  'officials', 'sources', 'people', 'one', 'over', 'about', 'under'
])
/** Words between a subject and its verb (“an aide also criticised”). */
const fillers = new Set([
  'also', 'privately', 'publicly', 'openly', 'repeatedly', 'reportedly',
  'later', 'earlier', 'then', 'once', 'even', 'recently', 'has', 'have',
  'had', 'separately', 'sharply', 'bluntly', 'quietly', 'frequently', 'often'
])
/** Words that open an adjunct after a cue (“said on Monday”, “said in a statement”). */
const adjunctStarts = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'late', 'early', 'earlier',
  'last', 'this', 'later', 'while', 'when', 'as', 'amid', 'following',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'recently', 'previously',
  'privately', 'publicly', 'separately', 'via', 'through', 'from', 'to',
  'under', 'by', 'over', 'speaking', 'who', 'adding', 'noting', 'citing',
  'of', 'about', 'with'
])
const be = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting'])
const appositiveOpeners = new Set(['who', 'a', 'an', 'the', 'one', 'speaking', 'like'])
const closingQuotes = new Set(['”', '»', '"', '’', "'"])

/** Determiners that make a description refer back (“the farmer said”). */
const definite = new Set(['the', 'this', 'that', 'these', 'those'])

/**
 * Whether a finding is an anonymous source the policy rules can be sure
 * of.  Left out: an appositive of a name (“Tim Heaphy, a former U.S.
 * attorney, said”: the attorney is named) and a spokesperson (who speaks
 * for an organisation the story names, if not in this sentence).
 */
export function surelyAnonymous(finding: Finding, lexicon: CompiledLexicon): boolean {
  const {attribution} = finding
  if (attribution.kind !== 'anonymous' || !attribution.source || finding.unresolved) return false
  const head = attribution.head
  if (head && lexicon.spokespersons.has(head)) return false
  return !namedBefore(finding, lexicon)
}

/**
 * A definite description with nothing to refer to (“the farmer said”):
 * in a whole story, usually someone named earlier, so not judged on its
 * words.
 */
export function definiteIntroduction(finding: Finding): boolean {
  const source = finding.attribution.source
  if (!source || !finding.introduction) return false
  return definite.has(source.text.split(/\s+/)[0]!.toLowerCase())
}

/** An ordinary person (“teachers”, “a neighbour”), not a source in the newsroom sense. */
export function ordinaryPerson(head: string | undefined, lexicon: CompiledLexicon): boolean {
  return head !== undefined && people(lexicon).has(head)
}

const peopleCache = new WeakMap<CompiledLexicon, ReadonlySet<string>>()

function people(lexicon: CompiledLexicon): ReadonlySet<string> {
  let set = peopleCache.get(lexicon)
  if (!set) {
    // “friend”, “relative” and “colleague” are sources too (“a friend of the
    // minister”); several-word entries share their last word with sources.
    const sources = new Set(lexicon.data.descriptors.map((d) => d.toLowerCase()))
    set = new Set(lexicon.data.people.map((d) => d.toLowerCase()).filter((d) => !d.includes(' ') && !sources.has(d)))
    peopleCache.set(lexicon, set)
  }

  return set
}

/** A name right before the source phrase, bare or with a comma (“Poirier, UNICEF’s regional director”). */
function namedBefore(finding: Finding, lexicon: CompiledLexicon): boolean {
  const source = finding.attribution.source!
  const tokens = finding.sentence.tokens
  const first = tokens.findIndex((d) => d.start >= source.start)
  let index = first - 1
  if (tokens[index]?.text === ',') {
    // An appositive opens with a determiner or a possessive (“Poirier,
    // UNICEF’s regional director”); “… João Neves, sources told” does not.
    const opener = tokens[first]?.norm ?? ''
    if (!appositiveStarts.has(opener) && !opener.endsWith("'s")) return false
    index--
  }

  const token = tokens[index]
  if (!token || token.index === 0 || !isName(token, lexicon, token.index)) return false
  // “In Riyadh, a diplomat said”: a place, not a person.
  let before = index - 1
  while (tokens[before] && isName(tokens[before]!, lexicon, before)) before--
  return !places.has(tokens[before]?.norm ?? '')
}

const appositiveStarts = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one'])

/** Prepositions before a capitalised word that make it a place or time. */
const places = new Set(['in', 'at', 'on', 'from', 'to', 'for', 'of', 'by', 'with', 'after', 'before', 'during', 'near', 'across', 'inside', 'outside', 'around', 'since', 'until'])

/** Findings grouped by sentence index. */
export function bySentence(analysis: Analysis): Map<number, Array<Finding>> {
  const map = new Map<number, Array<Finding>>()
  for (const finding of analysis.findings) {
    let list = map.get(finding.sentence.index)
    if (!list) {
      list = []
      map.set(finding.sentence.index, list)
    }

    list.push(finding)
  }

  return map
}

/** Offsets covering the cue and the source phrase of a finding. */
function anchor(finding: Finding): {start: number; end: number} {
  const {cue, source} = finding.attribution
  return {
    start: source ? Math.min(cue.start, source.start) : cue.start,
    end: source ? Math.max(cue.end, source.end) : cue.end
  }
}

/**
 * Indices (in `sentence.tokens`) of the tokens that carry what `finding`
 * attributes.  An attribution after its content (“…, an official said”,
 * “‘…,’ said an aide”) takes the words before it; one before its content
 * (“an official said …”, “according to an aide, …”) the words after it; a
 * parenthetical one (“the plan, an aide said, is doomed”) both.  Content
 * stops at the neighbouring attributions of the sentence, and never
 * includes a source phrase, a cue, an anonymity marker or a reason.
 */
export function contentTokens(finding: Finding, siblings: ReadonlyArray<Finding>): Set<number> {
  const sentence = finding.sentence
  const tokens = sentence.tokens
  const anchors = siblings.map((d) => anchor(d)).sort((a, b) => a.start - b.start)
  const own = anchor(finding)
  const previousEnd = Math.max(sentence.start, ...anchors.filter((d) => d.end <= own.start).map((d) => d.end))
  const nextStart = Math.min(sentence.end, ...anchors.filter((d) => d.start >= own.end).map((d) => d.start))

  const excluded: Array<Span> = []
  for (const sibling of siblings) {
    const {cue, source, marker, reason} = sibling.attribution
    excluded.push(cue)
    if (source) excluded.push(source)
    if (marker) excluded.push(marker)
    if (reason) excluded.push(reason)
  }

  const free = (token: Token) => !excluded.some((d) => token.start < d.end && d.start < token.end)
  const beforeWords = tokens.filter((d) => d.kind === 'word' && d.start >= previousEnd && d.end <= own.start && free(d))
  const afterTokens = tokens.filter((d) => d.start >= own.end && d.end <= nextStart && free(d))
  const afterWords = afterTokens.filter((d) => d.kind === 'word')
  const next = tokens.find((d) => d.start >= own.end)
  const told = /^tel|^told/i.test(finding.attribution.cue.text)
  // Forward unless there is a clause before and nothing but adjuncts
  // (“on Monday”, “in a statement”) or punctuation right after.
  // A quotation right before the attribution (“‘…,’ an aide said”) is
  // its content.
  const previous = [...tokens].reverse().find((d) => d.end <= own.start)
  const afterQuote = previous !== undefined && previous.kind !== 'word' && previous.quoted
  const forward =
    (beforeWords.length < 3 && !(afterQuote && beforeWords.length > 0)) ||
    afterWords.slice(0, 6).some((d) => d.norm === 'that') ||
    (!told && !afterQuote && next !== undefined && next.kind === 'word' && next.end <= nextStart && !adjunctStarts.has(next.norm))
  const parenthetical =
    !forward &&
    next?.text === ',' &&
    afterWords.length >= 2 &&
    !clauseStarts.has(afterWords[0]!.norm)

  const ranges: Array<[number, number]> = []
  if (!forward) ranges.push([previousEnd, own.start])
  if (forward || parenthetical) ranges.push([own.end, nextStart])

  const result = new Set<number>()
  for (const token of tokens) {
    if (!ranges.some(([start, end]) => token.start >= start && token.end <= end)) continue
    if (free(token)) result.add(token.index)
  }

  return result
}

/** Matches of `patterns` in `sentence` whose words all lie in `within`. */
export function matchesIn(
  patterns: PatternSet,
  sentence: Sentence,
  within: ReadonlySet<number>
): Array<PatternMatch> {
  return patterns.matchAll(sentence.words).filter((match) => {
    for (let index = match.start; index < match.end; index++) {
      if (!within.has(sentence.wordTokens[index]!.index)) return false
    }

    return true
  })
}

/**
 * Whether a match ends its phrase: the next word, if any, is a function
 * word or follows punctuation (“was a disaster.”, “was a disaster for”, not
 * “was a disaster relief fund”).
 */
export function endsPhrase(sentence: Sentence, match: PatternMatch): boolean {
  const last = sentence.wordTokens[match.end - 1]!
  const next = sentence.tokens[last.index + 1]
  if (!next || next.kind !== 'word') return true
  return phraseEnders.has(next.norm)
}

/** Offsets and text of the words `[start, end)` of a match. */
export function matchSpan(sentence: Sentence, match: PatternMatch, value?: string): Span {
  const first = sentence.wordTokens[match.start]!
  const last = sentence.wordTokens[match.end - 1]!
  return {start: first.start, end: last.end, text: value ?? text(sentence, first.index, last.index + 1)}
}

/** Text of tokens `[from, to)`, spaced as written. */
export function text(sentence: Sentence, from: number, to: number): string {
  let result = ''
  for (let index = from; index < to; index++) {
    const token = sentence.tokens[index]!
    if (index > from && token.start > sentence.tokens[index - 1]!.end) result += ' '
    result += token.text
  }

  return result
}

/** Quoted word tokens of a sentence that are no part of a quote mark. */
export function quotedWords(sentence: Sentence): Array<Token> {
  return sentence.tokens.filter((d) => d.quoted && d.kind === 'word')
}

/** Whether a token is a closing quotation mark. */
export function isClosingQuote(token: Token | undefined): boolean {
  return token !== undefined && token.kind !== 'word' && closingQuotes.has(token.text)
}

/**
 * The subject of the verb at token `verb`: the phrase right before it
 * (“an aide criticised”), past an appositive (“an aide, who spoke on
 * condition of anonymity, criticised”).  `undefined` for a passive
 * (“was criticised”) or when there is no phrase.
 */
export function subjectOf(
  sentence: Sentence,
  verb: number,
  lexicon: CompiledLexicon
): SourcePhrase | undefined {
  const tokens = sentence.tokens
  let left = verb - 1
  while (left >= 0 && tokens[left]!.kind === 'word' && fillers.has(tokens[left]!.norm)) left--
  const before = tokens[left]
  if (!before) return undefined
  if (before.kind === 'word') {
    if (be.has(before.norm)) return undefined
    const start = readLeft(sentence, left + 1)
    return start <= left ? classify(sentence, start, left + 1, lexicon) : undefined
  }

  if (before.text !== ',') return undefined
  for (let index = left - 1; index >= 0 && index > left - 30; index--) {
    const token = tokens[index]!
    if (token.text === ',') {
      const opener = tokens[index + 1]
      if (!opener || !appositiveOpeners.has(opener.norm)) return undefined
      const start = readLeft(sentence, index)
      return start < index ? classify(sentence, start, index, lexicon) : undefined
    }

    if (token.kind !== 'word' && token.text !== '-') return undefined
  }

  return undefined
}

/**
 * The kind of the source a subject phrase stands for: a definite
 * description takes the kind of the latest earlier attribution with the
 * same head (“the aide criticised …” after “a senior aide said”).
 * Pronouns are not resolved here: the caller leaves them alone.
 */
export function subjectKind(
  phrase: SourcePhrase,
  sentence: Sentence,
  analysis: Analysis
): Finding['attribution']['kind'] | undefined {
  if (!phrase.reference) return phrase.kind
  if (phrase.reference !== 'definite') return undefined
  const start = sentence.tokens[phrase.spanStart]!.start
  const antecedent = analysis.findings.findLast(
    (d) => d.attribution.source && d.attribution.source.start < start && d.attribution.head === phrase.head && !d.unresolved
  )
  return antecedent?.attribution.kind
}
