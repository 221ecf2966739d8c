/**
 * The rule data, gathered into one object.  Every list here can be
 * extended through the `lexicon` option; the engine (`../analysis/`) reads
 * only this object.
 */
import * as agentless from './agentless.js'
import * as anonymity from './anonymity.js'
import * as claims from './claims.js'
import * as cues from './cues.js'
import * as policy from './policy.js'
import * as sources from './sources.js'

export interface LexiconData {
  /** Reporting verbs for any subject (every form: “say”, “says”, “said”). */
  reportingVerbs: ReadonlyArray<string>
  /** Verbs that report only after a source noun (“studies show”). */
  sourceVerbs: ReadonlyArray<string>
  /** Participles after a comma (“…, saying …”). */
  participleCues: ReadonlyArray<string>
  /** Verbs of evidence, for documents only (“the study found”). */
  evidenceVerbs: ReadonlyArray<string>
  /** Nouns after “according to” that are no source (“according to plan”). */
  notSources: ReadonlyArray<string>
  /** Verbs whose object heard it (“told”): unnamed media there are vague. */
  tellingVerbs: ReadonlyArray<string>
  /** Document heads that are media (“local media”, “a TV channel”). */
  media: ReadonlyArray<string>
  /** Heads that never refer back to a named person (“the source”). */
  sourceOnlyHeads: ReadonlyArray<string>
  /** Groups a definite article does not make specific (“the international community”). */
  unnameableGroups: ReadonlyArray<string>
  /** Modifiers that say a source is unnamed (“unnamed”, “unspecified”). */
  anonymousModifiers: ReadonlyArray<string>
  /** Speech tags after a closing quotation mark (“he continued”). */
  quoteTags: ReadonlyArray<string>
  /** Verbs that report only in a frame (“agreed that”, “appeared to show”). */
  verbFrames: ReadonlyArray<string>
  /** Cues before their source (“according to”, “citing”). */
  prepositionalCues: ReadonlyArray<string>
  /** Heads of anonymous sources (“official”, “person”, “aide”). */
  descriptors: ReadonlyArray<string>
  /** Ordinary people cited without a name (“a neighbour”, “her mother”). */
  people: ReadonlyArray<string>
  /** Heads that are vague when bare (“officials said”). */
  bareVague: ReadonlyArray<string>
  /** Spokespeople: anonymous only when their organisation is unnamed. */
  spokespersons: ReadonlyArray<string>
  /** Counsel, who speak for the client after them (“lawyers for the family”). */
  counsel: ReadonlyArray<string>
  /** Organisations nobody names, vague in the bare plural (“business groups”). */
  organisations: ReadonlyArray<string>
  /** Heads that speak for a named organisation before them (“FEMA officials”). */
  institutionalVoices: ReadonlyArray<string>
  /** Collectives by stance, vague even with a name before them (“United supporters”). */
  partisans: ReadonlyArray<string>
  /** Modifiers that single out nobody (“local officials”). */
  vagueModifiers: ReadonlyArray<string>
  /** Issuers that make a record specific (“court documents”). */
  issuers: ReadonlyArray<string>
  /** Record heads an issuer makes specific (“documents”, “records”). */
  records: ReadonlyArray<string>
  /** Heads of vague collectives (“experts”, “analysts”). */
  collectives: ReadonlyArray<string>
  /** Quantifiers standing alone as a source (“some”, “many”). */
  quantifiers: ReadonlyArray<string>
  /** Heads of unspecified documents and media (“studies”, “media”). */
  documents: ReadonlyArray<string>
  /** Rank words that add nothing verifiable (“senior”, “well-placed”). */
  ranks: ReadonlyArray<string>
  /** Words tying a collective to a named body (“at”, “surveyed by”). */
  affiliations: ReadonlyArray<string>
  /** Knowledge clauses (“familiar with”, “briefed on”). */
  knowledge: ReadonlyArray<string>
  /** Phrases that always name a source (“the White House”). */
  namedSources: ReadonlyArray<string>
  /** Impersonal agentless patterns (“it is believed”). */
  impersonal: ReadonlyArray<string>
  /** Agentless passive patterns (“is said to”). */
  passive: ReadonlyArray<string>
  /** Hedging adverbs (“reportedly”). */
  hedges: ReadonlyArray<string>
  /** “[Outlet] has learned” patterns. */
  learned: ReadonlyArray<string>
  /** Words that make “allegedly” a legal term. */
  legalContext: ReadonlyArray<string>
  /** Anonymity markers (“on condition of anonymity”). */
  markers: ReadonlyArray<string>
  /** Reasons for anonymity (“for fear of reprisals”). */
  reasons: ReadonlyArray<string>
  /** Words that show a later sentence is about anonymity (“spoke”, “named”). */
  anonymityWords: ReadonlyArray<string>
  /** Rote reasons (“not authorized to speak publicly”). */
  boilerplateReasons: ReadonlyArray<string>
  /** Verification statements (“could not independently verify”). */
  verification: ReadonlyArray<string>
  /** Money and proportion figure patterns (“$2.3 billion”, “40%”). */
  figures: ReadonlyArray<string>
  /** Consequential claim patterns (casualties, records, allegations, forecasts). */
  claims: ReadonlyArray<string>
  /** Allegation patterns (“fraud”, “bribes”, “covered up”). */
  allegations: ReadonlyArray<string>
  /** Court process words: an allegation is then the charge on the record. */
  legalProcess: ReadonlyArray<string>
  /** `anonymous-opinion`: cues that make content opinion (“predicted”, “argued”). */
  opinionVerbs: ReadonlyArray<string>
  /** `anonymous-opinion`: judgement in predicate position (“was foolish”). */
  judgements: ReadonlyArray<string>
  /** `anonymous-opinion`: speculation and set phrases (“probably”, “out of his depth”). */
  opinionPhrases: ReadonlyArray<string>
  /** `anonymous-opinion`: judging verbs with the source as subject (“criticised”). */
  characterisations: ReadonlyArray<string>
  /** `anonymous-opinion`: calling someone something (“called the senator a liar”). */
  namings: ReadonlyArray<string>
  /** `unverified-secondhand`: words that show a relaying party is a news outlet. */
  outlets: ReadonlyArray<string>
}

