/**
 * Tests of the gold-format loader and scorer in scripts/lib/gold.ts (the
 * format of the newsdev set), on an invented fixture in
 * test/fixtures/gold.  The scorer is fed hand-made messages so each case
 * is exact; one test runs the plugin to check the wiring.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {evaluateGold, newsdevHalf} from '../../scripts/lib/evaluate.js'
import {
  countWords,
  loadGold,
  locateQuote,
  parseGold,
  scoreGoldFile,
  summariseGold,
  type GoldFile,
  type GoldMessage
} from '../../scripts/lib/gold.js'
import {attributionRuleIds, ruleIds} from '../../src/rules/ids.js'

const goldFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/gold'
)

const files = await loadGold(goldFolder, {ruleIds})

function file(name: string): GoldFile {
  const found = files.find((d) => d.name.startsWith(name))
  if (!found) throw new Error('no fixture ' + name)
  return found
}

/** A message of `ruleId` on the `nth` occurrence of `phrase` in `file`. */
function on(
  gold: GoldFile,
  ruleId: string,
  phrase: string,
  nth = 0
): GoldMessage {
  return {ruleId, ...locateQuote(gold.text, phrase, nth)}
}

describe('parseGold', () => {
  it('fills in defaults: first occurrence, optional, positive', () => {
    expect(
      parseGold({items: [{file: 'a.txt', quote: 'x', kinds: ['vague-source']}]})
    ).toEqual([
      {
        file: 'a.txt',
        quote: 'x',
        nth: 0,
        kinds: ['vague-source'],
        required: false,
        negative: false
      }
    ])
  })

  it('reads negative items, all rules or a list', () => {
    const items = parseGold({
      items: [
        {file: 'a.txt', quote: 'x', negative: true},
        {file: 'a.txt', quote: 'y', negative: ['unexplained-anonymity']}
      ]
    })
    expect(items.map((d) => [d.negative, d.kinds, d.required])).toEqual([
      [true, [], false],
      [['unexplained-anonymity'], [], false]
    ])
  })

  it.each([
    ['no items', {}, /gold: expected an object with an `items` array/],
    ['an item that is no object', {items: [3]}, /item 0: expected an object/],
    ['a missing quote', {items: [{file: 'a.txt', kinds: ['vague-source']}]}, /item 0: expected a `quote`/],
    ['a negative nth', {items: [{file: 'a.txt', quote: 'x', nth: -1, kinds: ['vague-source']}]}, /`nth`/],
    ['a string for required', {items: [{file: 'a.txt', quote: 'x', kinds: ['vague-source'], required: 'yes'}]}, /`required`/],
    ['neither kinds nor negative', {items: [{file: 'a.txt', quote: 'x'}]}, /expected `kinds` or `negative`/],
    ['empty kinds', {items: [{file: 'a.txt', quote: 'x', kinds: []}]}, /`kinds` is empty/],
    ['an unknown rule id', {items: [{file: 'a.txt', quote: 'x', negative: ['vague-sauce']}]}, /unknown rule id `vague-sauce` in `negative`/]
  ])('rejects %s', (_, value, pattern) => {
    expect(() => parseGold(value, {ruleIds})).toThrow(pattern)
  })
})

describe('locateQuote', () => {
  it('finds the nth occurrence', () => {
    expect(locateQuote('ab ab ab', 'ab')).toEqual({start: 0, end: 2})
    expect(locateQuote('ab ab ab', 'ab', 2)).toEqual({start: 6, end: 8})
  })

  it('reads no-break spaces in the text as plain spaces', () => {
    expect(locateQuote('x according to\u00A0people', 'to people')).toEqual({
      start: 12,
      end: 21
    })
  })

  it('fails when the quote is missing or rarer than asked', () => {
    expect(() => locateQuote('ab', 'cd')).toThrow('quote not found: cd')
    expect(() => locateQuote('ab ab', 'ab', 2)).toThrow(
      'quote not found 3 times: ab'
    )
  })
})

