/**
 * What the analysis produces: findings (an attribution with what the rules
 * need beyond the public record) and the analysis of a whole document.
 */
import type {Attribution} from '../types.js'
import type {Sentence} from './tokens.js'

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
