/**
 * The attribution analysis: one pass over the sentences of a document that
 * finds every attribution — cue, source phrase, kind — with anonymity
 * markers and reasons, and resolves back-references across sentences.
 * Rules (`../rules/`) only read its result.
 */
import type {Root} from 'nlcst'
import type {Attribution, CueType, SourceKind} from '../types.js'
import {attachAnonymity} from './anonymity.js'
import {span} from './context.js'
import type {Analysis, Finding} from './finding.js'
import {trigger, type CompiledLexicon} from './lexicon.js'
import type {PatternMatch, PatternSet} from './patterns.js'
import {Memory, resolve} from './resolve.js'
import {classify, isName, readLeft, readRight, type SourcePhrase} from './source-phrase.js'
import {findSource, progressiveSubject, sentenceSubject, withPhrase} from './subject.js'
import {collectSentences, type Sentence, type Token} from './tokens.js'
import {
  asSaying,
  be,
  canBeNoun,
  clauseEnd,
  clauseStarters,
  determined,
  hedgeWords,
  inversionOpeners,
  namesFollow,
  negators,
  nominal,
  pastForms,
  perNot,
  phrasalParticles,
  prepositions,
  quoteEnd,
  speakers,
  subjectWords
} from './words.js'

export type {Analysis, Finding} from './finding.js'

const noFindings: Array<Finding> = []

export interface AnalyzeSettings {
  lexicon: CompiledLexicon
}

/**
 * Analyse a document.
 */
export function analyze(tree: Root, value: string, settings: AnalyzeSettings): Analysis {
  const {lexicon} = settings
  const sentences = collectSentences(tree, value, lexicon.triggers)
  const findings: Array<Finding> = []
  const memory = new Memory()
  let words = 0

  for (const sentence of sentences) {
    words += sentence.wordCount
    const local = analyzeSentence(sentence, lexicon)
    // A description may refer to a name later in its own sentence (“the
    // school confirmed Lewis was a student at Urban Dove”).
    const named = memory.named || sentence.innerCapital

    for (const item of local) {
      resolve(item, sentence, memory, named, lexicon)
      findings.push(item)
      if (item.attribution.source) memory.addSource(item)
    }

    memory.addNames(sentence, lexicon)
  }

  attachAnonymity(findings, sentences, lexicon)

  return {sentences, findings, words}
}

/**
 * Find the attributions of one sentence, in order of their cues.
 */
