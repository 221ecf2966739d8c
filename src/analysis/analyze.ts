/**
 * The attribution analysis: one pass over the sentences of a document that
 * finds every attribution — cue, source phrase, kind — with anonymity
 * markers and reasons, and resolves back-references across sentences.
 * Rules (`../rules/`) only read its result.
 */
import type {Root} from 'nlcst'
import {
  articles as articlesList,
  asSaying as asSayingList,
  clauseStarters as clauseStartersList,
  clauseOpeners as clauseOpenersList,
  cueFillers,
  cueNegators,
  hedgeWords as hedgeWordsList,
  leftStops,
  nominal as nominalList,
  pastForms as pastFormsList,
  perNot as perNotList,
  phrasalParticles as phrasalParticlesList,
  pronouns,
  speakerPronouns,
  inversionOpeners as inversionOpenersList,
  participleSubjects as participleSubjectsList,
  subjectWords as subjectWordsList,
  verbOnlyForms,
  wordClasses
} from '../data/grammar.js'
import type {Attribution, CueType, SourceKind, Span} from '../types.js'
import {trigger, type CompiledLexicon} from './lexicon.js'
import type {PatternMatch, PatternSet} from './patterns.js'
import {
  classify,
  isName,
  readLeft,
  readRight,
  stripPossessive,
  type SourcePhrase
} from './source-phrase.js'
import {collectSentences, type Sentence, type Token} from './tokens.js'

const nominal = new Set<string>(nominalList)
const phrasalParticles = new Set<string>(phrasalParticlesList)
const subjectWords = new Set<string>(subjectWordsList)
const hedgeWords = new Set<string>(hedgeWordsList)
const articles = new Set<string>(articlesList)
const perNot = new Set<string>(perNotList)
const asSaying = new Set<string>(asSayingList)
const clauseOpeners = new Set<string>(clauseOpenersList)
const pastForms = new Set<string>(pastFormsList)
const verbOnly = new Set<string>(verbOnlyForms)

/** An attribution with what the rules need beyond the public record. */
export interface Finding {
  attribution: Attribution
  sentence: Sentence
  /**
   * Whether this mention introduces its source (not a pronoun or definite
   * description referring back to one already seen).
   */
  introduction: boolean
  /** A back-reference with nothing to refer to: the text never says who. */
  unresolved: boolean
  /** Which list the source head came from. */
  headType?: 'collective' | 'descriptor' | 'document'
  /**
   * Ordinary people inside a named speaker’s indirect speech (“She said
   * residents had complained”): the speaker vouches for them.
   */
  reported?: boolean
}

export interface Analysis {
  sentences: Array<Sentence>
  findings: Array<Finding>
  /** Number of words in the document. */
  words: number
}

const be = new Set<string>(wordClasses.be)
const have = new Set<string>(wordClasses.have)
const clauseStarters = new Set<string>(clauseStartersList)
const prepositions = new Set<string>(leftStops)
const modals = new Set<string>(wordClasses.modal)
const objects = new Set<string>(wordClasses.object)
const speakers = new Set<string>(speakerPronouns)
const inversionOpeners = new Set<string>(inversionOpenersList)
const participleSubjects = new Set<string>(participleSubjectsList)
const fillers = new Set<string>(cueFillers)
const negators = new Set<string>(cueNegators)
const singularPronouns = new Set<string>(pronouns.singular)
const noFindings: Array<Finding> = []
const quoteMarks = new Set(['"', '“', '”', '«', '»', '‘', '’', "'"])

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
 * The source noun phrase between “with” and a participle cue at token `cue`
 * (“with analysts warning that …”), if it has a source head.
 */
