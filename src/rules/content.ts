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
  const first = tokenAt(tokens, source.start)
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

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: ReadonlyArray<Token>, offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (tokens[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return low
}

/** Index of the first word (in `sentence.words`) of the token starting at `offset`, or `-1`. */
export function wordAt(sentence: Sentence, offset: number): number {
  const words = sentence.wordTokens
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (words[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return words[low]?.start === offset ? low : -1
}

/** Index of the last value `<= limit` in sorted `values`, or `-1`. */
function lastAtMost(values: ReadonlyArray<number>, limit: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! <= limit) low = middle + 1
    else high = middle
  }

  return low - 1
}

/** Index of the first value `>= limit` in sorted `values` (`values.length` when none). */
function firstAtLeast(values: ReadonlyArray<number>, limit: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! < limit) low = middle + 1
    else high = middle
  }

  return low
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
 * The attributed content of every finding of an analysis, worked out once
 * per sentence and cached, so that a sentence with very many attributions
 * costs no more than its length times their number.
 */
export class Contents {
  private readonly bySentence = new Map<number, Array<Finding>>()
  private readonly excluded = new Map<number, Uint8Array>()
  private readonly anchorCache = new Map<number, {starts: Array<number>; ends: Array<number>}>()
  private readonly cache = new Map<Finding, Set<number>>()
  private readonly named = new Map<number, Set<number>>()
  private readonly matches = new Map<PatternSet, Map<number, ReadonlyArray<PatternMatch>>>()

  constructor(analysis: Analysis) {
    for (const finding of analysis.findings) {
      let list = this.bySentence.get(finding.sentence.index)
      if (!list) {
        list = []
        this.bySentence.set(finding.sentence.index, list)
      }

      list.push(finding)
    }
  }

  /** The findings of a sentence, in order. */
  siblings(sentence: Sentence): ReadonlyArray<Finding> {
    return this.bySentence.get(sentence.index) ?? []
  }

  /**
   * Indices (in `sentence.tokens`) of the tokens that carry what `finding`
   * attributes.  An attribution after its content (“…, an official said”,
   * “‘…,’ said an aide”) takes the words before it; one before its content
   * (“an official said …”, “according to an aide, …”) the words after it;
   * a parenthetical one (“the plan, an aide said, is doomed”) both.
   * Content stops at the neighbouring attributions of the sentence, and
   * never includes a source phrase, a cue, an anonymity marker or a
   * reason.
   */
  of(finding: Finding): Set<number> {
    let result = this.cache.get(finding)
    if (!result) {
      result = this.compute(finding)
      this.cache.set(finding, result)
    }

    return result
  }

  /** Tokens in the content of a named attribution of the sentence. */
  namedContent(sentence: Sentence): Set<number> {
    let result = this.named.get(sentence.index)
    if (!result) {
      result = new Set()
      for (const sibling of this.siblings(sentence)) {
        if (sibling.attribution.kind !== 'named' || !sibling.attribution.source) continue
        for (const index of this.of(sibling)) result.add(index)
      }

      this.named.set(sentence.index, result)
    }

    return result
  }

  /** Matches of `patterns` in `sentence` whose words all lie in the content of `finding`. */
  matchesIn(patterns: PatternSet, finding: Finding): Array<PatternMatch> {
    const sentence = finding.sentence
    let bySentence = this.matches.get(patterns)
    if (!bySentence) {
      bySentence = new Map()
      this.matches.set(patterns, bySentence)
    }

    let all = bySentence.get(sentence.index)
    if (!all) {
      all = patterns.matchAll(sentence.words)
      bySentence.set(sentence.index, all)
    }

    const within = this.of(finding)
    if (within.size === 0) return []
    // Content is one or two runs of tokens: look only at matches starting
    // between its first and last token.
    let first = Infinity
    let last = -1
    for (const index of within) {
      if (index < first) first = index
      if (index > last) last = index
    }

    const words = sentence.wordTokens
    let low = 0
    let high = all.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (words[all[middle]!.start]!.index < first) low = middle + 1
      else high = middle
    }

    const result: Array<PatternMatch> = []
    for (let at = low; at < all.length && words[all[at]!.start]!.index <= last; at++) {
      const match = all[at]!
      let inside = true
      for (let index = match.start; index < match.end && inside; index++) {
        inside = within.has(words[index]!.index)
      }

      if (inside) result.push(match)
    }

