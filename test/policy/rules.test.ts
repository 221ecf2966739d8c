/**
 * The sentence-level policy rules on realistic news sentences: what each
 * flags (its `actual`, in order) and the near misses it leaves alone.
 * Policy rules are off by default, so each case switches its rule on.
 */
import {describe, expect, it} from 'vitest'
import type {RuleId} from '../../src/rules/ids.js'
import {check, flagged} from '../rules/util.js'

const tables: Partial<Record<RuleId, Array<[string, Array<string>]>>> = {
  "bare-source": [
    ["A source said the prime minister had decided to call an early election.", ["A source"]],
    ["Sources told the station that the deal had been signed on Tuesday.", ["Sources"]],
    ["A senior source said the bank would raise rates again in March.", ["A senior source"]],
    ["The minister intends to resign, according to sources.", ["sources"]],
    ["The newspaper, citing unnamed sources, said the club had agreed a fee of £40 million.", ["unnamed sources"]],
    ["Two sources said the company was preparing to cut 2,000 jobs.", ["Two sources"]],
    ["\"There is no appetite for a deal,\" a well-placed source said.", ["a well-placed source"]],
    ["A source, who asked not to be named, said the decision had been made weeks ago.", ["A source"]],
    ["The talks broke down on Sunday night, well-informed sources said.", ["well-informed sources"]],
    ["The merger will be announced next week, sources said on Monday.", ["sources"]],
    ["A source in the finance ministry said the budget would be delayed.", []],
    ["A government source said the prime minister had decided to call an early election.", []],
    ["Sources close to the negotiations said a deal was within reach.", []],
    ["A source familiar with the plans said the company would cut 2,000 jobs.", []],
    ["A Whitehall source said the review would be published in the spring.", []],
    ["A source who attended the meeting said the chairman had threatened to resign.", []],
    ["Two people familiar with the matter said the deal had collapsed.", []],
    ["The river is the main source of drinking water for the region.", []],
    ["Tourism is an important source of revenue for the island.", []],
    ["A source at the club said the manager had been sacked.", []],
    ["Security sources said the suspect had been under surveillance for months.", []],
    ["A source, a senior diplomat, said the embassy would reopen.", []]
  ],
  "boilerplate-anonymity-reason": [
    ["A senior official, who spoke on condition of anonymity because he was not authorized to speak publicly, said the talks had stalled.", ["not authorized to speak"]],
    ["Two officials said the strike was planned weeks in advance. They requested anonymity because they were not authorized to discuss the operation.", ["not authorized to discuss"]],
    ["A person familiar with the matter, who asked not to be identified because of the sensitivity of the matter, said the bid would be raised.", ["sensitivity of the matter"]],
    ["A diplomat said the draft had been circulated on Friday. The diplomat was not authorised to speak to the media.", ["not authorised to speak"]],
    ["The official, who spoke on the condition of anonymity in line with department policy, said no decision had been made.", ["in line with department policy"]],
    ["Three people briefed on the talks said the company had hired advisers, speaking on condition of anonymity because the discussions are private.", ["because the discussions are private"]],
    ["A senior European official said the sanctions would target the shadow fleet. The official was not cleared to comment publicly.", ["not cleared to comment"]],
    ["An administration official who was not authorized to discuss the matter said the visit was postponed.", ["not authorized to discuss"]],
    ["A senior official, who spoke on condition of anonymity for fear of losing his job, said the talks had stalled.", []],
    ["A teacher at the school, who asked that her name be withheld because she feared retaliation from the district, said classes were cancelled.", []],
    ["A witness, who spoke on condition of anonymity for his safety, said the soldiers fired first.", []],
    ["Two officials said the strike was planned weeks in advance, speaking on condition of anonymity because disclosing operational details is illegal.", []],
    ["A senior official said the talks had stalled. He did not give a reason for requesting anonymity.", []],
    ["Minister Ana Ruiz said she was not authorized to speak for the cabinet on the matter.", []],
    ["An official, who was not authorized to speak publicly and feared reprisals from her superiors, said the audit had been buried.", []],
    ["A civil servant, who spoke anonymously because staff who talk to the press have been dismissed, said the department was in turmoil.", []]
  ],
  "anonymous-opinion": [
    ["Teachers themselves fear risks to their own health, and parents worry the plan is reckless.", []],
    ["Investigators believe the fire was set deliberately.", []],
    ["Tim Heaphy, a former U.S. attorney who led the review, said the plan was foolish.", []],
    ["A spokesman said the virus had probably spread inside the building.", []],
    ["Senior White House officials fear that the adviser's involvement would prompt a backlash.", ["Senior White House officials"]],
    ["A senior aide called the senator a liar.", ["A senior aide"]],
    ["A person close to the chancellor said the plan was foolish and would never pass.", ["A person close to the chancellor"]],
    ["A government source predicted the minister would resign before the summer.", ["A government source"]],
    ["One official said the new chief executive was completely out of his depth.", ["One official"]],
    ["\"He is a disaster,\" a senior Republican aide said of the nominee.", ["a senior Republican aide"]],
    ["A source close to the manager criticised the board for failing to back him in the transfer market.", ["A source close to the manager"]],
    ["Two officials described the envoy as incompetent.", ["Two officials"]],
    ["A senior diplomat argued that the sanctions had been a failure from the start.", ["A senior diplomat"]],
    ["An adviser to the governor, speaking on condition of anonymity, said the bill was likely to die in committee.", ["An adviser to the governor"]],
    ["The deal, one executive said, was a mistake that would haunt the company for years.", ["one executive"]],
    ["A person familiar with the board's thinking accused the founder of misleading investors.", ["A person familiar with the board's thinking"]],
    ["A senior official said the decision to withdraw was irresponsible.", ["A senior official"]],
    ["A senior aide said the talks would resume on Monday.", []],
    ["Two officials said the senator had been called a liar by protesters outside the hall.", []],
    ["A person close to the chancellor said the plan would be published on Thursday.", []],
    ["A government source said the minister had submitted her resignation letter on Friday.", []],
    ["An official said the driver had been charged with reckless driving.", []],
    ["A senior official said the weak currency had pushed up import prices.", []],
    ["Senator Ana Ruiz called the plan foolish and said she would vote against it.", []],
    ["The prime minister's spokesman, Tom Hale, said the report was a disgrace.", []],
    ["A diplomat said the embassy was called a disaster zone by local residents in 2019.", []],
    ["An official said the natural disaster had displaced 40,000 people.", []],
    ["Officials called for calm after the protests.", []],
    ["A source said the police were called after a disaster struck the mine.", []],
    ["A senior official said the investigation into the fraud was continuing.", []],
    ["A senior official, who spoke on condition of anonymity, said the prime minister would probably call an early election.", ["A senior official"]],
    ["A senior official said the prime minister would call an early election in May.", []],
    ["An aide said the senator regretted calling her opponent a liar during the debate.", []]
  ],
  "anonymous-quote": [
    ["“The numbers are extremely worrying,” Marie-Pierre Poirier, UNICEF's regional director, told reporters.", []],
    ["“We are praying,” said the farmer, who lost two sons in the flood.", []],
    ["“We will review the decision,” a spokeswoman said.", []],
    ["Francis said, “Better not to accept them,” according to participants at the closed-door session.", []],
    ["“You are discriminating against us,” another customer told the newspaper.", ["another customer"]],
    ["\"We are not going to blink,\" a senior administration official said.", ["a senior administration official"]],
    ["A senior official said: \"There will be no deal before the election.\"", ["A senior official"]],
    ["\"Nobody in the building trusts him anymore,\" said one aide, who asked not to be named.", ["one aide"]],
    ["A person close to the striker said he was \"devastated\" by the decision.", ["A person close to the striker"]],
    ["According to a European diplomat, the proposal is \"dead on arrival.\"", ["a European diplomat"]],
    ["Two people familiar with the talks said the sides remained \"very far apart\" on the price.", ["Two people familiar with the talks"]],
    ["An official, speaking on condition of anonymity, described the meeting as \"tense but productive.\"", ["An official"]],
    ["\"It's over,\" a source close to the couple told the magazine.", ["a source close to the couple"]],
    ["A senior aide, who spoke on condition of anonymity because she was not authorized to comment, said the president was \"furious\" about the leak.", ["A senior aide"]],
    ["A senior administration official said the administration would not back down.", []],
    ["\"We are not going to blink,\" Defense Secretary Lloyd Austin said.", []],
    ["\"We will respond,\" the foreign minister, Penny Wong, said, while an aide said a statement would follow.", []],
    ["A senior official said the bill, known as the \"Freedom to Build Act,\" would be introduced in May.", []],
    ["The spokeswoman, Ana Ruiz, said the company was \"disappointed\" by the ruling.", []],
    ["A source said the documents had been handed to the committee.", []],
    ["Officials said the \"Operation Sentinel\" patrols would continue through the summer.", []],
    ["\"We have done nothing wrong,\" Smith told reporters. A source close to him said he would appeal.", []],
    ["“This is a hostage situation,” one Democratic aide said of the spending talks.", ["one Democratic aide"]],
    ["“This is a hostage situation,” Senator Maria Ortiz said, and an aide said she would vote no.", []]
  ],
  "unverified-secondhand": [
    ["The Wall Street Journal reported, citing people familiar with the matter, that the company was exploring a sale.", ["people familiar with the matter"]],
    ["Kyodo news agency, citing unnamed government sources, reported that Tokyo would send an envoy to Seoul.", ["unnamed government sources"]],
    ["Citing two officials it did not identify, the newspaper said the army had been ordered to withdraw.", ["two officials"]],
    ["State television quoted an unnamed military official as saying the drills would continue.", ["an unnamed military official"]],
    ["The broadcaster reported, citing local media, that at least 12 people had died.", ["local media"]],
    ["Bloomberg reported on Tuesday, citing a person familiar with the plans, that the bank would cut 300 jobs.", ["a person familiar with the plans"]],
    ["Politico, citing three sources, said the White House had drafted an executive order.", ["three sources"]],
    ["The agency quoted a senior security source as saying the attackers had crossed from the north.", ["a senior security source"]],
    ["The Wall Street Journal reported, citing people familiar with the matter, that the company was exploring a sale. Reuters could not independently verify the report.", []],
    ["Kyodo, citing unnamed government sources, reported that Tokyo would send an envoy. Reuters was unable to confirm the report.", []],
    ["The newspaper said, citing two officials, that the army had withdrawn, a claim that could not be independently verified.", []],
    ["The Financial Times reported, citing the company's annual filing, that profit had doubled.", []],
    ["The minister said, citing intelligence reports, that the group was planning further attacks.", []],
    ["The ministry, citing security reasons, said it would not release the names.", []],
    ["Two officials told Reuters that the army had been ordered to withdraw.", []],
    ["According to a statement from the Interior Ministry, 14 people were arrested.", []],
    ["The court, citing a lack of evidence, dismissed the case.", []],
    ["The ministry said, citing intelligence reports, that the group had moved its fighters north.", []]
  ],
}