function analyzeSentence(sentence: Sentence, lexicon: CompiledLexicon): Array<Finding> {
  // A sentence whose words start no cue is done before its words or
  // tokens are ever built.
  if ((sentence.triggers & ~trigger.claim) === 0) return noFindings
  const words = sentence.words

  // One lookup per word finds the few words that can start a cue.
  let hits: Array<number> | undefined
  let roles: Array<number> | undefined
  for (let index = 0; index < words.length; index++) {
    const role = lexicon.triggers.get(words[index]!)
    if (role === undefined) continue
    ;(hits ??= []).push(index)
    ;(roles ??= []).push(role)
  }

  if (!hits || !roles) return noFindings
  // Words alone rule out most false alarms (“declined to comment”, “the
  // report”, “charged with allegedly”); only then are tokens built.
  if (!hits.some((index, at) => mayCue(words, index, roles![at]!, lexicon))) return noFindings
  const {wordTokens, tokens} = sentence
  const found: Array<Finding> = []
  const used = new Uint8Array(tokens.length)

  const add = (
    kind: SourceKind,
    cueType: CueType,
    cueFrom: number,
    cueTo: number,
    phrase?: SourcePhrase
  ) => {
    const cue = span(sentence, cueFrom, cueTo)
    const attribution: Attribution = {
      kind,
      cue: {...cue, type: cueType},
      quoted: tokens[cueFrom]!.quoted && tokens[cueTo - 1]!.quoted,
      direct: false,
      sentence: {start: sentence.start, end: sentence.end},
      paragraph: sentence.paragraph
    }
    if (phrase) {
      attribution.source = span(sentence, phrase.spanStart, phrase.spanEnd)
      if (phrase.head) attribution.head = phrase.head
      attribution.plural = phrase.plural
    }

    for (let index = cueFrom; index < cueTo; index++) used[index] = 1
    const finding: Finding = {
      attribution,
      sentence,
      introduction: true,
      unresolved: false
    }
    if (phrase?.headType) finding.headType = phrase.headType
    if (phrase?.reference) {
      attribution.reference = {type: phrase.reference}
      finding.introduction = false
    }

    found.push(finding)
    return finding
  }

  const tokenRange = (match: {start: number; end: number}) => [
    wordTokens[match.start]!.index,
    wordTokens[match.end - 1]!.index + 1
  ] as const

  const matches = (set: PatternSet, bit: number) => {
    const result: Array<PatternMatch> = []
    for (let at = 0; at < hits.length; at++) {
      if ((roles[at]! & bit) === 0) continue
      const match = set.matchNear(words, hits[at]!)
      if (match) result.push(match)
    }

    // Longest first where matches overlap (“was widely seen as” over
    // “widely seen”).
    if (result.length < 2) return result
    result.sort((a, b) => a.start - b.start || b.end - a.end)
    const kept: Array<PatternMatch> = []
    for (const match of result) {
      const last = kept.at(-1)
      if (!last || match.start >= last.end) kept.push(match)
      else if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match
    }

    return kept
  }

  // Agentless wording first: its participles (“is said to”) are not cues.
  for (const match of matches(lexicon.impersonal, trigger.impersonal)) {
    const [from, to] = tokenRange(match)
    if (used[from]) continue
    if (words[match.end] === 'by') continue
    add('none', 'impersonal', from, to)
  }

  let accusedInCourt: boolean | undefined

  for (const match of matches(lexicon.passive, trigger.passive)) {
    const [from, to] = tokenRange(match)
    if (used[from] || used[to - 1]) continue
    // “questions were raised by the committee chair”: the agent is there.
    if (words[match.end] === 'by') continue
    // “remarks said to have been made”: a reduced relative after a noun;
    // “he said to have patience” is speech.
    const before = tokens[from - 1]
    if (!be.has(words[match.start]!) && pastForms.has(words[match.start]!) && before?.kind === 'word' && (before.cap || subjectWords.has(before.norm))) continue
    // “was reported to police”: “to” takes a hearer, not a verb.
    if (words[match.end - 1] === 'to' && hearer(tokens[to], lexicon)) continue
    // “was accused of murder” in a court report is the charge (AP): the
    // accusation has its agent in the legal context.
    if (legalWord(words, match.start, match.end, lexicon)) {
      accusedInCourt ??= legalWord(words, 0, words.length, lexicon, match)
      if (accusedInCourt) continue
    }
    add('none', 'passive', from, to)
  }

  for (const match of matches(lexicon.learned, trigger.learned)) {
    const [from, to] = tokenRange(match)
    // “…, The Herald understands.”: the clause has ended; “understands the
    // risk” is no report.
    const last = words[match.end - 1]!
    // “The PA news agency understands the arrests followed …”: an outlet
    // understands a clause.
    const clauseStart = tokens[to]?.cap === true || clauseStarters.has(tokens[to]?.norm ?? '')
    const outlet = clauseStart && tokens.slice(Math.max(0, from - 4), from).some((d) => lexicon.outlets.has(d.norm))
    if ((last.startsWith('understand') || last === 'told' || last === 'informed') && !outlet && tokens[to]?.kind === 'word' && tokens[to]!.norm !== 'that') continue
    const subject = tokens[from - 1]
    // “Axios has learned”: an outlet, even as the first word; “Channel 9
    // has learned”: a numbered one.
    const numbered = subject?.norm === '#' && tokens[from - 2]?.cap === true
    // “I understand that …”: the writer’s own knowledge, no hidden source.
    if (subject && speakers.has(subject.norm)) continue
    if (!subject || !(numbered || isName(subject, lexicon, from - 1) || (subject.initial && subject.cap) || lexicon.outlets.has(subject.norm))) continue
    const start = readLeft(sentence, from)
    add('none', 'impersonal', start, to)
  }

  let legal: boolean | undefined

  for (let at = 0; at < hits.length; at++) {
    if ((roles[at]! & trigger.hedge) === 0) continue
    const index = hits[at]!
    const word = words[index]!
    // “Allegedly” is the right word for a charge (AP).
    legal ??= words.some((d) => lexicon.legalContext.has(d))
    if (legal && (word === 'allegedly' || word === 'alleged')) continue
    const token = wordTokens[index]!
    add('none', 'adverb', token.index, token.index + 1)
  }

  // Prepositional cues: “according to …”, “citing …”, “per …”.
  for (const match of matches(lexicon.prepositionalCues, trigger.prepositional)) {
    const [from, to] = tokenRange(match)
    if (used[from]) continue
    const first = words[match.start]!
    const next = tokens[to]

    if (first === 'per') {
      if (!next || next.kind !== 'word' || perNot.has(next.norm) || next.norm === '#' || next.norm === '#scale') continue
      const source = next.cap || next.norm === 'the' || next.norm === 'a' || next.norm === 'an' || next.norm === 'one' || next.norm === 'two'
      // “(per league sources)”: a source noun needs no article; “£4,000 per
      // pilot”, “per resident”: a singular one is a rate.
      const bare = classify(sentence, to, readRight(sentence, to), lexicon)
      if (!source && !(bare?.headType && bare.plural)) continue
    }

    const end = readRight(sentence, to)
    if (end === to) continue
    // “citing a lack of evidence”, “citing security concerns”: a reason,
    // not a source.
    // A source noun decides (“citing a security source”).
    const head = tokens[to]?.norm === 'a' || tokens[to]?.norm === 'an' || tokens[to]?.norm === 'the' ? tokens[to + 1] : tokens[to]
    let phrase = classify(sentence, to, end, lexicon)
    if (!phrase) continue
    if (head && !head.cap && lexicon.notSources.has(head.norm) && !phrase.headType) continue
    // “according to the organisers, Northern Road Events”: the name follows.
    if (tokens[end]?.text === ',' && namesFollow(tokens, end + 1, lexicon)) {
      phrase = {...phrase, kind: 'named', reference: undefined}
    }

    const secondhand = first === 'citing' || first === 'quoting'
    add(phrase.kind, secondhand ? 'citing' : 'according-to', from, to, phrase)
    for (let at = to; at < end; at++) used[at] = 1
  }

  // “quoted an official as saying”, “cited an engineer saying”, and the
  // passive “was quoted in the report as saying”.
  for (let at = 0; at < hits.length; at++) {
    if ((roles[at]! & trigger.quoted) === 0) continue
    const index = hits[at]!
    const cueToken = wordTokens[index]!.index
    if (used[cueToken]) continue
    const saying = sayingAfter(words, index)
    if (saying < 0) continue
    const sayingToken = wordTokens[saying]!.index

    if (index > 0 && be.has(words[index - 1]!)) {
      // The subject was quoted; an outlet after “in” or “by” relays it.
      const phrase = findSource(sentence, wordTokens[index - 1]!.index, lexicon)
      if (!phrase || phrase.speaker) continue
      const finding = add(phrase.kind, 'citing', cueToken, cueToken + 1, phrase)
      const by = tokens[cueToken + 1]?.norm
      if ((by === 'in' || by === 'by') && cueToken + 2 < sayingToken) {
        const end = tokens[sayingToken - 1]?.norm === 'as' ? sayingToken - 1 : sayingToken
        if (end > cueToken + 2) finding.attribution.relayedBy = span(sentence, cueToken + 2, end)
      }

      continue
    }

    const end = tokens[sayingToken - 1]?.norm === 'as' ? sayingToken - 1 : sayingToken
    const phrase = classify(sentence, cueToken + 1, end, lexicon)
    // Without “as”, only a source noun is quoted (“cited an engineer
    // saying”; not “cited concerns, saying”).
    if (!phrase || (end === sayingToken && !phrase.headType)) continue
    const finding = add(phrase.kind, 'citing', cueToken, cueToken + 1, phrase)
    const subjectStart = readLeft(sentence, cueToken)
    if (subjectStart < cueToken) {
      finding.attribution.relayedBy = span(sentence, subjectStart, cueToken)
      // “British media cited government sources as saying”: an unnamed
      // relay is a source of its own.
      const relay = classify(sentence, subjectStart, cueToken, lexicon)
      if (relay && (relay.kind === 'vague' || relay.kind === 'anonymous') && !relay.reference) add(relay.kind, 'verb', cueToken, cueToken + 1, relay)
    }
  }

  // Reporting verbs.
  for (let at = 0; at < hits.length; at++) {
    if ((roles[at]! & trigger.verb) === 0) continue
    const index = hits[at]!
    const word = words[index]!
    const token = wordTokens[index]!
    // A speech tag right after a quotation (“…,” he continued) attributes it.
    const afterQuote = quoteEnd(tokens, token.index)
    const restricted = lexicon.sourceVerbs.has(word)
    const general =
      lexicon.reportingVerbs.has(word) ||
      (afterQuote && (lexicon.quoteTags.has(word) || restricted))
    if (!general && !restricted) continue
    if (used[token.index]) continue
    // A sentence does not open with its reporting verb (“Informed sources
    // said”, “State media reported”), but for an inversion before one
    // person (“Says one family friend: …”).
    if (token.index === 0 && !(general && inversionOpeners.has(words[index + 1] ?? ''))) continue
    // “called for calm”, “called off the strike”: no characterisation.
    if (word === 'called' && phrasalParticles.has(words[index + 1] ?? '')) continue
    // “put it bluntly:”, “as one aide put it,”: speech; “put it on the
    // table” is not.
    if ((word === 'put' || word === 'puts') && !putsItIntoWords(tokens, token.index)) continue
    // Verbs are not capitalised mid-sentence (“the United States”).
    if (token.cap && token.index > 0 && !afterQuote) continue
    // Only a word right before the verb counts: “…,” says Testolini.
    const adjacent = tokens[token.index - 1]?.kind === 'word'
    const previous = adjacent ? words[index - 1] : undefined
    if (previous !== undefined && (be.has(previous) || negators.has(previous))) continue
    // After an article or possessive a cue word is a noun or adjective (“an
    // informed source”, “his claims”).
    if (previous !== undefined && determined(previous, word)) continue
    // “post-traumatic stress”, “long-term estimates”: after a hyphenated
    // modifier the cue word is a noun.
    if (previous !== undefined && previous.includes('-') && !tokens[token.index - 1]!.cap) continue
    if (previous !== undefined && (nominal.has(previous) || previous.endsWith("'s")) && canBeNoun(word)) continue
    // “will soon say”, “would never say”.
    if (previous !== undefined && negators.has(words[index - 2] ?? '') && hedgeWords.has(previous)) continue
    const next = words[index + 1]
    // “estimates reported by news outlets”: a participle, not a report.
    if (next === 'by' && word.endsWith('ed')) continue
    // “the era of estimated bills”: after a preposition, an adjective.
    if (previous !== undefined && prepositions.has(previous) && word.endsWith('ed')) continue
    // Some verbs report only in a frame of the rule data: “agreed that”,
    // “pointed to”, “appeared to show”.
    const framed = lexicon.framedVerbs.has(word)
    if (framed && !lexicon.verbFrames.matchAt(words, index)) continue
    // “the owners have agreed to sell”, “expects to close”: an intention,
    // not a report.
    if (!general && !framed && next === 'to') continue
    // A plural noun followed by its verb: “the claims were false”.
    if (next !== undefined && word.endsWith('s') && (be.has(next) || lexicon.reportingVerbs.has(next))) continue

    // “as I said”: a turn of phrase, not a report.
    if ((previous === 'i' || previous === 'we') && (words[index - 2] === 'as' || words[index - 2] === 'like')) continue

    const phrase = findSource(sentence, token.index, lexicon)
    if (!phrase) continue
    // The writer (“we say”, “as I wrote”) is no source to check.
    if (phrase.speaker) continue
    // “demanded that the chief minister explain why”: a singular source
    // noun with a bare verb is no report (the subjunctive).
    if (phrase.headType && !phrase.plural && phrase.reference !== 'pronoun' && !afterQuote && general && !word.endsWith('s') && !word.endsWith('ed') && !pastForms.has(word) && word !== 'put') continue
    // “15 per cent of Tory MPs write to the chairman”: a letter, not a
    // report, unless a “that” clause follows.
    if ((word === 'write' || word === 'writes' || word === 'wrote') && next === 'to' && !words.slice(index + 2, index + 8).includes('that')) continue
    // “-s” forms agree with singular subjects: “lawmakers from … states” is
    // a noun.
    if (phrase.plural && /[^s]s$/.test(word) && word !== 'says' && !afterQuote) continue
    // “police found a body”: evidence verbs report for documents only.
    if (lexicon.evidenceVerbs.has(word) && phrase.headType !== 'document' && next !== 'that') continue
    // Verbs like “show” or “estimate” report for source nouns, or for anyone
    // when a “that” clause follows (“Duke Energy estimated Monday that …”),
    // or when they end the sentence (“…, the association estimates.”).
    if (
      !general &&
      !phrase.headType &&
      phrase.kind !== 'vague' &&
      // A name reporting in the past tense, or before a clause (“Zinni
      // estimates there are …”), reports; “Rust Belt states” does not.
      !(
        (word.endsWith('ed') || next === 'there' || (next !== undefined && subjectWords.has(next))) &&
        namesSomeone(tokens, phrase, lexicon)
      ) &&
      !words.slice(index + 1, index + 4).includes('that') &&
      // A heading (“Control comments”) ends with its verb too: only a
      // real name counts here.
      !(clauseEnd(tokens[token.index + 1]) && tokens.slice(phrase.start, phrase.end).some((d) => isName(d, lexicon, d.index)))
    ) {
      continue
    }
    add(phrase.kind, 'verb', token.index, token.index + 1, phrase)
    // The source phrase’s words are not cues of their own.
    for (let at = phrase.start; at < phrase.end; at++) used[at] = 1
    // “A police captain told local media”: which media carried it is
    // unsaid.
    const recipient = lexicon.tellingVerbs.has(word) ? unnamedMedia(sentence, token.index + 1, lexicon) : undefined
    if (recipient) add('vague', 'verb', token.index, token.index + 1, recipient)
  }

  // “…, saying …”: the subject of the sentence is the source.
  for (let at = 0; at < hits.length; at++) {
    if ((roles[at]! & trigger.participle) === 0) continue
    const index = hits[at]!
    if (index === 0) continue
    const token = wordTokens[index]!
    if (used[token.index]) continue
    // “with sources close to the player saying …”: the source is the
    // phrase after “with”; “aides are telling donors …”, “have been
    // saying”: a progressive report by the subject.
    if (tokens[token.index - 1]?.kind === 'word') {
      const phrase = withPhrase(sentence, token.index, lexicon) ?? progressiveSubject(sentence, token.index, lexicon)
      if (phrase && !phrase.speaker) add(phrase.kind, 'verb', token.index, token.index + 1, phrase)
      continue
    }

    if (tokens[token.index - 1]?.text !== ',') continue
    // “A police source said …, adding that …”: already attributed.
    if (found.some((d) => d.attribution.cue.start < token.start && d.attribution.kind !== 'none')) continue
    const subject = sentenceSubject(sentence, token.index, lexicon)
    // “Residents rallied on Monday, saying …”: a crowd doing something is
    // described, not cited.
    if (subject && !(subject.acted && subject.phrase.kind === 'vague')) add(subject.phrase.kind, 'verb', token.index, token.index + 1, subject.phrase)
  }

  // Direct quotation: quoted words outside the cue and source.
  const quoted = tokens.some((d) => d.quoted && d.kind === 'word')
  if (quoted) {
    for (const finding of found) {
      if (!finding.attribution.quoted) finding.attribution.direct = true
    }
  }

  found.sort((a, b) => a.attribution.cue.start - b.attribution.cue.start)

  // “Analysts had forecast 39 cents, according to a Refinitiv survey”: the
  // named survey is where the collective speaks.
  const namedAccording = found.findLast((d) => d.attribution.cue.type === 'according-to' && d.attribution.kind === 'named')
  for (let index = 0; index < found.length; index++) {
    const finding = found[index]!
    const {attribution} = finding
    if (attribution.kind !== 'vague' || attribution.cue.type !== 'verb' || !attribution.head) continue
    if (namedAccording && namedAccording.attribution.cue.start > attribution.cue.start) {
      attribution.kind = 'named'
      continue
    }

    // Ordinary people or evidence inside a named speaker’s report (“the
    // report said footage showed”) are the speaker’s.
    if (index === 0 || (!lexicon.ordinaryPeople.has(attribution.head) && finding.headType !== 'document')) continue
    const speaker = found[index - 1]!.attribution
    if (speaker.kind === 'named' && speaker.cue.type === 'verb' && speaker.cue.start !== attribution.cue.start && speaker.cue.end <= attribution.source!.start) {
      finding.reported = true
    }
  }

  // “Reuters reported, citing two diplomats”: the outlet relays the source.
  for (let index = 1; index < found.length; index++) {
    const attribution = found[index]!.attribution
    if (attribution.cue.type !== 'citing' || attribution.relayedBy) continue
    const relay = found[index - 1]!.attribution
    if (relay.source) attribution.relayedBy = relay.source
  }

  return found
}