describe('loadGold', () => {
  it('reads the texts the gold names, in gold order, with quotes placed', () => {
    expect(files.map((d) => d.name)).toEqual([
      '000_harbour_closure.txt',
      '001_trade_talks.txt',
      '040_match_report.txt'
    ])
    for (const gold of files) {
      expect(gold.words).toBe(countWords(gold.text))
      for (const item of gold.items) {
        expect(
          gold.text.slice(item.start, item.end).replaceAll('\u00A0', ' ')
        ).toBe(item.quote)
      }
    }
  })

  it('places the nth occurrence, not the first', () => {
    const gold = file('000')
    const item = gold.items.find((d) => d.nth === 1)
    expect(item?.start).toBe(gold.text.lastIndexOf('officials said'))
    expect(item?.start).not.toBe(gold.text.indexOf('officials said'))
  })

  it('keeps the no-break space in the text, so offsets are the plugin’s', () => {
    const gold = file('001')
    expect(gold.text).toContain('according to\u00A0people')
    const item = gold.items.find((d) => d.quote.startsWith('according'))
    expect(item?.start).toBe(gold.text.indexOf('according'))
  })

  it('names the file of a quote not in its text', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'gold-'))
    try {
      await mkdir(path.join(folder, 'texts'))
      await writeFile(path.join(folder, 'texts', '000_a.txt'), 'Aides said so.\n')
      await writeFile(
        path.join(folder, 'gold.json'),
        JSON.stringify({
          items: [{file: '000_a.txt', quote: 'Aides told', kinds: ['vague-source']}]
        })
      )
      await expect(loadGold(folder)).rejects.toThrow(
        '000_a.txt: quote not found: Aides told'
      )
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})

describe('scoreGoldFile', () => {
  it('credits a message overlapping part of a positive item of its kind', () => {
    const gold = file('000')
    const score = scoreGoldFile(
      gold,
      [on(gold, 'anonymous-source', 'senior port')],
      attributionRuleIds
    )
    expect(score.tallies.get('anonymous-source')).toEqual({
      required: 2,
      hit: 1,
      messages: 1,
      credited: 1
    })
    // The unexplained-anonymity item on the same words wants its own rule.
    expect(score.misses.map((d) => [d.ruleId, d.text])).toEqual([
      ['unexplained-anonymity', 'A senior port official'],
      ['anonymous-source', 'officials said']
    ])
  })

  it('counts the nth occurrence only', () => {
    const gold = file('000')
    const first = scoreGoldFile(
      gold,
      [on(gold, 'vague-source', 'officials said', 0)],
      attributionRuleIds
    )
    expect(first.misses.map((d) => d.text)).toContain('officials said')
    expect(first.falseAlarms.map((d) => [d.ruleId, d.text])).toEqual([
      ['vague-source', 'officials said']
    ])

    const second = scoreGoldFile(
      gold,
      [on(gold, 'vague-source', 'officials said', 1)],
      attributionRuleIds
    )
    expect(second.misses.map((d) => d.text)).not.toContain('officials said')
    expect(second.falseAlarms).toEqual([])
    // Recall counts toward the first kind, whichever kind hit.
    expect(second.tallies.get('anonymous-source')?.hit).toBe(1)
    expect(second.tallies.get('vague-source')).toEqual({
      required: 0,
      hit: 0,
      messages: 1,
      credited: 1
    })
  })

  it('lets a negative list forbid one rule and credit another on the same words', () => {
    const gold = file('001')
    const score = scoreGoldFile(
      gold,
      [
        on(gold, 'anonymous-source', 'people familiar with the talks'),
        on(gold, 'unexplained-anonymity', 'people familiar with the talks')
      ],
      attributionRuleIds
    )
    expect(score.tallies.get('anonymous-source')).toMatchObject({
      hit: 1,
      credited: 1
    })
    expect(score.tallies.get('unexplained-anonymity')).toMatchObject({
      messages: 1,
      credited: 0
    })
    expect(score.falseAlarms).toEqual([
      expect.objectContaining({ruleId: 'unexplained-anonymity', forbidden: true})
    ])
  })

  it('matches across the no-break space', () => {
    const gold = file('001')
    const score = scoreGoldFile(
      gold,
      [on(gold, 'anonymous-source', 'to people')],
      attributionRuleIds
    )
    expect(score.misses).toEqual([])
  })

  it('counts optional items neither as hits nor as misses', () => {
    const gold = file('001')
    const quiet = scoreGoldFile(gold, [], attributionRuleIds)
    // Only the required item is missed, not `reportedly` or `It is understood`.
    expect(quiet.misses.map((d) => d.text)).toEqual([
      'according to people familiar with the talks'
    ])
    expect(quiet.tallies.get('agentless-attribution')).toBeUndefined()

    const flagged = scoreGoldFile(
      gold,
      [on(gold, 'agentless-attribution', 'reportedly')],
      attributionRuleIds
    )
    // A message on an optional item is credited, not a false alarm.
    expect(flagged.tallies.get('agentless-attribution')).toEqual({
      required: 0,
      hit: 0,
      messages: 1,
      credited: 1
    })
    expect(flagged.falseAlarms).toEqual([])
  })

  it('forbids every rule on a negative item, widens points, ignores other rules', () => {
    const gold = file('040')
    const critics = gold.text.indexOf('critics')
    const score = scoreGoldFile(
      gold,
      [
        on(gold, 'unattributed-claim', 'won 2-1'),
        on(gold, 'anonymous-quote', 'critics said'),
        {ruleId: 'vague-source', start: critics + 2, end: critics + 2},
        {ruleId: 'vague-source', start: undefined, end: undefined}
      ],
      attributionRuleIds
    )
    expect(score.tallies.get('vague-source')).toEqual({
      required: 1,
      hit: 1,
      messages: 2,
      credited: 1
    })
    expect(score.tallies.has('anonymous-quote')).toBe(false)
    expect(score.falseAlarms.map((d) => [d.ruleId, d.text, d.forbidden])).toEqual([
      ['unattributed-claim', 'won 2-1', true],
      ['vague-source', '', false]
    ])
  })
})

