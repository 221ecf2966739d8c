/**
 * `anonymous-lead`: the first attribution of the story is to an unnamed
 * source (Washington Post, Reuters: lead with on-the-record sourcing where
 * possible).  Reported once, at that attribution.
 */
import {surelyAnonymous} from './content.js'
import {checked, code, type Rule} from './rule.js'

export const anonymousLead: Rule = {
  id: 'anonymous-lead',
  description: 'the first attribution in the document is anonymous (document level)',
  flagged: 'A story opening “The minister will resign on Friday, a senior official said.”',
  notFlagged: 'A story opening “The minister will resign on Friday, her spokeswoman, Ana Ruiz, said.”',
  check({analysis, lexicon, options, report}) {
    // The first attribution to a source: agentless cues (“reportedly”) name
    // nobody, and cues inside quotations are the quoted speaker’s.
    const sourced = analysis.findings.filter(
      (d) => d.attribution.kind !== 'none' && d.attribution.source && !d.unresolved && checked(d, options)
    )
    const first = sourced[0]
    if (!first || !surelyAnonymous(first, lexicon)) return

    const anonymous = sourced.filter((d) => surelyAnonymous(d, lexicon)).length
    const source = first.attribution.source!
    report({
      start: source.start,
      end: source.end,
      reason:
        'Unexpected anonymous source ' + code(source.text) + ' as the first attribution of the story (' +
        anonymous + ' of ' + sourced.length + ' attributions anonymous)',
      actual: source.text,
      note: 'Washington Post and Reuters guidance: the top of a story should not rest on an unnamed source. Open with on-the-record sourcing where you can, and bring the unnamed source in once a named one has spoken.',
      finding: first
    })
  }
}