const maxQuoted = 12

/**
 * The recipient of a telling verb when it is unnamed media (“local media”,
 * “a private TV channel”), read from token `from`.
 */
function unnamedMedia(sentence: Sentence, from: number, lexicon: CompiledLexicon): SourcePhrase | undefined {
  // The object ends at its head: “told local media the fire had spread”.
  const end = readRight(sentence, from)
  let head = from
  while (head < end && !lexicon.media.has(lexicon.documents.get(sentence.tokens[head]!.norm) ?? '')) head++
  if (head === end) return undefined
  const phrase = classify(sentence, from, head + 1, lexicon)
  if (!phrase || phrase.kind !== 'vague' || phrase.headType !== 'document') return undefined
  return lexicon.media.has(phrase.head ?? '') ? phrase : undefined
}

/**
 * Whether a token after “to” is someone told (“reported to police”, “to the
 * council”, “to Ofcom”) rather than the verb of “is said to be”.
 */
function hearer(token: Token | undefined, lexicon: CompiledLexicon): boolean {
  if (!token || token.kind !== 'word') return false
  const word = token.norm
  return token.cap || nominal.has(word) || lexicon.issuers.has(word) || lexicon.descriptors.has(word) || lexicon.collectives.has(word)
}

/**
 * Index of the “saying” that ends a quoted-as frame (“as saying”, or a
 * bare “saying” after the object) within reach of `index`, or -1.
 */
