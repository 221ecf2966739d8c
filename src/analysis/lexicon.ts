/**
 * Compile the rule data (`../data/`) into the lookup structures the
 * analysis uses: word sets and indexed pattern sets.  Compiled once per
 * data object and cached, so the cost is paid when the plugin is
 * configured, not per file.
 */
import pluralize from 'pluralize'
import type {LexiconData} from '../data/index.js'
import {wordClasses} from '../data/grammar.js'
import {compilePatterns, type PatternSet} from './patterns.js'

/** What a word can start, as bits of `CompiledLexicon.triggers`. */
export const trigger = {
  impersonal: 1,
  passive: 2,
  learned: 4,
  hedge: 8,
  prepositional: 16,
  quoted: 32,
  verb: 64,
  participle: 128,
  claim: 256
} as const

export interface CompiledLexicon {
  data: LexiconData
  /**
   * Every word that can start a cue, with what it can start: one lookup per
   * word finds the few places worth a closer look.
   */
  triggers: ReadonlyMap<string, number>
  reportingVerbs: ReadonlySet<string>
  sourceVerbs: ReadonlySet<string>
  quoteTags: ReadonlySet<string>
  anonymousModifiers: ReadonlySet<string>
  sourceOnlyHeads: ReadonlySet<string>
  unnameableGroups: ReadonlySet<string>
  tellingVerbs: ReadonlySet<string>
  media: ReadonlySet<string>
  verbFrames: PatternSet
  /** Verbs that start a frame: cues only where a frame matches. */
  framedVerbs: ReadonlySet<string>
  evidenceVerbs: ReadonlySet<string>
  participleCues: ReadonlySet<string>
  notSources: ReadonlySet<string>
  /** Prepositional cues by first word: `according` → [`according to`]. */
  prepositionalCues: PatternSet
  /** Head nouns (both numbers) to their singular form. */
  descriptors: ReadonlyMap<string, string>
  collectives: ReadonlyMap<string, string>
  documents: ReadonlyMap<string, string>
  bareVague: ReadonlySet<string>
  spokespersons: ReadonlySet<string>
  institutionalVoices: ReadonlySet<string>
  organisations: ReadonlyMap<string, string>
  counsel: ReadonlySet<string>
  partisans: ReadonlySet<string>
  vagueModifiers: ReadonlySet<string>
  issuers: ReadonlySet<string>
  records: ReadonlySet<string>
  /** Ordinary people (“parents”, “voters”), apart from officials. */
  ordinaryPeople: ReadonlySet<string>
  quantifiers: ReadonlySet<string>
  ranks: ReadonlySet<string>
  affiliations: ReadonlySet<string>
  knowledge: PatternSet
  namedSources: PatternSet
  impersonal: PatternSet
  passive: PatternSet
  hedges: ReadonlySet<string>
  learned: PatternSet
  legalContext: ReadonlySet<string>
  markers: PatternSet
  reasons: PatternSet
  anonymityWords: ReadonlySet<string>
  boilerplateReasons: PatternSet
  verification: PatternSet
  figures: PatternSet
  claims: PatternSet
  allegations: PatternSet
  legalProcess: ReadonlySet<string>
  opinionVerbs: ReadonlySet<string>
  judgements: PatternSet
  opinionPhrases: PatternSet
  characterisations: PatternSet
  namings: PatternSet
  outlets: ReadonlySet<string>
}

const cache = new WeakMap<LexiconData, CompiledLexicon>()