function withPhrase(sentence: Sentence, cue: number, lexicon: CompiledLexicon): SourcePhrase | undefined {
  const tokens = sentence.tokens
  for (let index = cue - 1; index >= 0 && index > cue - 12; index--) {
    const token = tokens[index]!
    if (token.kind !== 'word') return undefined
    if (!participleSubjects.has(token.norm)) continue
    // “with one senior whip privately warning”: the adverb is not the head.
    let end = cue
    while (end > index + 1 && tokens[end - 1]!.norm.endsWith('ly')) end--
    if (index + 1 >= end) return undefined
    const phrase = classify(sentence, index + 1, end, lexicon)
    return phrase?.headType ? phrase : undefined
  }

  return undefined
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

/** A finite verb or auxiliary that ends a subject read left to right. */
function verbLike(word: string, lexicon: CompiledLexicon): boolean {
  return (
    be.has(word) ||
    have.has(word) ||
    modals.has(word) ||
    lexicon.reportingVerbs.has(word) ||
    lexicon.sourceVerbs.has(word) ||
    lexicon.quoteTags.has(word)
  )
}

/** Whether a speech tag follows a quotation: `,”`, `”`, `?"` before it, maybe a subject between. */
function quoteEnd(tokens: ReadonlyArray<Token>, cue: number): boolean {
  for (let index = cue - 1; index >= 0 && index >= cue - 6; index--) {
    const token = tokens[index]!
    if (token.kind === 'word') {
      if (token.quoted) return false
      continue
    }

    return token.quoted && (quoteMarks.has(token.text) || token.text === ',')
  }

  return false
}

/** End of a clause: sentence-final punctuation or a colon. */
function clauseEnd(token: Token | undefined): boolean {
  return !token || token.text === '.' || token.text === ':' || token.text === '!' || token.text === ';'
}

/** “report”, “claims”: a cue word that can also be a noun; “said” cannot. */
/**
 * Whether a cue word is a noun or adjective after its determiner (“an
 * informed source”, “his claims”); “her” before a form that is only a verb
 * is an object (“a source close to her said”).
 */
function determined(previous: string, word: string): boolean {
  return articles.has(previous) && !(objects.has(previous) && !canBeNoun(word))
}

function canBeNoun(word: string): boolean {
  return !word.endsWith('ed') && !pastForms.has(word) && !verbOnly.has(word)
}

/**
 * The source of a reporting verb at token `cue`: to its left (“officials
 * said”), past an appositive (“Ortiz, the county’s clerk, said”), or after
 * it in an inverted quote (“…,” said a senior official).
 */
function findSource(sentence: Sentence, cue: number, lexicon: CompiledLexicon): SourcePhrase | undefined {
  const tokens = sentence.tokens
  let left = cue - 1

  // Skip “also”, “has”, “later” between subject and verb.
  // And adverbs: “research has consistently shown”.
  while (left >= 0 && tokens[left]!.kind === 'word' && (fillers.has(tokens[left]!.norm) || adverb(tokens, left))) {
    left--
  }

  // “Sen. Jane Doe (R-Ohio) said”: a parenthesis between subject and verb.
  if (tokens[left]?.text === ')') {
    let open = left - 1
    while (open > 0 && left - open < 12 && tokens[open]!.text !== '(') open--
    if (tokens[open]?.text === '(' && tokens[open - 1]?.kind === 'word') left = open - 1
  }

  // “The governor outlined the plan and said …”: the verbs share the
  // sentence’s subject.
  if ((tokens[left]?.norm === 'and' || tokens[left]?.norm === 'but') && left > 1 && tokens[left - 1]!.kind === 'word' && !joinsSubjects(tokens, left)) {
    return sentenceSubject(sentence, left, lexicon)?.phrase
  }

  const before = tokens[left]

  if (before && before.kind === 'word') return readSubject(sentence, left, lexicon)

  // After punctuation or at the start: an appositive or an inversion.
  if (before && before.text === ',' && !quoteMarks.has(tokens[left - 1]?.text ?? '')) {
    const clauseStart = previousComma(tokens, left)
    if (clauseStart !== undefined) {
      const opener = tokens[clauseStart + 1]
      const subject = tokens[clauseStart - 1]
      // “Zinni, 54, said”: an age between commas is an appositive too.
      const age = opener !== undefined && left - clauseStart === 2 && /^\d{1,3}$/.test(opener.text)
      // “A guard who was on duty, and who was not named in court, said”.
      const andWho = opener?.norm === 'and' && tokens[clauseStart + 2]?.norm === 'who'
      // “a senior official, requesting anonymity as …, said”.
      const participle = opener !== undefined && opener.norm.length > 5 && opener.norm.endsWith('ing') && opener.norm !== 'including'
      if (opener && (age || andWho || participle || clauseOpeners.has(opener.norm) || opener.norm.endsWith('ed')) && subject && subject.kind === 'word') {
        const phrase = readSubject(sentence, clauseStart - 1, lexicon)
        if (phrase) return phrase
      }

      // “Several analyses, including one from the Congressional Budget
      // Office, have said”: a named member makes the group specific.
      if (opener?.norm === 'including' && subject && subject.kind === 'word') {
        const phrase = readSubject(sentence, clauseStart - 1, lexicon)
        const named = tokens.slice(clauseStart + 2, left).some((d) => isName(d, lexicon, d.index))
        if (phrase) return named ? {...phrase, kind: 'named', reference: undefined} : phrase
      }

      // “its maker, Eisai, said”: the clause is the name; but in “Marie
      // Poirier, UNICEF’s regional director, told” the name comes first.
      if (opener && isName(opener, lexicon, clauseStart + 1) && left - clauseStart <= 6) {
        if (subject && isName(subject, lexicon, clauseStart - 1)) {
          const start = readLeft(sentence, clauseStart)
          if (start < clauseStart) return classify(sentence, start, clauseStart, lexicon)
        }

        return classify(sentence, clauseStart + 1, left, lexicon)
      }
    }
  }

  const after = tokens[cue + 1]
  if (after && after.kind === 'word' && after.norm !== 'that' && after.norm !== 'to') {
    let end = readRight(sentence, cue + 1)
    let read = classify(sentence, cue + 1, end, lexicon)
    // “said one choreographer who has worked with her”: the phrase ends
    // before its clause.
    if (read && !read.headType) {
      const who = tokens.findIndex((d, index) => index > cue + 1 && index < end && d.norm === 'who')
      if (who > 0) {
        end = who
        read = classify(sentence, cue + 1, end, lexicon)
      }
    }

    // “13 percent say the president should resign”: a phrase followed by
    // its own verb starts the reported clause; it is no inverted subject.
    const stop = tokens[end]
    const relative = tokens.slice(cue + 1, end).some((d) => d.norm === 'who')
    if (!relative && stop?.kind === 'word' && (be.has(stop.norm) || have.has(stop.norm) || modals.has(stop.norm))) return undefined

    if (end > cue + 1) {
      const phrase = read && personByClause(sentence, read)
      // An inverted verb takes a subject, not the start of a clause.
      // “said its artistic director, Paul Grant”: the name follows.
      if (phrase && tokens[end]?.text === ',' && namesFollow(tokens, end + 1, lexicon)) {
        return {...phrase, kind: 'named', reference: undefined}
      }

      // “said it was late”: a pronoun after the verb starts the reported
      // clause; an inverted pronoun (“…,” said he) ends the sentence.
      if (phrase?.reference === 'pronoun' && !(clauseEnd(tokens[end]) || tokens[end]?.text === ',')) {
        return undefined
      }

      if (
        phrase &&
        (phrase.headType ||
          phrase.reference ||
          phrase !== read ||
          // “…,” said police in a statement.
          quoteEnd(tokens, cue) ||
          after.norm === 'the' ||
          after.norm === 'a' ||
          after.norm === 'an' ||
          after.norm === 'one' ||
          after.norm === 'another' ||
          tokens.slice(cue + 1, end).some((d) => isName(d, lexicon, d.index)))
      ) {
        return phrase
      }
    }
  }

  return undefined
}

/**
 * Whether the “and” at `index` joins two subjects of the verb after it
 * (“Smith and Jones said”) rather than two verbs.
 */
function joinsSubjects(tokens: ReadonlyArray<Token>, index: number): boolean {
  const next = tokens[index + 1]
  return next !== undefined && next.kind === 'word' && next.cap
}

/**
 * The subject of a progressive report (“the campaign is telling donors”,
 * “officials have been saying”): the phrase before its auxiliaries.
 */
function progressiveSubject(sentence: Sentence, cue: number, lexicon: CompiledLexicon): SourcePhrase | undefined {
  const tokens = sentence.tokens
  let left = cue - 1
  while (left > 0 && tokens[left]!.kind === 'word' && (fillers.has(tokens[left]!.norm) || adverb(tokens, left))) left--
  if (!be.has(tokens[left]!.norm)) return undefined
  // “He is writing a book”: writing reports only a “that” clause.
  if (tokens[cue]!.norm === 'writing' && !sentence.words.slice(cue, cue + 8).includes('that')) return undefined
  while (left > 0 && tokens[left]!.kind === 'word' && (be.has(tokens[left]!.norm) || have.has(tokens[left]!.norm) || modals.has(tokens[left]!.norm) || fillers.has(tokens[left]!.norm))) left--
  if (left < 0 || tokens[left]!.kind !== 'word') return undefined
  return readSubject(sentence, left, lexicon)
}

/**
 * The subject of the sentence, read from its first word up to its verb,
 * before token `before`; `acted` when that verb is no report (“Gomez urged
 * people not to share it, saying …” is Gomez speaking, not “people”).
 */
function sentenceSubject(
  sentence: Sentence,
  before: number,
  lexicon: CompiledLexicon
): {phrase: SourcePhrase; acted: boolean} | undefined {
  const tokens = sentence.tokens
  let first = 0
  while (first < before && tokens[first]!.kind !== 'word') first++
  let end = Math.min(readRight(sentence, first), before)
  let acted = false
  for (let at = first + 1; at < end; at++) {
    const word = tokens[at]!.norm
    const previous = tokens[at - 1]!
    // “Residents rallied”: a past form after a noun is its verb (before a
    // noun it modifies it: “a retired officer”).
    // “The governor outlined”: after a determined noun, too.
    const past = word.endsWith('ed') && (previous.cap || previous.norm.endsWith('s') || lexicon.descriptors.has(previous.norm) || articles.has(tokens[at - 2]?.norm ?? ''))
    if (past || verbLike(word, lexicon)) {
      acted = !lexicon.reportingVerbs.has(word) && !lexicon.sourceVerbs.has(word)
      end = at
      break
    }
  }

  if (end <= first) return undefined
  let phrase = classify(sentence, first, end, lexicon)
  // “His attorney, Gregory Fenn, had asked …, arguing”: the name follows.
  if (phrase && tokens[end]?.text === ',' && namesFollow(tokens, end + 1, lexicon)) {
    phrase = {...phrase, kind: 'named', reference: undefined}
  }

  return phrase ? {phrase, acted} : undefined
}

/**
 * Whether token `index` is an “-ly” adverb: not after a determiner or
 * preposition, where it is a noun (“close to the family”, “a rally”).
 */
function adverb(tokens: ReadonlyArray<Token>, index: number): boolean {
  const token = tokens[index]!
  if (!token.norm.endsWith('ly') || token.norm.length <= 4 || token.cap) return false
  const previous = tokens[index - 1]?.norm ?? ''
  return !articles.has(previous) && !prepositions.has(previous) && previous !== 'a' && previous !== 'an'
}

/**
 * The subject phrase that ends at token `left` (a word): past a relative
 * clause (“an official who was not named said”), or read leftwards.
 */
function readSubject(sentence: Sentence, left: number, lexicon: CompiledLexicon): SourcePhrase | undefined {
  const tokens = sentence.tokens
  // “Another source, who also said …”, “the regulator, which said”: a
  // relative pronoun speaks for the phrase before its comma.
  if ((tokens[left]!.norm === 'who' || tokens[left]!.norm === 'which') && tokens[left - 1]?.text === ',') {
    const start = readLeft(sentence, left - 1)
    if (start < left - 1) return classify(sentence, start, left - 1, lexicon)
  }

  const relative = relativeClause(tokens, left, lexicon)
  if (relative !== undefined) {
    const start = readLeft(sentence, relative)
    if (start < relative) {
      const phrase = classify(sentence, start, relative, lexicon)
      if (phrase) {
        // “a staffer who attended the meeting”: a knowledge clause is part
        // of the source phrase; “who was not named” is not.
        const clause = sentence.words.slice(
          sentence.wordTokens.findIndex((d) => d.index === relative)
        )
        const knows = lexicon.knowledge.matchAt(clause, 0) !== undefined
        const person = personByClause(sentence, phrase)
        // The knowledge clause is part of the phrase, and can make a group
        // specific (“several people who attended the meeting”); it also
        // makes a person of a noun the lists do not know (“a spy who saw
        // her dining”).
        if (knows) {
          const full = classify(sentence, start, left + 1, lexicon)
          if (full?.headType || person === phrase) return full ?? phrase
          return {...person, end: left + 1, spanEnd: left + 1}
        }

        // “Those who know him”: the clause is all there is to the phrase.
        const those = person !== phrase && person.plural
        return {...person, end: left + 1, spanEnd: those ? left + 1 : person.spanEnd}
      }
    }
  }

  let start = readLeft(sentence, left + 1)
  // “An employee … said crews had reported”: the subject of “reported”
  // starts after the earlier verb.
  for (let at = left; at > start; at--) {
    if (lexicon.reportingVerbs.has(tokens[at - 1]!.norm)) {
      start = at
      break
    }
  }

  if (start > left) return undefined
  const phrase = classify(sentence, start, left + 1, lexicon)
  // “Ebi and other scientists say”: a named person speaks with peers.
  if (
    phrase?.headType &&
    tokens[start]?.norm === 'other' &&
    tokens[start - 1]?.norm === 'and' &&
    tokens[start - 2] !== undefined &&
    isName(tokens[start - 2]!, lexicon, start - 2)
  ) {
    return {...phrase, kind: 'named'}
  }

  // “Several activists and rights bodies have described”: when the last
  // conjunct is no source noun, the first may be.
  const and = tokens[start - 1]
  if (phrase && !phrase.headType && !phrase.reference && and && (and.norm === 'and' || and.norm === 'or')) {
    const first = readLeft(sentence, start - 1)
    const conjunct = first < start - 1 ? classify(sentence, first, start - 1, lexicon) : undefined
    if (conjunct?.headType && conjunct.kind !== 'named') {
      return {...conjunct, end: left + 1}
    }
  }

  return phrase
}

/**
 * “One producer who has worked with her”, “those who know him”: a noun the
 * lists do not know, made a person by its “who” clause, unnamed.
 */
function personByClause(sentence: Sentence, phrase: SourcePhrase): SourcePhrase {
  const tokens = sentence.tokens
  if (tokens[phrase.end]?.norm !== 'who') return phrase
  const first = tokens[phrase.start]!.norm
  const words = phrase.end - phrase.start
  // “Someone who attended the dinner”: one particular person.
  if ((first === 'someone' || first === 'somebody') && words === 1) return {...phrase, kind: 'anonymous', plural: false}
  if (phrase.kind !== 'named' || phrase.headType || phrase.reference) return phrase
  // “A CFA volunteer who …”: a name may qualify the noun, not be it.
  const lower = words === 1 || !tokens[phrase.end - 1]!.cap
  if (!lower || words > 4) return phrase
  if (first === 'those' && words === 1) return {...phrase, kind: 'anonymous', plural: true}
  if ((first === 'a' || first === 'an' || first === 'one' || first === 'another') && words > 1) {
    return {...phrase, kind: 'anonymous'}
  }

  return phrase
}

/**
 * Index of a `who`/`whom`/`which` opening a relative clause that runs, with
 * no punctuation, up to token `end`.
 */
function relativeClause(tokens: ReadonlyArray<Token>, end: number, lexicon: CompiledLexicon): number | undefined {
  for (let index = end; index >= 0 && index > end - 12; index--) {
    const token = tokens[index]!
    if (token.kind !== 'word') return undefined
    // “who … said crews had reported”: the clause ended at the first verb.
    if (index < end && lexicon.reportingVerbs.has(token.norm)) return undefined
    if (token.norm === 'who' || token.norm === 'whom' || token.norm === 'whose') return index > 0 ? index : undefined
  }

  return undefined
}

/** Whether a person’s name (two capitalised words) starts within three tokens of `from`. */
function namesFollow(tokens: ReadonlyArray<Token>, from: number, lexicon: CompiledLexicon): boolean {
  for (let index = from; index < from + 3 && index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    if (isName(token, lexicon, index) && tokens.slice(index + 1, index + 3).some((d) => d.cap)) return true
  }

  return false
}

/** Index of the comma opening the clause that ends at `comma`. */
function previousComma(tokens: ReadonlyArray<Token>, comma: number): number | undefined {
  for (let index = comma - 1; index >= 0 && index > comma - 30; index--) {
    const token = tokens[index]!
    if (token.text === ',') return index
    if (token.kind !== 'word' && token.text !== '-' && token.text !== "'" && token.text !== '’') return undefined
  }

  return undefined
}

function span(sentence: Sentence, from: number, to: number): Span {
  const start = sentence.tokens[from]!.start
  const end = sentence.tokens[to - 1]!.end
  return {start, end, text: sentence.value.slice(start, end)}
}

/**
 * What earlier sentences mentioned, for back-references: sources in order,
 * and the last proper name.
 */
class Memory {
  readonly sources: Array<Finding> = []
  /** Offset of the last person-like name, and its sentence. */
  lastName: Span | undefined
  /** Named mentions of descriptor heads (“Jane Doe, an aide to …”). */
  readonly titled = new Map<string, Span>()
  /** Whether any name has been seen: something a description can refer to. */
  named = false

  addSource(finding: Finding): void {
    this.sources.push(finding)
    if (finding.attribution.kind === 'named' && !finding.attribution.reference) this.named = true
  }

  addNames(sentence: Sentence, lexicon: CompiledLexicon): void {
    if (sentence.innerCapital) this.named = true
    // Only a pair of capitalised words can be a person’s name or carry a
    // title; other sentences need not be tokenised at all.
    if (!sentence.capitalPair) return
    const tokens = sentence.tokens

    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (!isName(token, lexicon, index)) continue
      this.named = true
      if (token.quoted) continue
      const next = tokens[index + 1]
      // People are written with two capitalised words or a title.
      if (next && next.kind === 'word' && next.cap) {
        this.lastName = {start: token.start, end: next.end, text: sentence.value.slice(token.start, next.end)}
        this.title(sentence, index, lexicon)
        index++
      }
    }
  }

  /** Register “Name, a/the … head” and “head Name” as named mentions of `head`. */
  private title(sentence: Sentence, index: number, lexicon: CompiledLexicon): void {
    const tokens = sentence.tokens
    const name = this.lastName!

    // “aide Jane Doe”, “spokeswoman Jane Doe”.
    const before = tokens[index - 1]
    if (before) {
      const head = titleHead(stripPossessive(before.norm), lexicon)
      if (head) this.titled.set(head, name)
    }

    // “Jane Doe, an aide to the senator,”.
    let at = index + 2
    while (tokens[at]?.kind === 'word' && tokens[at]!.cap) at++
    if (tokens[at]?.text !== ',') return
    for (let offset = at + 1; offset < tokens.length && offset < at + 9; offset++) {
      const token = tokens[offset]!
      if (token.kind !== 'word') break
      const head = titleHead(stripPossessive(token.norm), lexicon)
      if (head) this.titled.set(head, name)
    }
  }
}

