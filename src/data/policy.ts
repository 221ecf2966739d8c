/**
 * Data of the newsroom policy rules (off by default; see `../presets.ts`).
 * Patterns use the syntax of `analysis/patterns.ts`.
 *
 * `anonymous-opinion` draws the line AP draws (“information, not opinion
 * or speculation”): an anonymous source may report what is planned or what
 * happened (“said the talks would resume on Monday”), but not judge people
 * or plans, and not guess.  So only explicit judgement and explicit
 * speculation count, never a plain future tense.
 */

/**
 * Reporting verbs that make what follows opinion or speculation by
 * themselves (“predicted the minister would resign”, “argued that the plan
 * was flawed”).  Matched against the cue of an attribution.
 */
export const opinionVerbs = [
  'predict', 'predicts', 'predicted',
  'forecast', 'forecasts', 'forecasted',
  'speculate', 'speculates', 'speculated',
  'argue', 'argues', 'argued',
  'contend', 'contends', 'contended',
  'believe', 'believes',
  'think', 'thinks',
  'doubt', 'doubts', 'doubted',
  'fear', 'fears', 'feared',
  'worry', 'worries',
  'expect', 'expects',
  'complain', 'complains', 'complained',
  'characterise', 'characterised', 'characterize', 'characterized',
  'question', 'questions', 'questioned'
] as const

/**
 * Judgement and speculation in attributed content (the words around the
 * cue, outside the source phrase).  Evaluative words count only in
 * predicate position (“the plan was foolish”, “is a disaster”): “the
 * reckless driving charge” and “the weak currency” describe, they do not
 * judge.  Reported characterisation (“had been called a liar by
 * protesters”) is not the source’s own and does not match.
 */
export const opinionContent = [
  // “was foolish”, “is deeply irresponsible”, “seemed out of touch”.
  '{be}|seems|seemed|appears|appeared|looks|looked|proved|remains|remained|became not? very|so|too|deeply|utterly|totally|completely|extremely|hugely|wholly|simply|clearly|entirely|incredibly|increasingly|profoundly|fundamentally|hopelessly|dangerously|woefully|just|quite|rather|a|an|bit|little? foolish|reckless|naive|naïve|incompetent|inept|dishonest|untrustworthy|arrogant|clueless|hopeless|useless|pointless|disastrous|disgraceful|shameful|outrageous|absurd|ridiculous|ludicrous|laughable|stupid|idiotic|crazy|insane|pathetic|unfit|unhinged|erratic|delusional|cowardly|lazy|corrupt|vindictive|petty|paranoid|spineless|misguided|ill-advised|ill-conceived|wrongheaded|wrong-headed|short-sighted|shortsighted|irresponsible|unworkable|unacceptable|appalling|deplorable|dreadful|terrible|awful|brilliant|excellent|outstanding|superb|impressive|masterful|visionary|courageous|admirable|unprofessional|embarrassing|humiliating|dysfunctional|toxic|incoherent|amateurish|mediocre|deluded|unstable|unreliable|unserious|vain|weak-willed|out-of-touch|tone-deaf|farcical|indefensible|inexcusable|unforgivable|mistaken|wrong',
  // “is a disaster”, “was a total failure”, “is an embarrassment”.
  '{be}|seems|seemed|proved|remains|remained|became not? a|an total|complete|utter|absolute|real|huge|big|major|serious|national|political|strategic|historic|terrible|grave|catastrophic|costly? liar|fool|idiot|disaster|disgrace|embarrassment|failure|mistake|blunder|farce|sham|joke|fiasco|mess|catastrophe|clown|coward|bully|crook|hypocrite|amateur|lightweight|puppet|genius|hero|liability|laughingstock|charlatan|fraud|nightmare|travesty|debacle|own-goal|betrayal|scandal|waste',
  '{be}|seems|seemed|proved|became not? a|an laughing stock',
  'out of his|her|their|its depth',
  'in over his|her|their head|heads',
  'not up to the job|task',
  'unfit for office|purpose|the job|command',
  'lost the plot|confidence',
  'waste of time|money',
  // Speculation: “was likely to”, “will probably”, “almost certainly”.
  '{be} likely|unlikely',
  'most|more|less likely',
  'probably',
  'almost certainly',
  'in all likelihood',
  'doomed to? fail|collapse'
] as const

/**
 * A source judging someone directly, with the source as subject (“called
 * the senator a liar”, “criticised the plan”, “accused the minister of
 * lying”).  These verbs are not attribution cues: the rule reads the
 * subject itself.  Each pattern starts with the verb.
 */
export const characterisations = [
  'called|branded|dubbed|labelled|labeled|termed *4 a|an? total|complete|utter|absolute|real|huge|big|major|serious|national|political? liar|fool|idiot|disaster|disgrace|embarrassment|failure|mistake|blunder|farce|sham|joke|fiasco|mess|catastrophe|clown|coward|bully|crook|hypocrite|amateur|lightweight|puppet|genius|hero|liability|charlatan|fraud|nightmare|travesty|debacle|betrayal|foolish|reckless|naive|incompetent|inept|dishonest|arrogant|clueless|hopeless|useless|pointless|disastrous|disgraceful|shameful|outrageous|absurd|ridiculous|ludicrous|laughable|stupid|idiotic|crazy|insane|pathetic|unfit|unhinged|erratic|delusional|cowardly|corrupt|misguided|irresponsible|unworkable|unacceptable|appalling|brilliant|excellent|outstanding',
  'described|characterised|characterized|portrayed|dismissed|derided|painted|hailed *5 as',
  'criticised|criticized|slammed|lambasted|derided|mocked|ridiculed|berated|disparaged|belittled|denounced|condemned|castigated|scolded|praised|lauded|applauded|commended',
  'accused *5 of',
  'blamed *5 for',
  'questioned *3 judgment|judgement|competence|fitness|ability|motives|integrity|honesty|loyalty|leadership|sanity|credibility'
] as const

/**
 * Words that show a relaying party is a news outlet (“the newspaper”,
 * “state television”, “Reuters”), for `unverified-secondhand`.
 */
export const outlets = [
  'newspaper', 'paper', 'daily', 'tabloid', 'weekly', 'magazine', 'agency',
  'broadcaster', 'network', 'channel', 'station', 'radio', 'television',
  'tv', 'outlet', 'website', 'site', 'media', 'press', 'news', 'wire',
  'times', 'post', 'journal', 'herald', 'guardian', 'telegraph', 'tribune',
  'gazette', 'observer', 'reuters', 'bloomberg', 'afp', 'ap', 'axios',
  'politico', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'fox', 'msnbc', 'npr',
  'xinhua', 'tass', 'ria', 'interfax', 'yonhap', 'kyodo', 'nikkei',
  'haaretz', 'jazeera', 'anadolu', 'irna', 'isna', 'tasnim', 'fars',
  'semafor', 'punchbowl', 'cnbc', 'skynews', 'sky', 'itv', 'spiegel',
  'bild', 'monde', 'figaro', 'pais', 'corriere', 'repubblica', 'asahi',
  'yomiuri', 'mainichi', 'kommersant', 'izvestia', 'vedomosti'
] as const