function sayingAfter(words: ReadonlyArray<string>, index: number): number {
  for (let offset = index + 1; offset < words.length && offset <= index + maxQuoted; offset++) {
    if (words[offset] === 'as' && asSaying.has(words[offset + 1] ?? '')) return offset + 1
    if (offset > index + 1 && words[offset] === 'saying') return offset
  }

  return -1
}

/**
 * Whether a word of the legal context stands in `words[from, to)`, outside
 * the range of `except` when given.
 */
function legalWord(
  words: ReadonlyArray<string>,
  from: number,
  to: number,
  lexicon: CompiledLexicon,
  except?: {start: number; end: number}
): boolean {
  for (let index = from; index < to; index++) {
    if (except && index >= except.start && index < except.end) continue
    if (lexicon.legalContext.has(words[index]!)) return true
  }

  return false
}

/**
 * Whether the word at `index` may start a cue, judged from words only: a
 * pattern must match, a verb must not follow “to”, a modal or an article, and
 * “allegedly” is no cue in a legal context.  A `true` is checked again in
 * full; a `false` is final.
 */
function mayCue(words: ReadonlyArray<string>, index: number, role: number, lexicon: CompiledLexicon): boolean {
  const word = words[index]!

  if (role & trigger.verb) {
    const previous = words[index - 1]
    if (previous === undefined || !(negators.has(previous) || determined(previous, word))) {
      return true
    }
  }

  if (role & trigger.hedge) {
    if (!((word === 'allegedly' || word === 'alleged') && words.some((d) => lexicon.legalContext.has(d)))) {
      return true
    }
  }

  if (role & (trigger.quoted | trigger.participle)) return true
  if (role & trigger.impersonal && lexicon.impersonal.matchNear(words, index)) return true
  if (role & trigger.passive && lexicon.passive.matchNear(words, index)) return true
  if (role & trigger.learned && lexicon.learned.matchNear(words, index)) return true
  if (role & trigger.prepositional && lexicon.prepositionalCues.matchNear(words, index)) return true
  return false
}

