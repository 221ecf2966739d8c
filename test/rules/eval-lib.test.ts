/**
 * Tests of the evaluation helpers in scripts/lib: the corpus markup parser,
 * the CSV reader, FactAppeal tag stripping and span matching.  These do not
 * need the plugin.
 */
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {loadCorpus, parseMarkup} from '../../scripts/lib/corpus.js'
import {parseCsv, parseCsvRecords} from '../../scripts/lib/csv.js'
import {
  alignOffsets,
  isBarePronoun,
  sentenceLabel,
  stripAnnotation,
  toExamples
} from '../../scripts/lib/factappeal.js'
import {matchSpans, overlaps, scores} from '../../scripts/lib/metrics.js'
import {defaultRuleIds, ruleIds} from '../../src/rules/ids.js'

const corpusFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/corpus'
)

describe('parseMarkup', () => {
  it('strips markup and returns offsets into the stripped text', () => {
    const result = parseMarkup(
      'Fine. {{anonymous-source,unexplained-anonymity|A senior official}} said {{agentless-attribution|reportedly}} so.'
    )
    expect(result.text).toBe('Fine. A senior official said reportedly so.')
    expect(result.gold).toEqual([
      {ruleId: 'anonymous-source', start: 6, end: 23, text: 'A senior official'},
      {
        ruleId: 'unexplained-anonymity',
        start: 6,
        end: 23,
        text: 'A senior official'
      },
      {ruleId: 'agentless-attribution', start: 29, end: 39, text: 'reportedly'}
    ])
    for (const span of result.gold) {
      expect(result.text.slice(span.start, span.end)).toBe(span.text)
    }
  })

  it('keeps text without markup as is', () => {
    expect(parseMarkup('No markup here.\n\nTwo paragraphs.')).toEqual({
      text: 'No markup here.\n\nTwo paragraphs.',
      gold: []
    })
  })

  it('handles markup at the very start and end, and curly quotes inside', () => {
    const result = parseMarkup('{{vague-source|Experts}} say “no”: {{vague-source|critics}}')
    expect(result.text).toBe('Experts say “no”: critics')
    expect(result.gold.map((d) => [d.start, d.end])).toEqual([
      [0, 7],
      [18, 25]
    ])
  })

  it('trims spaces around rule ids', () => {
    const result = parseMarkup('{{ anonymous-source , unexplained-anonymity |Sources}} said')
    expect(result.gold.map((d) => d.ruleId)).toEqual([
      'anonymous-source',
      'unexplained-anonymity'
    ])
  })

  it.each([
    ['unclosed markup', 'A {{vague-source|Experts say', /1:3: unclosed/],
    ['nested markup', '{{vague-source|a {{vague-source|b}}}}', /nested/],
    ['stray closing braces', 'Experts}} say', /unexpected `}}`/],
    ['missing bar', '{{vague-source Experts}}', /expected `\|`/],
    ['empty text', '{{vague-source|}}', /empty flagged text/],
    ['padded text', '{{vague-source| Experts}}', /whitespace/],
    ['bad rule id', '{{Vague Source|Experts}}', /invalid rule id/],
    ['repeated rule id', '{{vague-source,vague-source|Experts}}', /repeated/]
  ])('rejects %s', (_, source, pattern) => {
    expect(() => parseMarkup(source)).toThrow(pattern)
  })

  it('rejects unknown rule ids when given the list', () => {
    expect(() =>
      parseMarkup('{{anonymous-sauce|A source}}', {ruleIds, name: 'x.txt'})
    ).toThrow('x.txt:1:1: unknown rule id `anonymous-sauce`')
  })

  it('names line and column in errors', () => {
    expect(() => parseMarkup('One.\n\nTwo {{vague-source|x')).toThrow(
      'corpus:3:5: unclosed `{{`'
    )
  })
})

describe('the corpus', async () => {
  const files = await loadCorpus(corpusFolder, {ruleIds})

  it('has at least 60 paragraphs and several whole articles', () => {
    const paragraphs = files.flatMap((file) =>
      file.text.split(/\n[ \t]*\n/).filter((d) => d.trim())
    )
    expect(paragraphs.length).toBeGreaterThanOrEqual(60)
    expect(
      files.filter((file) => file.name.startsWith('article-')).length
    ).toBeGreaterThanOrEqual(3)
  })

  it('labels every default rule, with no markup left in the text', () => {
    const labelled = new Set(files.flatMap((f) => f.gold.map((d) => d.ruleId)))
    for (const id of defaultRuleIds) expect(labelled).toContain(id)
    for (const file of files) {
      expect(file.text).not.toMatch(/\{\{|\}\}/)
      for (const span of file.gold) {
        expect(file.text.slice(span.start, span.end)).toBe(span.text)
      }
    }
  })

  it('gives unexplained-anonymity only on anonymous-source spans', () => {
    for (const file of files) {
      for (const span of file.gold) {
        if (span.ruleId !== 'unexplained-anonymity') continue
        expect(
          file.gold.some(
            (d) =>
              d.ruleId === 'anonymous-source' &&
              d.start === span.start &&
              d.end === span.end
          ),
          file.name + ': ' + span.text
        ).toBe(true)
      }
    }
  })
})

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(
      parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n,plain\n')
    ).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['', 'plain']
    ])
  })

  it('reads a last record without a line break and empty trailing fields', () => {
    expect(parseCsv('a,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', '']
    ])
  })

  it('maps records to the header', () => {
    expect(parseCsvRecords('sentence,annotation\n"A, b",c\n')).toEqual([
      {sentence: 'A, b', annotation: 'c'}
    ])
  })

  it('returns nothing for empty input', () => {
    expect(parseCsv('')).toEqual([])
    expect(parseCsvRecords('')).toEqual([])
  })

  it.each([
    ['an unterminated quote', 'a,b\n"open,1\n', /unterminated quoted field starting on line 2/],
    ['a quote inside an unquoted field', 'a,b\nx"y,1\n', /unexpected `"`/],
    ['text after a closing quote', 'a,b\n"x"y,1\n', /after a quoted field/]
  ])('rejects %s', (_, input, pattern) => {
    expect(() => parseCsv(input)).toThrow(pattern)
  })

  it('rejects a record with the wrong number of fields', () => {
    expect(() => parseCsvRecords('a,b\n1,2,3\n')).toThrow(
      'record 1 has 3 fields, expected 2'
    )
  })
})

