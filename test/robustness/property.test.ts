/**
 * Property-based robustness: for arbitrary text — any UTF-16 code units,
 * printable graphemes, and text stitched together from news fragments and
 * odd separators — the plugin never throws, every message lies within the
 * file (0 ≤ start ≤ end ≤ length), and every span on
 * `file.data.attributions` slices the text back exactly.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createRandom, newsSentence} from '../../scripts/lib/news-corpus.js'
import {documentation} from '../../src/index.js'
import {assertInvariants, check, configurations} from './check.js'

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc
  .integer({min: 0, max: 0xffff})
  .map((code) => String.fromCharCode(code))

/** Phrases the analysis keys on, to meet cues, sources and markers often. */
const fragments = [
  'said', 'says', 'told', 'according to', 'citing', 'reportedly',
  'allegedly', 'it is believed', 'is said to', 'there are fears that',
  'a senior official', 'officials', 'experts', 'studies show',
  'people familiar with the matter', 'who asked not to be named',
  'on condition of anonymity', 'because he was not authorized to speak publicly',
  'she', 'he', 'they', 'the aide', 'Lena Ortiz', 'Reuters', '$2.3 billion',
  '40%', 'the', 'a', 'and', 'that', 'not', 'quoted', 'as saying',
  'could not independently verify', 'it did not name', 'The', 'Mr.', 'U.S.'
]

const separators = [
  ' ', ' ', ' ', ', ', '. ', '.\n\n', '\n', '“', '”', '"', "'", '‘', '’',
  ' — ', ' (', ') ', ': ', '; ', '?', '!', '…', '\t', '\u00A0', ''
]

const piece = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...fragments)},
  {weight: 2, arbitrary: fc.integer({min: 0, max: 2 ** 31}).map((seed) => newsSentence(createRandom(seed)))},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 8})},
  {weight: 1, arbitrary: fc.string({unit: codeUnit, maxLength: 4})}
)

/** Text stitched together from news pieces and separators. */
const newsText = fc
  .array(fc.tuple(piece, fc.constantFrom(...separators)), {maxLength: 40})
  .map((parts) => parts.map(([part, separator]) => part + separator).join(''))

const arbitraryTexts: Array<[string, fc.Arbitrary<string>]> = [
  ['any UTF-16 code units', fc.string({unit: codeUnit, maxLength: 200})],
  ['any code points', fc.string({unit: 'binary', maxLength: 200})],
  ['printable graphemes', fc.string({unit: 'grapheme', maxLength: 200})],
  ['news fragments', newsText]
]

describe('robustness: properties', () => {
  for (const [configuration, options] of configurations) {
    for (const [name, arbitrary] of arbitraryTexts) {
      it(configuration + ': ' + name, async () => {
        await fc.assert(
          fc.asyncProperty(arbitrary, async (text) => {
            await check(text, options)
          }),
          {numRuns: name === 'news fragments' ? 300 : 100}
        )
      })
    }
  }

  it('news fragments meet the analysis (the property is not vacuous)', async () => {
    // The stitched texts must actually produce attributions and messages,
    // or the properties above would check nothing.
    const samples = fc.sample(newsText, {numRuns: 200, seed: 42})
    let attributions = 0
    let messages = 0
    for (const text of samples) {
      const file = await check(text, configurations[1]![1])
      attributions += file.data.attributions!.length
      messages += file.messages.length
    }

    expect(attributions).toBeGreaterThan(100)
    expect(messages).toBeGreaterThan(100)
  })
})

describe('robustness: the invariant check itself', () => {
  // The properties are only as good as `assertInvariants`: make sure it
  // rejects what it should.
  const text = 'Experts say the bridge is unsafe.'

  it('accepts a real result', async () => {
    const file = await check(text)
    expect(file.data.attributions!.length).toBeGreaterThan(0)
    expect(() => assertInvariants(file, text)).not.toThrow()
  })

  it('rejects a span that does not slice the text back', async () => {
    const file = await check(text)
    const attribution = file.data.attributions![0]!
    file.data.attributions = [
      {...attribution, cue: {...attribution.cue, text: attribution.cue.text + 'x'}}
    ]
    expect(() => assertInvariants(file, text)).toThrow(/slice the text back/)
  })

  it('rejects a message outside the file', async () => {
    const file = new VFile(text)
    const message = file.message('Unexpected `x`', {
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 99, offset: 98}},
      ruleId: 'vague-source',
      source: 'retext-attribution'
    })
    message.actual = 'x'
    message.url = documentation + 'vague-source'
    file.data.attributions = []
    expect(() => assertInvariants(file, text)).toThrow(/start ≤ end/)
  })

  it('rejects a message from another rule set', async () => {
    const file = new VFile(text)
    file.message('Unexpected `x`', {ruleId: 'no-such-rule', source: 'retext-attribution'})
    file.data.attributions = []
    expect(() => assertInvariants(file, text)).toThrow(/rule id/)
  })
})
