/**
 * Invalid options throw a plain `Error` (or `TypeError`) whose message names
 * the bad key or value, when the processor is configured — never later,
 * halfway through a file.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import retextAttribution, {type Options} from '../../src/index.js'

/** Configure a processor with options that the types would reject. */
function configure(options: unknown): void {
  unified()
    .use(retextEnglish)
    .use(retextAttribution, options as Options)
    .freeze()
}

const invalid: Array<[string, unknown, RegExp]> = [
  ['an unknown option key', {severity: 'warning'}, /unknown option `severity`/],
  ['a misspelt option key', {rule: {}}, /`rule`/],
  ['an unknown rule id', {rules: {'anonymous-sources': true}}, /unknown rule `anonymous-sources`/],
  ['a rule id in the wrong case', {rules: {'Vague-Source': 'warning'}}, /`Vague-Source`/],
  ['a bad severity', {rules: {'vague-source': 'loud'}}, /`loud`.*`vague-source`/],
  ['a numeric severity out of ESLint’s range', {rules: {'vague-source': 3}}, /`3`.*`vague-source`/],
  ['rules as an array', {rules: ['vague-source']}, /`rules`/],
  ['an unknown preset', {preset: 'bbc'}, /unknown preset `bbc`/],
  ['an unknown lexicon list', {lexicon: {colours: ['red']}}, /unknown lexicon list `colours`/],
  ['a lexicon list that is not an array', {lexicon: {descriptors: 'aide'}}, /`lexicon.descriptors`/],
  ['a lexicon list with a number in it', {lexicon: {hedges: ['reputedly', 3]}}, /`lexicon.hedges`/],
  ['a lexicon pattern with an unknown word class', {lexicon: {impersonal: ['it is {nosuchclass}']}}, /`\{nosuchclass\}`/],
  ['a lexicon pattern of gaps only', {lexicon: {impersonal: ['*3 *2']}}, /`\*3 \*2`/],
  ['an allow list that is a string', {allow: 'experts'}, /`allow`/],
  ['an allow list with an object in it', {allow: ['experts', {}]}, /`allow`/],
  ['checkQuotes as a string', {checkQuotes: 'yes'}, /`checkQuotes`.*`yes`/],
  ['an unknown threshold', {thresholds: {perThousand: 3}}, /unknown threshold `perThousand`/],
  ['a negative threshold', {thresholds: {anonymousShare: -1}}, /`thresholds.anonymousShare`.*`-1`/],
  ['a threshold that is not a number', {thresholds: {anonymousShare: 'half'}}, /`thresholds.anonymousShare`.*`half`/],
  ['a word class every object has', {lexicon: {impersonal: ['it is {constructor}']}}, /unknown word class `\{constructor\}`.*`lexicon.impersonal`/],
  ['a word class named __proto__', {lexicon: {impersonal: ['it is {__proto__} said']}}, /unknown word class `\{__proto__\}`/],
  ['a threshold that is NaN', {thresholds: {anonymousShare: Number.NaN}}, /`thresholds.anonymousShare`.*not `NaN`/],
  ['a threshold that is Infinity', {thresholds: {minimumAttributions: Number.POSITIVE_INFINITY}}, /`thresholds.minimumAttributions`.*not `Infinity`/],
  ['rules as a Map', {rules: new Map([['vague-source', 'off']])}, /`rules`.*not `a Map`/],
  ['a lexicon as a Map', {lexicon: new Map()}, /`lexicon`.*not `a Map`/],
  ['thresholds as a Date', {thresholds: new Date(0)}, /`thresholds`.*not `a Date`/],
  ['options as a Map', new Map([['preset', 'ap']]), /options.*not `a Map`/],
  ['options as a string', 'ap', /`ap`/],
  ['options as an array', ['vague-source'], /options/]
]

describe('robustness: invalid options', () => {
  for (const [name, options, message] of invalid) {
    it('throws an error naming ' + name, () => {
      expect(() => configure(options)).toThrow(Error)
      expect(() => configure(options)).toThrow(message)
    })
  }

  it('accepts valid options, including `null` and an empty object', () => {
    for (const options of [
      undefined,
      null,
      {},
      {rules: {'vague-source': 'off', 'anonymous-source': 'error'}},
      {rules: {'unattributed-claim': false, 'bare-source': true}},
      {allow: ['people familiar with the matter'], checkQuotes: true},
      {lexicon: {hedges: ['reputedly']}, thresholds: {anonymousShare: 0.25}}
    ]) {
      expect(() => configure(options)).not.toThrow()
    }
  })
})

describe('robustness: invalid processor options', () => {
  it('names the value and what is expected', async () => {
    const {createProcessor} = await import('../../packages/processor/src/processor.js')
    expect(() => createProcessor(new Map() as never).freeze()).toThrow(/expected options to be an object, not `a Map`/)
    expect(() => createProcessor({skipBlockquotes: Number.NaN} as never).freeze()).toThrow(/`skipBlockquotes`.*not `NaN`/)
  })
})
