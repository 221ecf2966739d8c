/**
 * Closed word classes the analysis and the patterns rely on.  These are
 * grammar, not editorial policy, so they are not options; patterns refer to
 * them as `{name}`.
 */
export const wordClasses = {
  be: ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am'],
  have: ['has', 'have', 'had', "'ve"],
  modal: ['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", "'d"],
  subject: ['he', 'she', 'they', 'it', 'i', 'we', 'you'],
  object: ['him', 'her', 'them', 'it', 'me', 'us', 'you'],
  possessive: ['his', 'her', 'their', 'its', 'my', 'our', 'your'],
  determiner: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'one', 'another', 'some'],
  person: ['he', 'she', 'they', 'the', 'official', 'officials', 'source', 'sources', 'person', 'people', 'aide', 'him', 'her', 'them'],
  reflexive: ['himself', 'herself', 'themselves'],
  '#': [
    '#', '#scale', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
    'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty',
    'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
    'millions', 'dozens', 'scores'
  ],
  '#scale': ['#scale'],
  number: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'eleven', 'twelve', 'several', 'multiple', 'numerous', 'dozens', 'dozen', 'both'
  ]
} as const

/** Pronouns that stand for a source mentioned earlier. */
export const pronouns = {
  singular: ['he', 'she'],
  plural: ['they'],
  neuter: ['it']
} as const

/** First and second person: the speaker of a quote, never a reported source. */
export const speakerPronouns = ['i', 'we', 'you'] as const

export const definiteDeterminers = ['the', 'this', 'that', 'these', 'those'] as const
export const indefiniteDeterminers = ['a', 'an', 'one', 'another', 'any'] as const
export const possessiveDeterminers = ['his', 'her', 'their', 'its', 'our', 'my', 'your'] as const

/**
 * Words that end a source phrase when read away from the cue: clause
 * openers, conjunctions and finite verbs.
 */
export const phraseBoundaries = [
  'that', 'which', 'because', 'but', 'while', 'whereas', 'although', 'though',
  'if', 'when', 'whenever', 'since', 'as', 'after', 'before', 'where', 'so',
  'or', 'nor', 'yet', 'until', 'unless', 'once', 'than', 'whether',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does',
  'did', 'not', 'also', 'then', 'and', 'said', 'says', 'say', 'told',
  'reported', 'according', 'citing', 'there', 'here', 'how', 'what',
  'why', 'whom'
] as const

/**
 * Words that may stand between a source and its verb (“officials also
 * said”, “she has said”).
 */
export const cueFillers = [
  'also', 'later', 'earlier', 'previously', 'recently', 'repeatedly',
  'publicly', 'privately', 'separately', 'then', 'further', 'again',
  'has', 'have', 'had', 'once', 'already', 'often', 'frequently', 'now',
  'still', 'initially', 'first', 'subsequently', 'additionally', 'reportedly',
  'allegedly', 'openly', 'quietly', 'told', 'have', 'long', 'widely', 'all'
] as const

/** Words before a reporting verb that mean it reports nothing. */
export const cueNegators = [
  'not', 'never', 'to', 'declined', 'refused', 'wouldn', 'couldn', 'didn',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall',
  'did', 'do', 'does', "'ll", "'d", 'cannot', 'let', 'unable'
] as const

/**
 * Capitalised words that do not make a source named: days, months,
 * nationalities and regions used as modifiers (“a senior U.S. official”),
 * and titles that need a name after them.
 */
export const notNames = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december',
  'u.s.', 'us', 'u.k.', 'uk', 'u.n.', 'un', 'eu', 'e.u.', 'nato', 'american',
  'british', 'english', 'scottish', 'welsh', 'irish', 'european', 'western',
  'eastern', 'northern', 'southern', 'gulf', 'arab', 'asian', 'african',
  'chinese', 'russian', 'ukrainian', 'israeli', 'palestinian', 'iranian',
  'iraqi', 'syrian', 'turkish', 'french', 'german', 'italian', 'spanish',
  'japanese', 'korean', 'north', 'south', 'indian', 'pakistani', 'afghan',
  'saudi', 'egyptian', 'lebanese', 'qatari', 'emirati', 'canadian', 'mexican',
  'brazilian', 'australian', 'dutch', 'polish', 'swedish', 'norwegian',
  'finnish', 'danish', 'greek', 'belgian', 'swiss', 'austrian', 'hungarian',
  'czech', 'romanian', 'serbian', 'venezuelan', 'colombian', 'argentine',
  'nigerian', 'kenyan', 'ethiopian', 'sudanese', 'libyan', 'yemeni',
  'taiwanese', 'vietnamese', 'thai', 'indonesian', 'filipino', 'malaysian',
  'latin', 'middle', 'east', 'west', 'federal', 'state', 'democratic',
  'republican', 'labour', 'tory', 'conservative', 'liberal', 'senior',
  'administration', 'government', 'military', 'intelligence', 'security',
  'defense', 'defence', 'white', 'house', 'whitehall', 'no', '10', 'downing',
  'street', 'pentagon', 'kremlin', 'congressional', 'senate', 'house',
  'brussels', 'washington', 'london', 'moscow', 'beijing', 'kyiv', 'tehran',
  'jerusalem', 'paris', 'berlin', 'israel', 'china', 'russia', 'iran'
] as const