for (const [id, cases] of Object.entries(tables) as Array<[RuleId, Array<[string, Array<string>]>]>) {
  describe(id, () => {
    it('has at least 8 positives and 8 near misses', () => {
      expect(cases.filter((d) => d[1].length > 0).length).toBeGreaterThanOrEqual(8)
      expect(cases.filter((d) => d[1].length === 0).length).toBeGreaterThanOrEqual(7)
    })

    it.each(cases)('%s', async (text, expected) => {
      expect(await flagged(text, id, {rules: {[id]: true}})).toEqual(expected)
    })

    it('is off by default', async () => {
      const positive = cases.find((d) => d[1].length > 0)!
      expect(await flagged(positive[0], id)).toEqual([])
    })
  })
}

describe('messages', () => {
  it('follow the unified conventions', async () => {
    const file = await check(
      'A source, who asked not to be named, said the plan was foolish. “It will fail,” the source said.',
      {preset: 'nyt', rules: {'bare-source': 'info'}}
    )
    const byRule = new Map(file.messages.map((d) => [d.ruleId, d]))

    const opinion = byRule.get('anonymous-opinion')!
    expect(opinion.reason).toBe('Unexpected opinion from anonymous source `A source`: `was foolish`')
    expect(opinion.source).toBe('retext-attribution')
    expect(opinion.actual).toBe('A source')
    expect(opinion.expected).toBeUndefined()
    expect(opinion.url).toMatch(/#anonymous-opinion$/)
    expect(opinion.note).toMatch(/not opinion/)
    expect(opinion.fatal).toBe(true)

    const quote = byRule.get('anonymous-quote')!
    expect(quote.actual).toBe('the source')
    expect(quote.fatal).toBe(false)

    const bare = byRule.get('bare-source')!
    expect(bare.reason).toBe('Unexpected bare source `A source`, say what kind of source this is')
    expect(bare.fatal).toBeUndefined()
  })

  it('respect `allow`', async () => {
    const text = 'A senior source said the plan was foolish.'
    expect(await flagged(text, 'anonymous-opinion', {rules: {'anonymous-opinion': true}})).toEqual(['A senior source'])
    expect(await flagged(text, 'anonymous-opinion', {rules: {'anonymous-opinion': true}, allow: ['senior source']})).toEqual([])
  })

  it('leave quoted speakers’ own wording alone unless `checkQuotes`', async () => {
    const text = 'Ortiz said: “A source told me the plan was foolish.”'
    expect(await flagged(text, 'bare-source', {rules: {'bare-source': true}})).toEqual([])
    expect(await flagged(text, 'bare-source', {rules: {'bare-source': true}, checkQuotes: true})).toEqual(['A source'])
  })
})

describe('anonymous-opinion', () => {
  it('reads a judging verb after a description that refers to an anonymous source', async () => {
    const text =
      'A senior aide, who spoke on condition of anonymity for fear of reprisals, said the senator would not run again. The aide called the decision a mistake.'
    expect(await flagged(text, 'anonymous-opinion', {rules: {'anonymous-opinion': true}})).toEqual(['The aide'])
  })

  it('leaves pronouns alone, whoever they refer to', async () => {
    const rules = {'anonymous-opinion': true, 'anonymous-quote': true}
    const text =
      'A senior aide, who spoke on condition of anonymity for fear of reprisals, said the senator would not run again. She called the decision a mistake. “It is a disaster,” she said.'
    expect(await flagged(text, 'anonymous-opinion', {rules})).toEqual([])
    expect(await flagged(text, 'anonymous-quote', {rules})).toEqual([])
  })

  it('leaves a judging verb of a named subject alone, even after an anonymous source', async () => {
    const text =
      'A senior aide said the senator would not run again. Senator Ruth Hale called the report a fabrication, and her spokesman, Ian Moss, criticised the aide.'
    expect(await flagged(text, 'anonymous-opinion', {rules: {'anonymous-opinion': true}})).toEqual([])
  })

  it('can be extended through `lexicon`', async () => {
    const text = 'A senior official said the proposal was half-baked.'
    const rules = {'anonymous-opinion': true}
    expect(await flagged(text, 'anonymous-opinion', {rules})).toEqual([])
    expect(
      await flagged(text, 'anonymous-opinion', {rules, lexicon: {judgements: ['{be} half-baked']}})
    ).toEqual(['A senior official'])
  })
})

describe('boilerplate-anonymity-reason', () => {
  it('reports a reason shared by several sources once', async () => {
    const text =
      'Two officials and a diplomat briefed on the talks said the deal was close. All three spoke on condition of anonymity because they were not authorized to discuss the negotiations.'
    expect(
      await flagged(text, 'boilerplate-anonymity-reason', {rules: {'boilerplate-anonymity-reason': true}})
    ).toEqual(['not authorized to discuss'])
  })
})

describe('cost', () => {
  it('stays near linear on one sentence with thousands of attributions', async () => {
    const text =
      'It began ' +
      'and “it was foolish,” an aide said, while sources said it was a disaster, according to an official, citing two diplomats, who were not authorized to speak, '.repeat(1200) +
      'end.'
    const rules = {
      'bare-source': true,
      'boilerplate-anonymity-reason': true,
      'anonymous-opinion': true,
      'anonymous-quote': true,
      'unverified-secondhand': true,
      'anonymous-density': true,
      'single-anonymous-source': true,
      'anonymous-lead': true
    }
    const started = performance.now()
    const file = await check(text, {rules})
    // Quadratic work per sentence took over a minute here.
    expect(performance.now() - started).toBeLessThan(15_000)
    expect(file.messages.filter((d) => d.ruleId === 'anonymous-quote').length).toBeGreaterThanOrEqual(1200)
  }, 60_000)
})