export const defaultLexicon: LexiconData = {
  reportingVerbs: cues.reportingVerbs,
  sourceVerbs: cues.sourceVerbs,
  verbFrames: cues.verbFrames,
  quoteTags: cues.quoteTags,
  anonymousModifiers: anonymity.anonymousModifiers,
  sourceOnlyHeads: sources.sourceOnlyHeads,
  unnameableGroups: sources.unnameableGroups,
  tellingVerbs: cues.tellingVerbs,
  media: sources.media,
  participleCues: cues.participleCues,
  evidenceVerbs: cues.evidenceVerbs,
  notSources: cues.notSources,
  prepositionalCues: cues.prepositionalCues,
  descriptors: sources.descriptors,
  people: sources.people,
  bareVague: sources.bareVague,
  spokespersons: sources.spokespersons,
  counsel: sources.counsel,
  organisations: sources.organisations,
  institutionalVoices: sources.institutionalVoices,
  partisans: sources.partisans,
  vagueModifiers: sources.vagueModifiers,
  issuers: sources.issuers,
  records: sources.records,
  collectives: sources.collectives,
  quantifiers: sources.quantifiers,
  documents: sources.documents,
  ranks: sources.ranks,
  affiliations: sources.affiliations,
  knowledge: sources.knowledge,
  namedSources: sources.namedSources,
  impersonal: agentless.impersonal,
  passive: agentless.passive,
  hedges: agentless.hedges,
  learned: agentless.learned,
  legalContext: agentless.legalContext,
  markers: anonymity.markers,
  reasons: anonymity.reasons,
  anonymityWords: anonymity.anonymityWords,
  boilerplateReasons: anonymity.boilerplateReasons,
  verification: anonymity.verification,
  figures: claims.figures,
  claims: claims.claims,
  allegations: claims.allegations,
  legalProcess: claims.legalProcess,
  opinionVerbs: policy.opinionVerbs,
  judgements: policy.judgements,
  opinionPhrases: policy.opinionPhrases,
  characterisations: policy.characterisations,
  namings: policy.namings,
  outlets: policy.outlets
}
