/**
 * The document-level policy rules on whole articles
 * (test/fixtures/policy): each reports once, at the first relevant
 * attribution, with the counts in the message.
 */
import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import type {Options} from '../../src/options.js'
import type {RuleId} from '../../src/rules/ids.js'
import {check} from '../rules/util.js'

const documentRules: Array<RuleId> = ['anonymous-density', 'single-anonymous-source', 'anonymous-lead']

async function article(name: string): Promise<string> {
  return readFile(new URL('../fixtures/policy/' + name, import.meta.url), 'utf8')
}

/** Document-level messages as `ruleId: actual @ line:column — reason`. */
async function documentMessages(text: string, options: Options = {}): Promise<Array<string>> {
  const rules: Partial<Record<RuleId, boolean>> = {}
  for (const id of documentRules) rules[id] = true
  const file = await check(text, {...options, rules: {...rules, ...options.rules}})
  return file.messages
    .filter((d) => documentRules.includes(d.ruleId as RuleId))
    .map((d) => d.ruleId + ': ' + d.actual + ' @ ' + d.line + ':' + d.column + ' — ' + d.reason)
}

describe('articles', () => {
  it('a deal scoop sourced to “people familiar with the matter”: dense, anonymous lead, not single', async () => {
    expect(await documentMessages(await article('deal-scoop.txt'))).toEqual([
      'anonymous-density: people familiar with the matter @ 1:136 — Unexpected density of anonymous sourcing, starting at `people familiar with the matter`: 5 anonymous attributions in 198 words (25.3 per 1,000, above 5), 5 of 7 attributions (71 %, above 50 %)',
      'anonymous-lead: people familiar with the matter @ 1:136 — Unexpected anonymous source `people familiar with the matter` as the first attribution of the story (5 of 7 attributions anonymous)'
    ])
  })

  it('a resignation story with one unnamed official: single source, named lead', async () => {
    expect(await documentMessages(await article('minister-resignation.txt'))).toEqual([
      'single-anonymous-source: a senior government official @ 5:69 — Unexpected single anonymous source `a senior government official`: the only unnamed source of the story (3 anonymous attributions, 5 named), with no second source'
    ])
  })

  it('a council story with named sources only: nothing', async () => {
    expect(await documentMessages(await article('council-budget.txt'))).toEqual([])
  })

  it('a wire story relaying two unnamed sources and naming others: nothing', async () => {
    expect(await documentMessages(await article('wire-relay.txt'))).toEqual([])
  })

  it('in the reuters preset, only the document rules it switches on', async () => {
    const file = await check(await article('deal-scoop.txt'), {preset: 'reuters'})
    const ids = new Set(file.messages.map((d) => d.ruleId))
    expect(ids.has('anonymous-density')).toBe(true)
    expect(ids.has('anonymous-lead')).toBe(true)
    expect(ids.has('boilerplate-anonymity-reason')).toBe(false)
  })
})

describe('anonymous-density thresholds', () => {
  const wire = 'wire-relay.txt'

  it('reports by rate once enough anonymous attributions exist', async () => {
    const text = await article(wire)
    // 3 anonymous attributions in 134 words: 22.4 per 1,000, but fewer than 4.
    expect(await documentMessages(text)).toEqual([])
    expect(await documentMessages(text, {thresholds: {minimumAttributions: 3}})).toEqual([
      'anonymous-density: two government sources @ 1:46 — Unexpected density of anonymous sourcing, starting at `two government sources`: 3 anonymous attributions in 134 words (22.4 per 1,000, above 5), 3 of 7 attributions (43 %)'
    ])
    expect(
      await documentMessages(text, {thresholds: {minimumAttributions: 3, anonymousPerThousandWords: 25}})
    ).toEqual([])
  })

  it('reports by share', async () => {
    const text = await article(wire)
    expect(
      await documentMessages(text, {thresholds: {anonymousPerThousandWords: 1000, anonymousShare: 0.4}})
    ).toEqual([
      'anonymous-density: two government sources @ 1:46 — Unexpected density of anonymous sourcing, starting at `two government sources`: 3 anonymous attributions in 134 words (22.4 per 1,000), 3 of 7 attributions (43 %, above 40 %)'
    ])
    expect(
      await documentMessages(text, {thresholds: {anonymousPerThousandWords: 1000, anonymousShare: 0.4, minimumAttributions: 8}})
    ).toEqual([])
  })

  it('counts a long story’s anonymous sourcing per 1,000 words', async () => {
    const filler = 'The port handled 1.2 million containers last year. '.repeat(60)
    const text =
      'The port will be sold, two people familiar with the talks said. ' + filler + '\n\n' +
      'A senior official said the buyer was Gulf-based. An adviser to the board said the price was fair. ' +
      'A banker involved in the sale said the deal could close in June. The harbour master, Lena Ortiz, said traffic was up.'
    const messages = await documentMessages(text, {rules: {'anonymous-lead': false, 'single-anonymous-source': false}})
    // 4 anonymous attributions in about 550 words: 7.3 per 1,000; 4 of 5.
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^anonymous-density: two people familiar with the talks @ 1:/)
    expect(messages[0]).toMatch(/4 anonymous attributions in \d+ words \(\d+\.\d per 1,000, above 5\), 4 of 5 attributions \(80 %, above 50 %\)/)
    expect(
      await documentMessages(text + ' ' + filler.repeat(3), {
        rules: {'anonymous-lead': false, 'single-anonymous-source': false},
        thresholds: {anonymousShare: 1}
      })
    ).toEqual([])
  })
})

