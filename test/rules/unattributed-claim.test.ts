/**
 * `unattributed-claim` (info): a sentence making a checkable, consequential
 * claim — money, percentages, casualty counts, superlatives and records,
 * allegations of wrongdoing, forecasts — with no attribution in the
 * sentence or in the sentence carrying its quotation.  The span is the
 * sentence.  Any attribution counts, even a vague or agentless one (those
 * rules flag it instead); plain narration is not a claim.
 */
import {describe, expect, it} from 'vitest'
import {check, flagged} from './util.js'

const single: Array<string> = [
  'The bridge will cost the city $2.3 billion by 2030.',
  'The war has killed more than 12,000 civilians since February 2022.',
  'Last winter, one in five A&E patients in England waited longer than 12 hours to be admitted.',
  'The blaze is already the most destructive in California since the 2018 Camp Fire.',
  'The deal would make Tavares the most expensive Portuguese player in history.',
  'At least 43 people were killed in the blast.',
  'Unemployment rose to 7.4 percent in March, the highest level in a decade.',
  'The company lost £120m last year.',
  'The senator accepted bribes from a defense contractor.',
  'It was the deadliest attack on the city since 2015.',
  'Inflation will fall below 2 per cent next year.',
  'The club paid a world-record £105m fee for the forward.',
  'The hurricane was the strongest ever recorded in the Atlantic.',
  'More than 2,000 civilians have died in the fighting since January.',
  'Home prices jumped 12% in the past year.',
  'The chief executive embezzled $3 million from the charity.',
  'The drug cut deaths from heart attacks by 25 percent.',
  'Sales of electric cars will overtake petrol models by 2030.',
  'The festival is the largest of its kind in Europe.',
  'The police chief covered up the abuse for years.',
  'Crime fell 8% last year.',
  'The program has cost taxpayers $40 billion since 2010.',
  'The team’s new stadium will be the biggest in the league.',
  'Five soldiers were wounded in the attack.',
  'Prices will rise by 5 percent when the tariff takes effect.',
  'The government overspent its defence budget by £3bn.',
  'The temperature reached 40.3C, the highest ever measured in Britain.',
  'The minister lied to Parliament about the contracts.',
  'Exports to China fell by a fifth to $120 billion.',
  'The fire destroyed 300 homes, the worst in the state’s history.'
]

const positives: Array<[string, Array<string>]> = [
  ...single.map((text): [string, Array<string>] => [text, [text]]),
  [
    'The meeting began at noon. The project will cost €4bn, the most expensive in the country’s history.',
    ['The project will cost €4bn, the most expensive in the country’s history.']
  ],
  [
    'Mayor Ana Ruiz said the bridge was over budget. The final bill came to $2.9 billion.',
    ['The final bill came to $2.9 billion.']
  ],
  [
    'Prices at the pump rose 9 percent in May, according to the motoring group RAC. Diesel is now at its highest price since 2022.',
    ['Diesel is now at its highest price since 2022.']
  ]
]

const negatives: Array<string> = [
  'The meeting began at noon.',
  'It was the most fun I have ever had.',
  'She won three in a row.',
  // The charge is on the court’s record.
  'Alan Whitcombe, 58, is charged with fraud by abuse of position and with allegedly falsifying the accounts.',
  'The bridge will cost the city $2.3 billion by 2030, the transport department said.',
  '“We lost $4 million last year,” said the theater’s director, Paul Grant.',
  'Some 3,000 runners took part in the race.',
  'According to the World Health Organization, measles cases rose 79 percent in 2023.',
  'The council approved the plan on Tuesday.',
  '"We lost $4 million last year. It was the worst year in our history," said Paul Grant, the theater\'s director.',
  'Grant said: "Ticket sales fell 20 percent. It was the worst spring we have had."',
  'Experts say the repairs will cost more than $1 billion.',
  'The company reportedly lost $2 billion last year.',
  'A senior official said the deal was worth $5 billion.',
  'The museum opened in 1932.',
  'She is 45 and lives in Leeds with her two children.',
  'The team will play its next match on Saturday.',
  'Analysts at Morgan Stanley estimate the deal will add 8 cents a share to earnings.',
  'The bus leaves at 7:30 every morning.',
  'About 200 residents attended the meeting.',
  'Ticket sales rose 20 percent, the club’s chief executive, Dana Lee, told shareholders.',
  'The governor’s office said 14 people had died in the floods.',
  'The report, published by the Resolution Foundation, found that rents had risen 30 percent.',
  'Her lawyer said she would plead not guilty.',
  'The firm was founded in 1998 and is based in Austin, Texas.',
  'Inflation rose to 3.2 percent in August, according to the Office for National Statistics.',
  'The vote is scheduled for next Tuesday.',
  'The talks lasted about four hours.',
  'Police said three men had been arrested on suspicion of fraud.',
  'Shares in the company rose 5 percent, data from the London Stock Exchange showed.',
  'It is believed the contract was worth £50m.',
  'A spokesman for the ministry declined to comment.'
]

// Off by default: switched on, it reports information.
const on = {rules: {'unattributed-claim': true}} as const

describe('unattributed-claim', () => {
  it.each(positives)('flags %s', async (text, expected) => {
    expect(await flagged(text, 'unattributed-claim', on)).toEqual(expected)
  })

  it.each(negatives)('does not flag %s', async (text) => {
    expect(await flagged(text, 'unattributed-claim', on)).toEqual([])
  })

  it('is off by default and information when switched on', async () => {
    const text = single[0]!
    expect(await flagged(text, 'unattributed-claim')).toEqual([])
    const file = await check(text, on)
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['unattributed-claim', undefined]
    ])
    const wiki = await check(text, {preset: 'wikipedia'})
    expect(wiki.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['unattributed-claim', false]
    ])
  })
})
