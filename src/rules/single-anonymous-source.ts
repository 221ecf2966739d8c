/**
 * `single-anonymous-source`: the story’s only unnamed sourcing is one
 * person, with no second source to corroborate them (AP, BBC, Reuters:
 * seek a second source for what an anonymous source says).  Reported once,
 * at the source’s introduction.
 */
import {surelyAnonymous} from './content.js'
import {checked, code, type Rule} from './rule.js'

export const singleAnonymousSource: Rule = {
  id: 'single-anonymous-source',
  description: 'the only anonymous sourcing is one singular source, with no corroboration (document level)',
  flagged: 'A story whose only unnamed sourcing is “a senior official said …” (and “the official added …”).',
  notFlagged: 'A story that cites “two officials briefed on the talks”, or a second unnamed source.',
  check({analysis, lexicon, options, report}) {
    const anonymous = analysis.findings.filter((d) => surelyAnonymous(d, lexicon) && checked(d, options))
    // Back-references (“the official added”, “she said”) are the same
    // source; any other introduction is a second source.
    const introductions = anonymous.filter((d) => d.introduction)
    if (introductions.length !== 1) return
    const only = introductions[0]!
    if (only.attribution.plural) return

    const named = analysis.findings.filter(
      (d) => d.attribution.kind === 'named' && d.attribution.source && checked(d, options)
    ).length
    const source = only.attribution.source!
    report({
      start: source.start,
      end: source.end,
      reason:
        'Unexpected single anonymous source ' + code(source.text) + ': the only unnamed source of the story (' +
        anonymous.length + ' anonymous attribution' + (anonymous.length === 1 ? '' : 's') + ', ' +
        named + ' named), with no second source',
      actual: source.text,
      note: 'AP, BBC and Reuters: corroborate what one unnamed source says with a second source (or a document), and say so in the story.',
      finding: only
    })
  }
}
