/**
 * Public types of `retext-attribution`: the shape of `file.data.attributions`
 * and of the plugin options.  These are a stable contract: tools build
 * sourcing reports from them without parsing the text again.
 */

/**
 * What kind of source an attribution names.
 *
 * * `named` — a person, organisation, outlet, document or government
 *   identified by name (“said Lena Ortiz”, “the Pentagon said”)
 * * `anonymous` — a specific but unnamed person or group
 *   (“a senior defense official”, “people familiar with the matter”)
 * * `vague` — an indefinite collective or unspecified reports, media or
 *   studies (“experts say”, “studies show”, “local media reported”)
 * * `none` — no agent at all: passive, impersonal or adverbial
 *   (“it is believed”, “is said to”, “reportedly”)
 */
export type SourceKind = 'anonymous' | 'named' | 'none' | 'vague'

/**
 * How the attribution is signalled.
 *
 * * `verb` — a reporting verb: “said”, “told”, “argued”, “studies show”
 * * `according-to` — “according to …”, “per …”
 * * `citing` — “citing …”, “quoted … as saying”, “cited … as saying”
 * * `passive` — an agentless passive: “is said to”, “is widely seen as”
 * * `impersonal` — “it is believed”, “there are fears that”, “it emerged”
 * * `adverb` — a hedging adverb: “reportedly”, “allegedly”
 */
export type CueType =
  | 'according-to'
  | 'adverb'
  | 'citing'
  | 'impersonal'
  | 'passive'
  | 'verb'

/**
 * A stretch of the file: offsets are 0-based UTF-16 code unit indices into
 * the file’s value, `end` exclusive, so `String(file).slice(start, end)`
 * equals `text`.
 */
export interface Span {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
  /** The text of the span as it appears in the file. */
  text: string
}

/**
 * How a source phrase that refers back (“she”, “the aide”) was resolved.
 */
export interface Reference {
  /** `pronoun` (“she said”) or `definite` (“the aide added”). */
  type: 'definite' | 'pronoun'
  /**
   * The mention it was resolved to, when one was found: an earlier source
   * phrase or a proper name.
   */
  antecedent?: Span
}

/**
 * One attribution: a claim tied (or failing to be tied) to a source.
 */
export interface Attribution {
  /** Kind of source. */
  kind: SourceKind
  /** The word or words that signal the attribution (“said”, “according to”). */
  cue: Span & {type: CueType}
  /**
   * The source phrase (“a senior defense official”, “Lena Ortiz”); absent
   * when `kind` is `none`.
   */
  source?: Span
  /**
   * Head noun of the source phrase, lower case, singular where known
   * (`official`, `expert`, `study`); absent for names and agentless cues.
   */
  head?: string
  /** Whether the source is a group (“officials”, “people”, “studies”). */
  plural?: boolean
  /** Set when the source phrase refers back to an earlier mention. */
  reference?: Reference
  /**
   * An anonymity marker tied to the source (“who asked not to be named”,
   * “on condition of anonymity”, “it did not identify”).
   */
  marker?: Span
  /**
   * A reason for anonymity, found in the same sentence or the next two
   * (“because he was not authorized to speak publicly”).
   */
  reason?: Span
  /**
   * The outlet or person that relays this source (“Reuters reported, citing
   * two diplomats”): the intermediary, when the attribution is second-hand.
   */
  relayedBy?: Span
  /** Whether the cue itself stands inside a direct quotation. */
  quoted: boolean
  /**
   * Whether the attributed content is a direct quotation
   * (“‘We will not back down,’ the official said”).
   */
  direct: boolean
  /** The sentence holding the cue. */
  sentence: {start: number; end: number}
  /** Index of the paragraph (0-based, in document order). */
  paragraph: number
}

declare module 'vfile' {
  interface DataMap {
    /**
     * Attributions found by `retext-attribution`, in document order.
     */
    attributions: Array<Attribution>
  }
}
