/**
 * `anonymous-density`: too much of a story rests on unnamed sources —
 * anonymous attributions per 1,000 words, or their share of all sourced
 * attributions, above a threshold (Reuters, Washington Post).  Counted per
 * document rather than flagged one by one because some houses (WSJ,
 * Bloomberg: “people familiar with the matter”) use anonymous sourcing as a
 * matter of style: what an editor weighs is how much of the story it
 * carries.  Reported once, at the first anonymous attribution.
 */
import {surelyAnonymous} from './content.js'
import {checked, code, type Rule} from './rule.js'

export const anonymousDensity: Rule = {
  id: 'anonymous-density',
  description: 'too many anonymous attributions per 1,000 words, or too high a share of all attributions (document level)',
  flagged: 'A 400-word story with five attributions to “people familiar with the matter” and one named source.',
  notFlagged: 'A 400-word story with one anonymous and four named attributions.',
  check({analysis, lexicon, options, report}) {
    const {anonymousPerThousandWords, anonymousShare, minimumAttributions} = options.thresholds
    // Every attribution to a source counts, back-references included (“the
    // official added” is one more claim resting on that source); agentless
    // cues name no source and quoted speakers’ own cues are theirs.
    const sourced = analysis.findings.filter(
      (d) => d.attribution.kind !== 'none' && d.attribution.source && !d.unresolved && checked(d, options)
    )
    // Spokespeople and appositives of names are not counted as unnamed.
    const anonymous = sourced.filter((d) => surelyAnonymous(d, lexicon))
    const first = anonymous[0]
    if (!first || analysis.words === 0) return

    const rate = (anonymous.length * 1000) / analysis.words
    const share = anonymous.length / sourced.length
    // A few attributions are no density, however short the text: a brief
    // resting on one unnamed source is `single-anonymous-source`’s business.
    const dense = anonymous.length >= minimumAttributions && rate > anonymousPerThousandWords
    const most = sourced.length >= minimumAttributions && share > anonymousShare
    if (!dense && !most) return

    const source = first.attribution.source!
    report({
      start: source.start,
      end: source.end,
      reason:
        'Unexpected density of anonymous sourcing, starting at ' + code(source.text) + ': ' +
        anonymous.length + ' anonymous attribution' + (anonymous.length === 1 ? '' : 's') +
        ' in ' + analysis.words + ' words (' + rate.toFixed(1) + ' per 1,000' +
        (dense ? ', above ' + anonymousPerThousandWords : '') + '), ' +
        anonymous.length + ' of ' + sourced.length + ' attributions (' + Math.round(share * 100) + ' %' +
        (most ? ', above ' + Math.round(anonymousShare * 100) + ' %' : '') + ')',
      actual: source.text,
      note: 'Reuters and the Washington Post ask that a story rest on named sources where it can: name more of them, find on-the-record confirmation, or cut claims only unnamed sources support.',
      finding: first
    })
  }
}