/** A noun that can title a named person: “aide Jane Doe”, “Ruth Adeyemi, chief economist”. */
function titleHead(norm: string, lexicon: CompiledLexicon): string | undefined {
  return lexicon.descriptors.get(norm) ?? lexicon.collectives.get(norm)
}

/**
 * Give a back-reference the kind of what it refers to: a pronoun takes the
 * most recent source (in this or the previous sentence) or else the most
 * recent name; a definite description (“the aide”) takes the last source
 * or titled name with the same head.
 */
function resolve(finding: Finding, sentence: Sentence, memory: Memory, named: boolean, lexicon: CompiledLexicon): void {
  const attribution = finding.attribution
  const reference = attribution.reference
  if (!reference) return

  if (reference.type === 'pronoun') {
    const word = attribution.source!.text.toLowerCase()
    const singular = singularPronouns.has(word)
    const lastSource = memory.sources.findLast((d) =>
      (singular ? !d.attribution.plural || d.attribution.kind === 'named' : true) &&
      d.attribution.kind !== 'none'
    )
    const name = memory.lastName
    const recent = lastSource && lastSource.sentence.paragraph >= sentence.paragraph - 1 &&
      lastSource.sentence.index >= sentence.index - 1
    let antecedent: Finding | undefined

    if (lastSource && (recent || !name || name.start < lastSource.attribution.source!.start)) {
      antecedent = lastSource
    }

    if (antecedent) {
      attribution.kind = antecedent.attribution.kind
      reference.antecedent = antecedent.attribution.source!
      if (antecedent.attribution.head) attribution.head = antecedent.attribution.head
    } else if (name) {
      attribution.kind = 'named'
      reference.antecedent = name
    } else {
      // Nobody to refer to: the text never says who “he” or “she” is.
      // “They” and “it” more often stand for a group or body the text has
      // described without citing it (“homes they say have cracked”).
      const person = singularPronouns.has(word)
      attribution.kind = person ? 'anonymous' : 'named'
      finding.unresolved = person
    }

    return
  }

  // Definite description.
  const head = attribution.head
  const titled = head === undefined ? undefined : memory.titled.get(head)
  const previous = memory.sources.findLast((d) => d.attribution.head === head && d.attribution.source)
  if (previous && (!titled || titled.start < previous.attribution.source!.start)) {
    attribution.kind = previous.attribution.kind
    reference.antecedent = previous.attribution.source!
  } else if (titled) {
    attribution.kind = 'named'
    reference.antecedent = titled
  } else if (finding.headType === 'collective') {
    // “The researchers found”: the group the text has described, unless it
    // is one nobody can name (“the international community”).
    if (named && !(attribution.plural && lexicon.unnameableGroups.has(attribution.head ?? ''))) {
      // “The virologist said”: one particular expert, surely the one the
      // text has named.
      attribution.kind = 'named'
    } else {
      // “The international community”: nobody to refer to, so it
      // introduces a vague source.
      finding.introduction = true
      delete attribution.reference
    }
  } else if (finding.headType !== 'descriptor') {
    // “The agency said”: named if the text has named anyone it could be;
    // with no name before it, the text never says who this is.
    if (!named) {
      attribution.kind = 'anonymous'
      finding.unresolved = true
    }
  } else {
    // “A senior official said … The aide added”: the nearest source in this
    // or the previous sentence of the paragraph is the antecedent.
    const nearby = memory.sources.findLast((d) => d.attribution.kind !== 'none')
    if (
      nearby &&
      nearby.sentence.paragraph === sentence.paragraph &&
      nearby.sentence.index >= sentence.index - 1 &&
      !nearby.attribution.plural
    ) {
      attribution.kind = nearby.attribution.kind
      reference.antecedent = nearby.attribution.source!
    } else if (memory.lastName && !lexicon.sourceOnlyHeads.has(attribution.head ?? '') && !attribution.plural && !lexicon.markers.matchAll(sentence.words).length) {
      // “The attorney said”, with a person named before and no attorney
      // introduced: the named person in their role.
      attribution.kind = 'named'
      reference.antecedent = memory.lastName
    } else {
      // “The aide added”, with no aide introduced: this is the introduction.
      finding.introduction = true
      delete attribution.reference
    }
  }
}