    return result
  }

  /** Sorted anchor starts and ends of a sentence’s findings. */
  private anchors(sentence: Sentence): {starts: Array<number>; ends: Array<number>} {
    let result = this.anchorCache.get(sentence.index)
    if (!result) {
      const anchors = this.siblings(sentence).map((d) => anchor(d))
      result = {
        starts: anchors.map((d) => d.start).sort((a, b) => a - b),
        ends: anchors.map((d) => d.end).sort((a, b) => a - b)
      }
      this.anchorCache.set(sentence.index, result)
    }

    return result
  }

  /** Tokens of a sentence inside a cue, source phrase, marker or reason. */
  private mask(sentence: Sentence): Uint8Array {
    let mask = this.excluded.get(sentence.index)
    if (!mask) {
      const tokens = sentence.tokens
      mask = new Uint8Array(tokens.length)
      for (const sibling of this.siblings(sentence)) {
        const {cue, source, marker, reason} = sibling.attribution
        for (const span of [cue, source, marker, reason]) {
          if (!span) continue
          // Spans are token-aligned; a token starting inside one is in it.
          let index = tokenAt(tokens, span.start)
          if (index > 0 && tokens[index - 1]!.end > span.start) index--
          for (; index < tokens.length && tokens[index]!.start < span.end; index++) mask[index] = 1
        }
      }

      this.excluded.set(sentence.index, mask)
    }

    return mask
  }

  private compute(finding: Finding): Set<number> {
    const sentence = finding.sentence
    const tokens = sentence.tokens
    const mask = this.mask(sentence)
    const own = anchor(finding)
    const {starts, ends} = this.anchors(sentence)
    // The latest anchor end at or before this one, the earliest start at or after it.
    const before = lastAtMost(ends, own.start)
    const after = firstAtLeast(starts, own.end)
    const previousEnd = before < 0 ? sentence.start : Math.max(sentence.start, ends[before]!)
    const nextStart = after < starts.length ? Math.min(sentence.end, starts[after]!) : sentence.end

    const firstBefore = tokenAt(tokens, previousEnd)
    const firstOwn = tokenAt(tokens, own.start)
    const firstAfter = tokenAt(tokens, own.end)
    const lastAfter = tokenAt(tokens, nextStart)

    let beforeWords = 0
    for (let index = firstBefore; index < firstOwn; index++) {
      if (tokens[index]!.kind === 'word' && !mask[index]) beforeWords++
    }

    const afterWords: Array<Token> = []
    for (let index = firstAfter; index < lastAfter && afterWords.length < 6; index++) {
      if (tokens[index]!.kind === 'word' && !mask[index]) afterWords.push(tokens[index]!)
    }

    const next = tokens[firstAfter]
    const previous = tokens[firstOwn - 1]
    const told = /^tel|^told/i.test(finding.attribution.cue.text)
    // A quotation right before the attribution (“‘…,’ an aide said”) is
    // its content.
    const afterQuote = previous !== undefined && previous.kind !== 'word' && previous.quoted
    // Forward unless there is a clause before and nothing but adjuncts
    // (“on Monday”, “in a statement”) or punctuation right after.
    const forward =
      (beforeWords < 3 && !(afterQuote && beforeWords > 0)) ||
      afterWords.some((d) => d.norm === 'that') ||
      (!told && !afterQuote && next !== undefined && next.kind === 'word' && firstAfter < lastAfter && !adjunctStarts.has(next.norm))
    const parenthetical =
      !forward &&
      next?.text === ',' &&
      afterWords.length >= 2 &&
      !clauseStarts.has(afterWords[0]!.norm)

    const result = new Set<number>()
    const add = (from: number, to: number) => {
      for (let index = from; index < to; index++) if (!mask[index]) result.add(index)
    }

    if (!forward) add(firstBefore, firstOwn)
    if (forward || parenthetical) add(firstAfter, lastAfter)
    return result
  }
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
 * same head (“the aide criticised …” after “a senior aide said”), from
 * this sentence or, through `lastByHead`, an earlier one.  Pronouns are
 * not resolved here: the caller leaves them alone.
 */
export function subjectKind(
  phrase: SourcePhrase,
  sentence: Sentence,
  siblings: ReadonlyArray<Finding>,
  lastByHead: ReadonlyMap<string, Finding>
): Finding['attribution']['kind'] | undefined {
  if (!phrase.reference) return phrase.kind
  if (phrase.reference !== 'definite' || !phrase.head) return undefined
  const start = sentence.tokens[phrase.spanStart]!.start
  const antecedent =
    siblings.findLast(
      (d) => d.attribution.source && d.attribution.source.start < start && d.attribution.head === phrase.head && !d.unresolved
    ) ?? lastByHead.get(phrase.head)
  return antecedent?.attribution.kind
}
