/**
 * `unverified-secondhand`: another outlet’s anonymous or vague sourcing
 * relayed (“X reported, citing officials it did not name”) with no word on
 * whether the claim was checked (AP, BBC: say that you could not
 * independently verify it).
 */
import type {Finding} from '../analysis/analyze.js'
import type {CompiledLexicon} from '../analysis/lexicon.js'
import type {Sentence} from '../analysis/tokens.js'
import {publishingVerbs} from '../data/policy.js'
import {words} from '../options.js'
import type {Span} from '../types.js'
import {Contents} from './content.js'
import {checked, code, type Rule} from './rule.js'

const reportCues = new Set<string>(publishingVerbs)

export const unverifiedSecondhand: Rule = {
  id: 'unverified-secondhand',
  description: 'another outlet’s anonymous or vague sourcing relayed with no statement on verification',
  flagged: 'The Daily Post reported, citing two officials it did not identify, that the minister would resign.',
  notFlagged: '…, citing two officials it did not identify. Reuters could not independently verify the report.',
  check({analysis, lexicon, options, report}) {
    const contents = new Contents(analysis)

    for (const finding of analysis.findings) {
      const {attribution} = finding
      if (attribution.kind !== 'anonymous' && attribution.kind !== 'vague') continue
      if (!attribution.source || !checked(finding, options)) continue
      if (attribution.cue.type !== 'citing' && !attribution.relayedBy) continue

      const relay = relayer(finding, contents.siblings(finding.sentence), lexicon)
      if (!relay) continue
      if (verified(analysis.sentences, finding.sentence, lexicon)) continue

      const source = attribution.source
      report({
        start: source.start,
        end: source.end,
        reason:
          'Unexpected second-hand ' + attribution.kind + ' source ' + code(source.text) +
          ' relayed by ' + code(relay.text) +
          ', say whether the report could be verified',
        actual: source.text,
        note: 'AP and BBC: when relaying another outlet’s unnamed sources, say whether you could confirm it (“Reuters could not independently verify the report”), or confirm it yourself.',
        finding
      })
    }
  }
}

/**
 * The news outlet that relays the source, or `false` when there is none:
 * “the minister said, citing intelligence reports” is the minister’s own
 * claim, checked like any other, and “the court, citing a lack of evidence,
 * dismissed the case” relays nothing.
 */
function relayer(
  finding: Finding,
  siblings: ReadonlyArray<Finding>,
  lexicon: CompiledLexicon
): Span | false {
  let relay: Finding | undefined
  const relayedBy = finding.attribution.relayedBy

  if (relayedBy) {
    relay = siblings.find((d) => d.attribution.source?.start === relayedBy.start)
  } else {
    // The nearest other sourced attribution of the sentence relays it:
    // “Reuters reported, citing …”, “Citing …, the newspaper said”.
    const cue = finding.attribution.cue.start
    const others = siblings.filter((d) => d !== finding && d.attribution.source && d.attribution.kind !== 'none')
    others.sort((a, b) => Math.abs(a.attribution.cue.start - cue) - Math.abs(b.attribution.cue.start - cue))
    relay = others[0]
  }

  const span = relayedBy ?? relay?.attribution.source
  if (!span) return false
  if (relay && reportCues.has(relay.attribution.cue.text.toLowerCase())) return span
  if (relay?.headType === 'document') return span
  return words(span.text).some((d) => lexicon.outlets.has(d.replace(/'s$/, ''))) ? span : false
}

/** A verification statement in the sentence or the next two of its paragraph. */
function verified(
  sentences: ReadonlyArray<Sentence>,
  sentence: Sentence,
  lexicon: CompiledLexicon
): boolean {
  for (let index = sentence.index; index < sentence.index + 3; index++) {
    const other = sentences[index]
    if (!other || other.paragraph !== sentence.paragraph) break
    if (lexicon.verification.matchAll(other.words).length > 0) return true
  }

  return false
}