/**
 * Whether a source phrase names someone: a name in it, or a lone capital
 * word the lists do not know opening the sentence (“Zinni estimates there
 * are …”, “Walker, in the recording, described …”).
 */
function namesSomeone(tokens: ReadonlyArray<Token>, phrase: SourcePhrase, lexicon: CompiledLexicon): boolean {
  const words = tokens.slice(phrase.start, phrase.end)
  if (words.some((d) => isName(d, lexicon, d.index))) return true
  const word = words[0]
  // Not “Sometimes called …” or “Recently said …”.
  return (
    words.length === 1 &&
    word!.cap &&
    !word!.norm.endsWith('ly') &&
    !word!.norm.endsWith('s') &&
    phrase.kind === 'named' &&
    !phrase.reference &&
    !phrase.headType
  )
}

/** “put it bluntly:”, “put it this way”, “as one aide put it.” */
function putsItIntoWords(tokens: ReadonlyArray<Token>, cue: number): boolean {
  // “put its value at about $640 million”, “put the toll at 30”.
  if (tokens[cue + 1]?.norm !== 'it') {
    for (let index = cue + 1; index < tokens.length && index <= cue + 9; index++) {
      const token = tokens[index]!
      if (token.kind !== 'word') return false
      if (token.norm === 'at' || token.norm === 'above' || token.norm === 'below') {
        return tokens.slice(index + 1, index + 4).some((d) => d.norm === '#' || d.norm === '#scale' || d.kind === 'symbol')
      }
    }

    return false
  }

  let after = tokens[cue + 2]
  // “put it more bluntly”.
  if (after && (after.norm === 'more' || after.norm === 'most' || after.norm === 'less')) after = tokens[cue + 3]
  if (!after || after.kind !== 'word') return true
  return after.norm.endsWith('ly') || after.norm === 'this' || after.norm === 'another'
}