describe('single-anonymous-source', () => {
  const options: Options = {rules: {'anonymous-density': false, 'anonymous-lead': false}}

  it('counts back-references as the same source', async () => {
    const text =
      'Mayor Ana Ruiz said the budget was balanced. A city official said the deficit was larger than reported. The official added that auditors had been called in. She said the mayor had been told in March.'
    expect(await documentMessages(text, options)).toEqual([
      'single-anonymous-source: A city official @ 1:46 — Unexpected single anonymous source `A city official`: the only unnamed source of the story (3 anonymous attributions, 1 named), with no second source'
    ])
  })

  it('is satisfied by a second unnamed source', async () => {
    const text =
      'A city official said the deficit was larger than reported. A second official, who reviewed the accounts, confirmed the figure.'
    expect(await documentMessages(text, options)).toEqual([])
  })

  it('leaves a plural source alone', async () => {
    expect(await documentMessages('Two city officials said the deficit was larger than reported.', options)).toEqual([])
  })

  it('leaves stories without anonymous sources alone', async () => {
    expect(await documentMessages('Mayor Ana Ruiz said the budget was balanced.', options)).toEqual([])
  })

  it('ignores a source quoted inside a quotation', async () => {
    const text = 'Mayor Ana Ruiz said: “A city official told me the deficit was larger.”'
    expect(await documentMessages(text, options)).toEqual([])
  })
})

describe('anonymous-lead', () => {
  const options: Options = {rules: {'anonymous-density': false, 'single-anonymous-source': false}}

  it('flags an unnamed first attribution, with the counts', async () => {
    const text =
      'The minister will resign on Friday, a senior official said.\n\nHer spokeswoman, Ana Ruiz, declined to comment. Prime Minister Tom Hale said he had “full confidence” in her.'
    expect(await documentMessages(text, options)).toEqual([
      'anonymous-lead: a senior official @ 1:37 — Unexpected anonymous source `a senior official` as the first attribution of the story (1 of 2 attributions anonymous)'
    ])
  })

  it('skips agentless cues before the first source', async () => {
    const text = 'The minister will reportedly resign on Friday, a senior official said.'
    expect(await documentMessages(text, options)).toHaveLength(1)
  })

  it('leaves a named first attribution alone', async () => {
    const text =
      'The minister will resign on Friday, her spokeswoman, Ana Ruiz, said. A senior official said the decision was made last week.'
    expect(await documentMessages(text, options)).toEqual([])
  })

  it('is not fooled by a name ending the clause before the source', async () => {
    const text = 'City are close to a deal for João Neves, sources told Sky Sports on Thursday.'
    expect(await documentMessages(text, options)).toEqual([
      'anonymous-lead: sources @ 1:42 — Unexpected anonymous source `sources` as the first attribution of the story (1 of 1 attributions anonymous)'
    ])
  })

  it('treats an appositive of a name as named', async () => {
    const text = 'The audit was flawed, said Tim Heaphy, a former U.S. attorney who led the review.'
    expect(await documentMessages(text, options)).toEqual([])
  })

  it('leaves a vague first attribution alone', async () => {
    expect(await documentMessages('Experts say the bridge is unsafe. A senior official said it would close.', options)).toEqual([])
  })

  it('reports nothing on an empty document', async () => {
    const rules = Object.fromEntries(documentRules.map((d) => [d, true]))
    expect((await check('', {rules})).messages).toEqual([])
    expect((await check('   \n\n', {rules})).messages).toEqual([])
  })
})

