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
 * was flawed”).  Matched against the cue of an attribution.  Verbs of
 * belief (“believe”, “think”, “expect”) are left out: “investigators
 * believe the fire was set” reports an assessment, and “questioned” and
 * “complained” are as often events (“investigators questioned the
 * driver”).
 */
export const opinionVerbs = [
  'predict', 'predicts', 'predicted',
  'forecast', 'forecasts', 'forecasted',
  'speculate', 'speculates', 'speculated',
  'argue', 'argues', 'argued',
  'contend', 'contends', 'contended',
  'doubt', 'doubts', 'doubted',
  'fear', 'fears', 'feared',
  'worry', 'worries',
  'characterise', 'characterised', 'characterize', 'characterized'
] as const

const copulas = '{be}|seems|seemed|appears|appeared|looks|looked|proved|remains|remained|became'
const intensifiers = 'very|so|too|deeply|utterly|totally|completely|extremely|hugely|wholly|simply|clearly|entirely|incredibly|increasingly|profoundly|fundamentally|hopelessly|dangerously|woefully|just|quite|rather|pretty|thoroughly|plainly'
const judgementAdjectives = 'foolish|reckless|naive|naïve|incompetent|inept|dishonest|untrustworthy|arrogant|clueless|hopeless|useless|pointless|disgraceful|shameful|outrageous|absurd|ridiculous|ludicrous|laughable|stupid|idiotic|crazy|insane|pathetic|unfit|unhinged|erratic|delusional|deluded|cowardly|lazy|corrupt|vindictive|petty|paranoid|spineless|misguided|ill-advised|ill-conceived|wrongheaded|wrong-headed|short-sighted|shortsighted|irresponsible|unworkable|unacceptable|deplorable|brilliant|excellent|superb|impressive|masterful|visionary|courageous|admirable|unprofessional|embarrassing|humiliating|dysfunctional|incoherent|amateurish|mediocre|unserious|vain|tone-deaf|out-of-touch|farcical|indefensible|inexcusable|unforgivable|weak-willed|feckless|gutless|duplicitous|two-faced|self-serving|obsessed|unhinged|overrated|overbearing|abrasive|disloyal'
const judgementNouns = 'liar|fool|idiot|disaster|disgrace|embarrassment|mistake|blunder|farce|sham|fiasco|mess|catastrophe|clown|coward|bully|crook|hypocrite|amateur|lightweight|puppet|genius|hero|liability|laughingstock|charlatan|fraud|nightmare|travesty|debacle|own-goal|betrayal|zealot|narcissist|incompetent'
const judgementIntensifiers = 'total|complete|utter|absolute|real|huge|big|major|serious|national|political|strategic|historic|terrible|grave|catastrophic|costly|colossal|monumental|dangerous|pathological|compulsive|shameless'

/**
 * Judgement in attributed content (the words around the cue, outside the
 * source phrase), in predicate position only (“the plan was foolish”, “is a
 * disaster”, “was a reckless decision”): “the reckless driving charge” and
 * “a natural disaster” describe, they do not judge.  A match must end the
 * phrase: the word after it is punctuation or a function word, so “was a
 * fraud investigation” does not count.  Reported characterisation (“had
 * been called a liar by protesters”) is not the source’s own and does not
 * match.  Words that also describe things plainly (“terrible conditions”,
 * “the debt was outstanding”, “a failure of the pump”) are left out.
 */
export const judgements = [
  // “was foolish”, “is deeply irresponsible”, “seemed out-of-touch”.
  copulas + ' not? ' + intensifiers + '? ' + judgementAdjectives,
  // “was a reckless decision”, “is an incompetent minister”.
  copulas + ' not? a|an ' + intensifiers + '? ' + judgementAdjectives + ' _',
  // “is a disaster”, “was a total fiasco”, “is an embarrassment”.
  copulas + ' not? a|an ' + judgementIntensifiers + '? ' + judgementNouns,
  copulas + ' not? a bit|little ' + judgementAdjectives,
  copulas + ' not? a|an laughing stock'
] as const

/**
 * Speculation and set phrases of judgement in attributed content, wherever
 * they stand (“was likely to”, “will probably”, “out of his depth”).
 */
export const opinionPhrases = [
  '{be} likely|unlikely',
  '{modal} likely',
  'probably',
  'almost certainly',
  'in all likelihood',
  'doomed to? fail|collapse',
  'out of his|her|their|its depth',
  'in over his|her|their head|heads',
  'not up to the job|task',
  'unfit for office|purpose|command',
  'lost the plot',
  'waste of time|money'
] as const

/**
 * A source judging someone directly, with the source as subject
 * (“criticised the plan”, “accused the minister of lying”, “dismissed the
 * report as speculation”).  These verbs are not attribution cues: the rule
 * reads their subject itself.  Each pattern starts with the verb.
 */
export const characterisations = [
  'dismissed|derided|hailed *5 as',
  'criticised|criticized|slammed|lambasted|mocked|ridiculed|berated|disparaged|belittled|denounced|castigated|scolded|praised|lauded|applauded|commended',
  'accused _ *4 of',
  'blamed _ *4 for',
  'questioned *3 judgment|judgement|competence|fitness|ability|motives|integrity|honesty|loyalty|leadership|sanity|credibility'
] as const

/**
 * A source calling someone something (“called the senator a liar”,
 * “described the plan as reckless”), with the source as subject.  Like
 * `judgements`, a match must end the phrase (“called for a disaster
 * response” does not count), and a plain description (“described the
 * suspect as a man in his 30s”) does not match.
 */
export const namings = [
  'called|branded|dubbed|labelled|labeled|termed *4 a|an? ' + judgementIntensifiers + '? ' + judgementNouns + '|' + judgementAdjectives,
  'described|characterised|characterized|portrayed|painted|saw|sees|regarded|regards|considered|considers|viewed|views *5 as a|an? ' + intensifiers + '? ' + judgementIntensifiers + '? ' + judgementNouns + '|' + judgementAdjectives
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

/** Cues of publishing: whoever “reported, citing …” is an outlet. */
export const publishingVerbs = [
  'reported', 'reports', 'report', 'published', 'publishes', 'broadcast',
  'broadcasts', 'aired', 'wrote', 'writes'
] as const
