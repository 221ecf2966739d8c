/**
 * Deterministic generator of news-like English prose, for `npm run bench`
 * and the robustness tests.  The text is built at run time from sentence
 * templates and slot lists (so no large file is committed) and mixes what
 * the plugin has to look at — named, anonymous and vague sources, agentless
 * cues, anonymity markers and reasons, direct quotations, figures and money —
 * with plain narration, in US and UK spellings, with curly and straight
 * quotes.  The same seed always gives the same text.
 */

/** A function returning a float in `[0, 1)`, like `Math.random`. */
export type Random = () => number

export interface NewsCorpusOptions {
  /** Fewest words to produce (whitespace-separated tokens); default `100000`. */
  words?: number
  /** Seed of the pseudo-random generator; default `1`. */
  seed?: number
}

/**
 * Mulberry32: a small, fast, well-distributed 32-bit PRNG.  Enough for
 * picking templates; not for anything security related.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return function () {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Slot lists.  Values may contain further `{slot}`s. */
const slots: Record<string, ReadonlyArray<string>> = {
  first: [
    'Lena', 'Tomasz', 'Amara', 'Kenji', 'Sofia', 'Daniel', 'Priya', 'Mehmet',
    'Olga', 'Samuel', 'Ines', 'Farid', 'Grace', 'Mateo', 'Hannah', 'Kwame',
    'Chloé', 'Björn', 'Aoife', 'Rafael'
  ],
  last: [
    'Ortiz', 'Nowak', 'Okafor', 'Tanaka', 'Rossi', 'Mensah', 'Sharma',
    'Yilmaz', 'Petrova', 'Adeyemi', 'García', 'Haddad', 'Lindqvist',
    'O’Brien', 'Moreau', 'Fischer', 'Kowalczyk', 'Nguyen', 'Ibrahim', 'Walsh'
  ],
  title: [
    'Mayor', 'Senator', 'Governor', 'Dr.', 'Prof.', 'Minister', 'Judge',
    'Commissioner', 'Councillor', 'Councilor', 'Rep.'
  ],
  name: ['{first} {last}', '{title} {first} {last}', '{first} {last}', '{last}'],
  role: [
    'the county’s chief election officer',
    'a spokeswoman for the {ministry}',
    'a spokesman for the {ministry}',
    'the chief executive of {company}',
    'an economist at {company}',
    'the head of the {agency}',
    'a professor of public policy at the University of {city}',
    'the city’s transport commissioner',
    'the union’s general secretary',
    'a senior fellow at the {thinktank}'
  ],
  ministry: [
    'Finance Ministry', 'Ministry of Defence', 'Department of Defense',
    'Foreign Ministry', 'Home Office', 'State Department', 'Treasury',
    'Health Ministry', 'Department of Labor', 'Ministry of Labour'
  ],
  company: [
    'Morgan Stanley', 'Goldman Sachs', 'Siemens', 'Toyota', 'Maersk',
    'BHP', 'Unilever', 'Petrobras', 'Samsung', 'Rio Tinto'
  ],
  agency: [
    'World Health Organization', 'World Health Organisation',
    'Environmental Protection Agency', 'port authority', 'central bank',
    'election commission', 'Federal Aviation Administration', 'Met Office'
  ],
  thinktank: [
    'Brookings Institution', 'Chatham House', 'Peterson Institute',
    'Institute for Fiscal Studies', 'Carnegie Endowment'
  ],
  outlet: [
    'Reuters', 'Bloomberg', 'the Associated Press', 'The Guardian',
    'the BBC', 'Le Monde', 'Der Spiegel', 'The Washington Post',
    'the Financial Times', 'Al Jazeera', 'NHK', 'The New York Times'
  ],
  capital: [
    'Washington', 'London', 'Beijing', 'Moscow', 'Brussels', 'Paris',
    'Berlin', 'Tokyo', 'Ankara', 'Nairobi', 'Brasília', 'Canberra'
  ],
  city: [
    'Lagos', 'Manchester', 'Denver', 'Osaka', 'Porto', 'Kraków',
    'Montreal', 'Accra', 'Rotterdam', 'Pune', 'Valparaíso', 'Leeds'
  ],
  country: [
    'Kenya', 'Poland', 'Japan', 'Brazil', 'Turkey', 'Canada', 'Ghana',
    'India', 'Chile', 'Norway', 'Egypt', 'Vietnam'
  ],
  anon: [
    'a senior defense official',
    'a senior defence official',
    'two diplomats',
    'a Western diplomat',
    'people familiar with the matter',
    'a person familiar with the situation',
    'a government source',
    'a Whitehall source',
    'a senior Labour source',
    'an aide to the minister',
    'a person with knowledge of the deliberations',
    'officials briefed on the talks',
    'three people involved in the negotiations',
    'an industry source',
    'a senior administration official',
    'a security source',
    'an official who attended the meeting',
    'two people close to the company',
    'a well-placed insider',
    'an investigator who has seen the report'
  ],
  marker: [
    'who asked not to be named',
    'speaking on condition of anonymity',
    'who requested anonymity',
    'who declined to be identified',
    'who spoke on the condition of anonymity',
    'who did not want to be named'
  ],
  reason: [
    'because he was not authorized to speak publicly',
    'because she was not authorised to discuss the matter',
    'for fear of reprisals',
    'because the talks are private',
    'because the plans have not been announced',
    'because of the sensitivity of the matter',
    'in line with department policy',
    'for fear of retaliation'
  ],
  vague: [
    'experts', 'analysts', 'critics', 'many historians', 'some economists',
    'observers', 'commentators', 'scientists', 'researchers', 'market watchers',
    'some', 'many', 'supporters', 'opponents', 'several analysts',
    'a number of economists', 'officials', 'the authorities'
  ],
  vagueMedia: [
    'regional media', 'local media', 'state media', 'press reports',
    'media reports', 'initial reports', 'a recent study', 'studies',
    'surveys', 'research', 'a recent report'
  ],
  nameOrOrg: ['{name}', '{company}', 'the {ministry}'],
  named: [
    '{name}', '{name}, {role}', '{company}', 'the {ministry}',
    'the {agency}', '{outlet}', '{capital}'
  ],
  verb: [
    'said', 'says', 'told reporters', 'added', 'noted', 'argued', 'warned',
    'claimed', 'stated', 'wrote', 'told {outlet}', 'said in a statement',
    'explained', 'acknowledged'
  ],
  showVerb: ['show', 'suggest', 'found', 'indicate', 'reported', 'have shown'],
  agentlessVerb: [
    'believed', 'understood', 'thought', 'feared', 'expected', 'rumoured',
    'rumored', 'reported', 'alleged', 'suspected', 'claimed'
  ],
  toVerb: ['said', 'believed', 'thought', 'understood', 'reported', 'tipped', 'alleged'],
  adverb: ['reportedly', 'allegedly', 'purportedly', 'supposedly'],
  fears: ['fears', 'reports', 'indications', 'talk', 'speculation', 'concerns'],
  claim: [
    'the bridge will cost the city {money} by {year}',
    'the ministry would delay the vote until {month}',
    'talks on the trade deal had stalled over {issue}',
    'the company plans to cut {number} jobs',
    'inflation could reach {percent} by the end of the year',
    'the programme had been quietly shelved',
    'the program had run {percent} over budget',
    'the government would announce new rules on {issue} within weeks',
    'the reactor had been offline since {month}',
    'as many as {count} people had been displaced',
    'the central bank would hold interest rates at {percent}',
    'the deal was worth {money}',
    'the organisation had lost {percent} of its members',
    'the organization had failed to file accounts for {year}',
    'the minister had known about the report for months',
    'the defence budget would rise to {money}',
    'the defense budget would rise to {money}'
  ],
  issue: [
    'steel tariffs', 'fishing rights', 'data privacy', 'migration',
    'carbon pricing', 'rare earth exports', 'farm subsidies', 'labour rights',
    'labor rights', 'water licences', 'drug pricing', 'the harbour extension'
  ],
  money: [
    '$2.3 billion', '£450 million', '€1.2bn', '$870,000', '¥3.4 trillion',
    '£12m', 'US$64 million', '$1.05 billion', 'R$9 billion', '€310,000'
  ],
  count: ['3,000', '12,500', '40,000', '900', '1.2 million'],
  number: ['3,000', '12,500', '140', 'about 900', 'nearly 40,000', 'some 2,100', '17', 'more than 600'],
  percent: ['12 per cent', '12 percent', '4.5%', '0.25 percentage points', '7 per cent', '31%', '2.75 percent'],
  year: ['2027', '2030', '2035', '2028'],
  month: ['January', 'March', 'June', 'September', 'October', 'December'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  quote: [
    'We will not back down',
    'This is a difficult day for everyone in {city}',
    'Nobody saw this coming',
    'We are looking at every option',
    'The numbers simply do not add up',
    'It is believed that the talks will resume, but we have seen nothing in writing',
    'Experts say the water is safe, and we trust them',
    'I have never seen anything like it',
    'Our priority is the safety of the workers',
    'There is no timetable and there never was'
  ],
  narration: [
    'The meeting began at noon on {day}.',
    'Crews worked through the night to restore power to {number} homes in {city}.',
    'The delegation flew to {capital} on {day}.',
    'Chinese engineers and experts arrived at the site on {day} morning.',
    'Trade officials toured the port on {day}.',
    'The official language of the summit was English.',
    'An unnamed tributary of the river burst its banks after three days of rain.',
    'The hospital received an anonymous donation in {month}.',
    'Some 3,000 runners took part in the race despite the heat.',
    'The town relies on tourism and fishing as its main sources of revenue.',
    'Police closed the road between {city} and the coast for several hours.',
    'The vote is scheduled for {month}.',
    'Parliament rose for the summer recess on {day}.',
    'The harbour at {city} reopened after the storm.',
    'The centre of {city} was quiet by evening, and the trams ran on time.',
    'Demonstrators gathered outside the {ministry} carrying banners and flags.',
    'The court adjourned until {day}.',
    'The ceremony took place in the cathedral, with the president in attendance.',
    'He was charged with allegedly stealing {money} from the pension fund.',
    'The report runs to 240 pages and includes maps of the affected area.'
  ],
  /** Sentence templates.  Repeated entries weigh the mix towards narration and named sources, as in real news. */
  sentence: [
    '{claimCap}, {named} {verb}.',
    '{named} {verb} that {claim}.',
    '{claimCap}, {named} {verb}, without citing sources.',
    '“{quote},” {name} said.',
    '“{quote},” said {name}, {role}.',
    '"{quote}," {name} told {outlet}.',
    'According to {named}, {claim}.',
    '{outlet} reported that {claim}, citing {anon}.',
    '{outlet} reported, citing {anon}, that {claim}.',
    '{claimCap}, according to {anon}, {marker}.',
    '{claimCap}, said {anon}, {marker} {reason}.',
    '{anonCap}, {marker} {reason}, said {claim}.',
    '{anonCap} said {claim}.',
    'The aide added that {claim}.',
    'She said the figures had been checked twice.',
    'He declined to comment.',
    '{vagueCap} say {claim}.',
    '{vagueCap} argue that {claim}.',
    'According to {vague}, {claim}.',
    '{vagueMediaCap} {showVerb} that {claim}.',
    '{claimCap}, {vagueMedia} reported.',
    'It is {agentlessVerb} that {claim}.',
    'There are {fears} that {claim}.',
    '{nameOrOrg} is {toVerb} to be considering a bid for {company}.',
    '{claimCap}, {adverb}.',
    'The minister {adverb} knew about the report for months.',
    'The plan was widely seen as a setback for {name}.',
    'It emerged on {day} that {claim}.',
    '{claimCap}.',
    '{claimCap}.',
    '{narration}',
    '{narration}',
    '{narration}',
    '{narration}',
    '{named} {verb} on {day} that {claim}.',
    '{named} {verb} on {day} that {claim}.',
    '{name}, {role}, {verb} the decision was “premature”.',
    '{name}, {role}, {verb} the decision was ‘premature’.',
    'Analysts at {company} estimate that {claim}.',
    'Researchers at the University of {city} reported that {claim}.',
    '{outlet} could not independently verify the report.',
    'The {ministry} did not respond to a request for comment.'
  ]
}

/** Derived slots: the capitalised form of a slot, e.g. `{anonCap}`. */
function pick(name: string, random: Random): string {
  const capital = name.endsWith('Cap')
  const base = capital ? name.slice(0, -3) : name
  const list = slots[base]
  if (!list || list.length === 0) throw new Error('Unknown slot `' + name + '`')
  const value = fill(list[Math.floor(random() * list.length)]!, random)
  return capital ? capitalize(value) : value
}

// Slot names are plain identifiers; `[A-Za-z]+` between braces cannot backtrack.
const slotExpression = /\{([A-Za-z]+)\}/g

function fill(template: string, random: Random): string {
  return template.replace(slotExpression, (_, name: string) => pick(name, random))
}

function capitalize(value: string): string {
  // Skip leading quote marks so `“we …` becomes `“We …`.
  let index = 0
  while (index < value.length && '"“‘\''.includes(value.charAt(index))) index++
  return (
    value.slice(0, index) +
    value.charAt(index).toUpperCase() +
    value.slice(index + 1)
  )
}

/** Turn curly quotes and apostrophes into straight ones. */
function straighten(value: string): string {
  return value.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
}

/**
 * One news-like sentence.  Pass the same `random` along to keep a sequence
 * deterministic.
 */
export function newsSentence(random: Random): string {
  // About a third of news sentences attribute something (FactAppeal’s train
  // split: 650 of 1,889 labelled sentences appeal to a source); the rest
  // narrate or state.  The mix follows that, so the bench sees news, not a
  // list of attributions.
  const roll = random()
  if (roll < 0.55) return capitalize(pick('narration', random))
  if (roll < 0.63) return capitalize(pick('claim', random)) + '.'
  return capitalize(pick('sentence', random))
}

/**
 * One paragraph of two to five sentences; about a third of paragraphs use
 * straight quotes and apostrophes instead of curly ones.
 */
export function newsParagraph(random: Random): string {
  const count = 2 + Math.floor(random() * 4)
  const sentences: Array<string> = []
  for (let index = 0; index < count; index++) sentences.push(newsSentence(random))
  const paragraph = sentences.join(' ')
  return random() < 1 / 3 ? straighten(paragraph) : paragraph
}

/** Count whitespace-separated words, as the bench reports them. */
export function countWords(value: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    // Space, tab, line feed, carriage return.
    const space = code === 32 || code === 9 || code === 10 || code === 13
    if (!space && !inWord) count++
    inWord = !space
  }

  return count
}

/**
 * News-like prose of at least `words` words, in paragraphs separated by a
 * blank line, ending in a line feed.
 */
export function newsCorpus(options: NewsCorpusOptions = {}): string {
  const target = options.words ?? 100_000
  const random = createRandom(options.seed ?? 1)
  const paragraphs: Array<string> = []
  let total = 0

  if (!Number.isFinite(target) || target < 0) {
    throw new Error('newsCorpus: expected `words` to be a non-negative number, not `' + target + '`')
  }

  while (total < target) {
    const paragraph = newsParagraph(random)
    paragraphs.push(paragraph)
    total += countWords(paragraph)
  }

  return paragraphs.length === 0 ? '' : paragraphs.join('\n\n') + '\n'
}