describe('summariseGold', () => {
  it('adds up files per rule, in rule order, with rates per 1,000 words', () => {
    const scores = files.map((gold) => scoreGoldFile(gold, [], attributionRuleIds))
    const summary = summariseGold(scores, attributionRuleIds)
    expect(summary.rules.map((d) => d.ruleId)).toEqual([...attributionRuleIds])
    expect(summary.total).toMatchObject({
      ruleId: 'all rules',
      required: 5,
      hit: 0,
      recall: 0,
      messages: 0,
      precision: null
    })
    expect(summary.words).toBe(files.reduce((sum, d) => sum + d.words, 0))
    expect(summary.messagesPerThousandWords).toBe(0)

    const b = summariseGold(
      [
        scoreGoldFile(
          file('040'),
          [on(file('040'), 'unattributed-claim', 'won 2-1')],
          attributionRuleIds
        )
      ],
      attributionRuleIds
    )
    expect(b.messagesPerThousandWords).toBeCloseTo(1000 / file('040').words)
    expect(b.falseAlarmsPerThousandWords).toBeCloseTo(1000 / file('040').words)
  })
})

describe('evaluateGold', () => {
  it('runs the plugin and splits newsdev into halves by file number', async () => {
    expect(['000_x.txt', '037_x.txt', '038_x.txt', '075_x.txt', 'x.txt'].map(newsdevHalf)).toEqual(
      ['A', 'A', 'B', 'B', undefined]
    )
    const report = await evaluateGold(files, newsdevHalf)
    expect(Object.keys(report.parts)).toEqual(['A', 'B'])
    expect(report.parts.A?.files).toBe(2)
    expect(report.parts.B?.words).toBe(file('040').words)
    expect(report.all.total.required).toBe(5)
    expect(report.all.total.hit).toBe(5 - report.errors.misses.length)
    expect(report.all.total.messages - report.all.total.credited).toBe(
      report.errors.falseAlarms.length
    )
    for (const part of ['A', 'B']) {
      expect(report.parts[part]?.total.messages).toBe(
        report.all.total.messages -
          (report.parts[part === 'A' ? 'B' : 'A']?.total.messages ?? 0)
      )
    }
  })
})