/** Short stories: what each document-level rule flags (its `actual`), or nothing. */
const stories: Record<string, Array<[string, Array<string>]>> = {
  "anonymous-lead": [
    ["The minister will resign on Friday, a senior official said. Her office declined to comment.", ["a senior official"]],
    ["Two people familiar with the talks said a deal was close. The company's chief executive, Ana Ruiz, said on Monday that talks were \"constructive\".", ["Two people familiar with the talks"]],
    ["According to a person briefed on the plans, the bank will cut 300 jobs. A spokesman for the bank, Tom Hale, said it did not comment on rumours.", ["a person briefed on the plans"]],
    ["“We are not going to blink,” a senior administration official said. President Ellen Ward said later that the United States would respond.", ["a senior administration official"]],
    ["The club is close to signing the striker, sources told the BBC. Manager Pep Ruiz said he did not discuss transfers.", ["sources"]],
    ["Reportedly, the deal has collapsed. A person close to the company said the board rejected it. The chairman, Lee Park, declined to comment.", ["A person close to the company"]],
    ["A diplomat involved in the mediation said the ceasefire would hold. The foreign minister, Penny Wong, said she was hopeful.", ["A diplomat involved in the mediation"]],
    ["Investigators believe the fire was deliberate, two officials said. Fire chief Maria Lopez said the cause was under investigation.", ["Investigators"]],
    ["The minister will resign on Friday, her spokeswoman, Ana Ruiz, said. A senior official said the decision was made last week.", []],
    ["Experts say the bridge is unsafe. A senior official said it would close.", []],
    ["The Pentagon said on Monday that the drills would continue. Two officials said more ships would follow.", []],
    ["Mayor Ana Ruiz said the budget was balanced. A city official said the deficit was larger than reported.", []],
    ["Ortiz said: “A source told me the plan was dead.” A senior aide later confirmed it.", []],
    ["Researchers at the University of Tokyo reported the finding. A person familiar with the study said it would be published in May.", []],
    ["The bridge was closed on Monday. Engineers from Arup said the cracks were serious.", []],
    ["The audit was flawed, said Tim Heaphy, a former U.S. attorney who led the review. An official said the report would be released.", []]
  ],
  "single-anonymous-source": [
    ["Mayor Ana Ruiz said the budget was balanced. A city official said the deficit was larger than reported. The official added that auditors had been called in.", ["A city official"]],
    ["The minister will resign on Friday, a senior official said.", ["a senior official"]],
    ["Troops exchanged fire on Saturday, the ministry said. A military source, who spoke on condition of anonymity for fear of reprisals, said the fighting began at dawn.", ["A military source"]],
    ["The club said the manager had left by mutual consent. One person close to the board said he had been sacked.", ["One person close to the board"]],
    ["A diplomat involved in the mediation said the ceasefire would hold. Foreign Minister Penny Wong said she was hopeful.", ["A diplomat involved in the mediation"]],
    ["Reuters reported, citing a source, that the deal was off. The company declined to comment.", ["a source"]],
    ["According to a person briefed on the plans, the bank will cut 300 jobs. The bank's chief executive, Tom Hale, declined to comment.", ["a person briefed on the plans"]],
    ["The senator will not run again, an aide said. The aide said the decision was final. Senator Ruth Hale said she would announce her plans on Monday.", ["an aide"]],
    ["Two city officials said the deficit was larger than reported.", []],
    ["A city official said the deficit was larger than reported. A second official, who reviewed the accounts, confirmed the figure.", []],
    ["People familiar with the matter said the company was exploring a sale.", []],
    ["Mayor Ana Ruiz said the budget was balanced. Council member Tom Becker said it was not.", []],
    ["A city official said the deficit was larger. Two people briefed on the audit said auditors had been called in.", []],
    ["Mayor Ana Ruiz said: “A city official told me the deficit was larger.”", []],
    ["Experts say the bridge is unsafe. Analysts at Morgan Stanley estimate the repairs will cost $40 million.", []],
    ["A spokeswoman said the company would appeal.", []]
  ],
  "anonymous-density": [
    ["People familiar with the matter said the company was exploring a sale. The people said a deal could be announced next week. One of the people said the price was about $4 billion. A person briefed on the process said two bidders remained.", ["People familiar with the matter"]],
    ["Two officials said the strike was planned weeks ago. A senior official said the target was a weapons depot. A diplomat said allies had been told in advance. An aide to the minister said the operation was over. The ministry said it would not comment.", ["Two officials"]],
    ["A senior source said the chancellor would cut spending. An ally of the chancellor said the cuts were necessary. Sources told the BBC that taxes would rise. A Whitehall source said the budget was final. The Treasury said it did not comment on speculation.", ["A senior source"]],
    ["Sources said the club would sack the manager. A person close to the board said the decision had been made. Two players said the dressing room had turned against him. A senior club source said a replacement had been found.", ["Sources"]],
    ["People familiar with the matter said the company was exploring a sale. The chief executive, Ana Ruiz, said the company did not comment on rumours. Analysts at Morgan Stanley said a sale made sense. The company's chairman, Tom Hale, said the board would meet on Monday. Investor Lee Park said he backed the plan.", []],
    ["A senior official said the talks had stalled. The official said a deal was still possible.", []],
    ["Mayor Ana Ruiz said the budget was balanced. Council member Tom Becker said it was not. Finance director Priya Nair said revenue had risen.", []],
    ["Two officials said the strike was planned weeks ago. The Pentagon said the target was a weapons depot. Defense Secretary Lloyd Austin said allies had been told. President Ellen Ward said the operation was over. NATO said it supported the strike.", []]
  ],
}

for (const [id, cases] of Object.entries(stories)) {
  describe(id + ' on short stories', () => {
    it('has at least 4 positives and 4 near misses', () => {
      expect(cases.filter((d) => d[1].length > 0).length).toBeGreaterThanOrEqual(4)
      expect(cases.filter((d) => d[1].length === 0).length).toBeGreaterThanOrEqual(4)
    })

    it.each(cases)('%s', async (text, expected) => {
      const file = await check(text, {rules: {[id]: true}})
      expect(file.messages.filter((d) => d.ruleId === id).map((d) => d.actual)).toEqual(expected)
    })
  })
}