describe('FactAppeal annotations', () => {
  const annotation =
    '<Source:Named:null>Shyu</Source:Named:null> said <Fact_Appeal:Indirect_Quote>many patrons <Source:Unnamed:Expert>experts</Source:Unnamed:Expert> like a < b.</Fact_Appeal:Indirect_Quote>'
  const sentence = 'Shyu said many patrons experts like a < b.'

  it('strips nested tags and keeps their spans', () => {
    const result = stripAnnotation(annotation)
    expect(result.text).toBe(sentence)
    expect(result.unbalanced).toBe(0)
    expect(
      result.tags.map((tag) => [
        tag.name,
        tag.modifiers.join(':'),
        result.text.slice(tag.start, tag.end)
      ])
    ).toEqual([
      ['Source', 'Named:null', 'Shyu'],
      ['Fact_Appeal', 'Indirect_Quote', 'many patrons experts like a < b.'],
      ['Source', 'Unnamed:Expert', 'experts']
    ])
  })

  it('counts unbalanced tags', () => {
    expect(stripAnnotation('<Source:Named:null>Shyu said').unbalanced).toBe(1)
    expect(stripAnnotation('Shyu</Source:Named:null> said').unbalanced).toBe(1)
  })

  it('aligns across whitespace differences and refuses other differences', () => {
    const align = alignOffsets('Shyu  said\nso', 'Shyu said so')
    expect(align).toBeDefined()
    expect(align?.(6)).toBe(5)
    expect(align?.(11)).toBe(10)
    expect(align?.(13)).toBe(12)
    expect(alignOffsets('Shyu said', 'Shyu wrote')).toBeUndefined()
  })

  it('labels sentences and aligns tag offsets to the sentence', () => {
    const [appeal, none, unlabelled] = toExamples([
      {sentence, annotation},
      {
        sentence: 'It rained.',
        annotation: '<Fact_No_Appeal>It rained.</Fact_No_Appeal>'
      },
      {sentence: 'Why?', annotation: 'Why?'}
    ])
    expect(appeal && sentenceLabel(appeal)).toBe('appeal')
    expect(none && sentenceLabel(none)).toBe('no-appeal')
    expect(unlabelled && sentenceLabel(unlabelled)).toBe('unlabelled')
    expect(appeal?.tags.map((tag) => tag.text)).toContain('experts')
  })

  it.each([
    ['he', true],
    ['She', true],
    ['they,', true],
    ['his', true],
    ['others', false],
    ['two sources', false],
    ['the senator’s office', false]
  ])('isBarePronoun(%j) is %s', (text, expected) => {
    expect(isBarePronoun(text)).toBe(expected)
  })
})

describe('span matching', () => {
  it('tests overlap of ranges and points', () => {
    expect(overlaps({start: 0, end: 5}, {start: 4, end: 8})).toBe(true)
    expect(overlaps({start: 0, end: 5}, {start: 5, end: 8})).toBe(false)
    expect(overlaps({start: 3, end: 3}, {start: 0, end: 5})).toBe(true)
    expect(overlaps({start: 5, end: 5}, {start: 0, end: 5})).toBe(false)
  })

  it('matches each gold span and prediction at most once, as many as possible', () => {
    // Greedy matching would pair gold 0 with prediction 0 and leave gold 1
    // unmatched; the maximum matching pairs both.
    const gold = [
      {start: 0, end: 10},
      {start: 8, end: 9}
    ]
    const predicted = [
      {start: 5, end: 9},
      {start: 0, end: 2},
      {start: 30, end: 31}
    ]
    const result = matchSpans(gold, predicted)
    expect(result.pairs).toEqual([
      [0, 1],
      [1, 0]
    ])
    expect(result.unmatchedGold).toEqual([])
    expect(result.unmatchedPredicted).toEqual([2])
  })

  it('does not match one prediction to two gold spans', () => {
    const result = matchSpans(
      [
        {start: 0, end: 4},
        {start: 5, end: 9}
      ],
      [{start: 0, end: 9}]
    )
    expect(result.pairs).toHaveLength(1)
    expect(result.unmatchedGold).toHaveLength(1)
  })

  it('computes precision, recall and F1, undefined when empty', () => {
    expect(scores({gold: 4, predicted: 5, matched: 3})).toEqual({
      precision: 0.6,
      recall: 0.75,
      f1: (2 * 0.6 * 0.75) / 1.35
    })
    expect(scores({gold: 0, predicted: 0, matched: 0})).toEqual({
      precision: null,
      recall: null,
      f1: null
    })
    expect(scores({gold: 2, predicted: 1, matched: 0}).f1).toBe(0)
  })
})