/**
 * Attach anonymity markers (same sentence) and reasons (same sentence or
 * the next two) to anonymous sources.
 */
function attachAnonymity(findings: ReadonlyArray<Finding>, sentences: ReadonlyArray<Sentence>, lexicon: CompiledLexicon): void {
  const bySentence = new Map<number, Array<Finding>>()
  for (const finding of findings) {
    if (finding.attribution.kind !== 'anonymous') continue
    let list = bySentence.get(finding.sentence.index)
    if (!list) {
      list = []
      bySentence.set(finding.sentence.index, list)
    }

    list.push(finding)
  }

  if (bySentence.size === 0) return
  const reasonCache = new Map<number, Span | undefined>()

  for (const [index, list] of bySentence) {
    const sentence = sentences[index]!

    for (const match of lexicon.markers.matchAll(sentence.words)) {
      const from = sentence.wordTokens[match.start]!
      const to = sentence.wordTokens[match.end - 1]!
      const marker: Span = {start: from.start, end: to.end, text: ''}
      marker.text = spanText(sentence, from.index, to.index + 1)
      // The nearest anonymous source takes the marker.
      let best: Finding | undefined
      let distance = Infinity
      for (const finding of list) {
        const source = finding.attribution.source
        if (!source) continue
        const gap = marker.start >= source.end ? marker.start - source.end : Math.max(0, source.start - marker.end)
        if (gap < distance) {
          distance = gap
          best = finding
        }
      }

      if (best && !best.attribution.marker) best.attribution.marker = marker
    }

    // Reasons: this sentence, then the next two, unless a later sentence
    // has anonymous sources of its own to explain.  Wire copy gives each
    // sentence its own paragraph (“… a person with knowledge of the deal
    // told The Associated Press. ¶ The person spoke on condition of
    // anonymity because …”), so the search crosses paragraphs.
    let reason: Span | undefined
    for (let offset = 0; offset < 3 && !reason; offset++) {
      const at = index + offset
      if (offset > 0 && bySentence.get(at)?.some((d) => d.introduction)) break
      if (!reasonCache.has(at)) {
        const other = sentences[at]
        let found: Span | undefined
        if (other) {
          const match = lexicon.reasons.matchAll(other.words)[0]
          if (match) {
            const from = other.wordTokens[match.start]!
            // The reason runs to the end of its clause.
            let to = other.wordTokens[match.end - 1]!.index
            while (to + 1 < other.tokens.length && other.tokens[to + 1]!.kind === 'word' && to < from.index + 16) to++
            found = {start: from.start, end: other.tokens[to]!.end, text: spanText(other, from.index, to + 1)}
          }
        }

        reasonCache.set(at, found)
      }

      reason = reasonCache.get(at)
      // A later sentence must be about the anonymity it explains.
      if (reason && offset > 0 && !sentences[at]!.words.some((d) => lexicon.anonymityWords.has(d))) reason = undefined
    }

    if (reason) {
      for (const finding of list) finding.attribution.reason = reason
    }
  }
}

function spanText(sentence: Sentence, from: number, to: number): string {
  return span(sentence, from, to).text
}