export function compileLexicon(data: LexiconData): CompiledLexicon {
  let compiled = cache.get(data)
  if (compiled) return compiled

  const patterns = (list: ReadonlyArray<string>) =>
    compilePatterns(list, wordClasses)
  const heads = nouns
  const verbFrames = patterns(data.verbFrames)

  compiled = {
    data,
    triggers: new Map(),
    reportingVerbs: lower(data.reportingVerbs),
    sourceVerbs: lower(data.sourceVerbs),
    quoteTags: lower(data.quoteTags),
    anonymousModifiers: lower(data.anonymousModifiers),
    sourceOnlyHeads: lastWords(data.sourceOnlyHeads),
    unnameableGroups: lastWords(data.unnameableGroups),
    tellingVerbs: lower(data.tellingVerbs),
    media: lastWords(data.media),
    verbFrames,
    framedVerbs: new Set(verbFrames.anchorWords()),
    evidenceVerbs: lower(data.evidenceVerbs),
    participleCues: lower(data.participleCues),
    notSources: lower(data.notSources),
    prepositionalCues: patterns(data.prepositionalCues),
    descriptors: heads([...data.descriptors, ...data.people]),
    collectives: heads(data.collectives),
    documents: heads(data.documents),
    bareVague: lastWords([...data.bareVague, ...data.people]),
    spokespersons: lastWords(data.spokespersons),
    institutionalVoices: lastWords(data.institutionalVoices),
    organisations: heads(data.organisations),
    counsel: lastWords(data.counsel),
    partisans: lastWords(data.partisans),
    vagueModifiers: lower(data.vagueModifiers),
    issuers: lower(data.issuers),
    records: lastWords(data.records),
    ordinaryPeople: lastWords(data.people),
    quantifiers: lower(data.quantifiers),
    ranks: lower(data.ranks),
    affiliations: lower(data.affiliations),
    knowledge: patterns(data.knowledge),
    namedSources: patterns(data.namedSources),
    impersonal: patterns(data.impersonal),
    passive: patterns(data.passive),
    hedges: lower(data.hedges),
    learned: patterns(data.learned),
    legalContext: lower(data.legalContext),
    markers: patterns(data.markers),
    reasons: patterns(data.reasons),
    anonymityWords: lower(data.anonymityWords),
    boilerplateReasons: patterns(data.boilerplateReasons),
    verification: patterns(data.verification),
    figures: patterns(data.figures),
    claims: patterns(data.claims),
    allegations: patterns(data.allegations),
    legalProcess: lower(data.legalProcess),
    opinionVerbs: lower(data.opinionVerbs),
    judgements: patterns(data.judgements),
    opinionPhrases: patterns(data.opinionPhrases),
    characterisations: patterns(data.characterisations),
    namings: patterns(data.namings),
    outlets: lower(data.outlets)
  }

  const triggers = compiled.triggers as Map<string, number>
  const mark = (words: Iterable<string>, bit: number) => {
    for (const word of words) triggers.set(word, (triggers.get(word) ?? 0) | bit)
  }

  mark(compiled.impersonal.anchorWords(), trigger.impersonal)
  mark(compiled.passive.anchorWords(), trigger.passive)
  mark(compiled.learned.anchorWords(), trigger.learned)
  mark(compiled.hedges, trigger.hedge)
  mark(compiled.prepositionalCues.anchorWords(), trigger.prepositional)
  mark(['quoted', 'cited'], trigger.quoted)
  mark(compiled.reportingVerbs, trigger.verb)
  mark(compiled.sourceVerbs, trigger.verb)
  mark(compiled.quoteTags, trigger.verb)
  mark(compiled.participleCues, trigger.participle)
  mark(compiled.figures.anchorWords(), trigger.claim)
  mark(compiled.claims.anchorWords(), trigger.claim)
  mark(compiled.allegations.anchorWords(), trigger.claim)

  cache.set(data, compiled)
  return compiled
}

function lower(list: ReadonlyArray<string>): ReadonlySet<string> {
  return new Set(list.map((d) => d.toLowerCase()))
}

/** Last words of entries, singular (“press secretary” → `secretary`). */
function lastWords(list: ReadonlyArray<string>): ReadonlySet<string> {
  return new Set(list.map((d) => d.toLowerCase().trim().split(/\s+/).at(-1)!))
}

/**
 * Map singular and plural forms of each noun to its singular.  A multi-word
 * noun is known by its last word (“staff member” → `member`): the words
 * before it are modifiers like any other.
 */
function nouns(list: ReadonlyArray<string>): ReadonlyMap<string, string> {
  const map = new Map<string, string>()

  for (const entry of list) {
    const singular = entry.toLowerCase().trim().split(/\s+/).at(-1)!
    if (!map.has(singular)) map.set(singular, singular)
    const plural = pluralize.plural(singular)
    if (!map.has(plural)) map.set(plural, singular)
  }

  return map
}
