/**
 * `anonymous-opinion`: an anonymous source giving opinion, speculation or a
 * characterisation of a person (AP: anonymous material must be
 * “information and not opinion or speculation”; NYT, NPR, Reuters and the
 * Washington Post: no anonymous judgements or personal attacks).
 *
 * Judgement is read from the cue (“predicted”, “argued”), from the
 * attributed content (“said the plan was foolish”, “said the vote would
 * probably slip”), and from judging verbs whose subject is the source
 * (“an aide called the senator a liar”, “a source close to her criticised
 * the decision”).  A plain statement about the future is information, not
 * speculation: “said the talks would resume on Monday” is not flagged.
 */
import type {Finding} from '../analysis/analyze.js'
import type {CompiledLexicon} from '../analysis/lexicon.js'
import type {PatternMatch} from '../analysis/patterns.js'
import type {Sentence} from '../analysis/tokens.js'
import type {Span} from '../types.js'
import {
  Contents,
  endsPhrase,
  matchSpan,
  definiteIntroduction,
  ordinaryPerson,
  subjectKind,
  subjectOf,
  surelyAnonymous,
  text,
  wordAt
} from './content.js'
import {checked, code, type Report, type Rule} from './rule.js'

/** Words after a judging verb that make it passive or a phrasal verb. */
const notObject = new Set(['by', 'for', 'over', 'of', 'in', 'after', 'as', 'at', 'on', 'from', 'to', 'and', 'off', 'up', 'out', 'back', 'into'])

const note =
  'Anonymous sources may give information, not opinion, speculation or personal judgement (AP, NYT, Reuters, Washington Post). Name the source, or keep the facts and cut the judgement.'

export const anonymousOpinion: Rule = {
  id: 'anonymous-opinion',
  description: 'an anonymous source giving opinion, speculation or a characterisation of a person',
  flagged: 'A senior aide called the senator “a liar”.',
  notFlagged: 'A senior aide said the talks would resume on Monday.',
  check({analysis, lexicon, options, report}) {
    const contents = new Contents(analysis)
    const cueStarts = new Set(analysis.findings.map((d) => d.attribution.cue.start))

    // Attributions whose cue or content is judgement.
    for (const finding of analysis.findings) {
      const {attribution} = finding
      if (!surelyAnonymous(finding, lexicon) || !checked(finding, options)) continue
      // “The farmer said”, “teachers fear”: not sources to hold to policy.
      if (definiteIntroduction(finding) || ordinaryPerson(attribution.head, lexicon)) continue
      // Pronouns are resolved less surely than noun phrases: “she said”
      // after a named speaker must never be flagged.
      if (attribution.reference?.type === 'pronoun') continue
      const evidence = judgement(finding, contents, lexicon)
      if (evidence) report(message(attribution.source!, evidence, finding))
    }

    // Judging verbs (“called”, “criticised”) with an anonymous subject.
    // The latest attribution per head, for “the aide criticised …”, kept
    // as the sentences go by (a search per verb would be quadratic).
    const lastByHead = new Map<string, Finding>()
    for (const sentence of analysis.sentences) {
      const siblings = contents.siblings(sentence)
      const matches = [
        ...lexicon.characterisations.matchAll(sentence.words),
        ...lexicon.namings.matchAll(sentence.words).filter((d) => endsPhrase(sentence, d))
      ]
      const done = new Set<number>()

      for (const match of matches) {
        const verb = sentence.wordTokens[match.start]!
        if (done.has(verb.index) || cueStarts.has(verb.start)) continue
        if (verb.quoted && !options.checkQuotes) continue
        if (notObject.has(sentence.tokens[verb.index + 1]?.norm ?? '')) continue
        const subject = subjectOf(sentence, verb.index, lexicon)
        if (!subject || subject.reference === 'pronoun') continue
        if (subjectKind(subject, sentence, siblings, lastByHead) !== 'anonymous') continue
        if (subject.head && (lexicon.spokespersons.has(subject.head) || ordinaryPerson(subject.head, lexicon))) continue
        done.add(verb.index)
        const first = sentence.tokens[subject.spanStart]!
        const last = sentence.tokens[subject.spanEnd - 1]!
        const source: Span = {start: first.start, end: last.end, text: text(sentence, subject.spanStart, subject.spanEnd)}
        report(message(source, matchSpan(sentence, match), siblings[0]))
      }

      for (const finding of siblings) {
        const head = finding.attribution.head
        if (head && finding.attribution.source && !finding.unresolved) lastByHead.set(head, finding)
      }
    }
  }
}

function message(source: Span, evidence: Span, finding: Finding | undefined): Report {
  const report: Report = {
    start: source.start,
    end: source.end,
    reason: 'Unexpected opinion from anonymous source ' + code(source.text) + ': ' + code(evidence.text),
    actual: source.text,
    note
  }
  // Messages take their ancestors from a finding of the same sentence.
  if (finding) report.finding = finding
  return report
}

/** The judgement in a finding’s cue or content, if any. */
function judgement(finding: Finding, contents: Contents, lexicon: CompiledLexicon): Span | undefined {
  const {cue} = finding.attribution
  const sentence = finding.sentence

  if (cue.type === 'verb' && lexicon.opinionVerbs.has(cue.text.toLowerCase())) {
    return cue
  }

  // A cue that judges (“dismissed the report as”, “described her as inept”).
  const cueIndex = wordAt(sentence, cue.start)
  if (cueIndex >= 0) {
    const judged =
      lexicon.characterisations.matchAt(sentence.words, cueIndex) ??
      ends(sentence, lexicon.namings.matchAt(sentence.words, cueIndex))
    if (judged) return matchSpan(sentence, judged)
  }

  const match =
    contents.matchesIn(lexicon.judgements, finding).find((d) => endsPhrase(sentence, d)) ??
    contents.matchesIn(lexicon.opinionPhrases, finding)[0]
  return match ? matchSpan(sentence, match) : undefined
}

function ends(sentence: Sentence, match: PatternMatch | undefined): PatternMatch | undefined {
  return match && endsPhrase(sentence, match) ? match : undefined
}
