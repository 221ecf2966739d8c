/**
 * Friendlier configuration: ESLint’s severities beside the plugin’s own, and
 * “did you mean …” for misspelt rule ids, presets and option names.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {splitOptions} from 'retext-attribution-processor'
import retextAttribution, {type Options} from '../../src/index.js'
import {closest, editDistance} from '../../src/suggest.js'

const text =
  'It is believed that the plan failed. Experts say it will cost more. ' +
  'The plan was shelved, a senior official who was not named said.'

function levels(options: Options) {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(retextAttribution, options)
  processor.runSync(processor.parse(file), file)
  return Object.fromEntries(
    file.messages.map((d) => [
      d.ruleId,
      d.fatal === true ? 'error' : d.fatal === false ? 'warning' : 'info'
    ])
  )
}

describe('ESLint-style severities', () => {
  it('reads `"off"`, `"warn"`, `"error"` and 0, 1, 2 as the plugin’s own words', () => {
    const own = levels({
      rules: {
        'agentless-attribution': 'off',
        'vague-source': 'warning',
        'anonymous-source': 'error',
        'unexplained-anonymity': 'off'
      }
    })
    expect(
      levels({
        rules: {
          'agentless-attribution': 'off',
          'vague-source': 'warn',
          'anonymous-source': 'error',
          'unexplained-anonymity': 0
        }
      })
    ).toEqual(own)
    expect(
      levels({
        rules: {
          'agentless-attribution': 0,
          'vague-source': 1,
          'anonymous-source': 2,
          'unexplained-anonymity': 'off'
        }
      })
    ).toEqual(own)
    expect(own).toEqual({'vague-source': 'warning', 'anonymous-source': 'error'})
  })

  it('refuses numbers outside 0–2 and other words', () => {
    for (const setting of [3, -1, 1.5, 'warnings', 'on']) {
      expect(() => levels({rules: {'vague-source': setting as never}})).toThrow(
        /invalid setting .*`vague-source`.*ESLint’s `"warn"`, `0`, `1`, `2`/
      )
    }
  })
})

describe('did you mean …', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['a rule id', {rules: {'anonymus-source': 'warn'}}, /unknown rule `anonymus-source` in `rules` \(did you mean `anonymous-source`\?\); expected one of/],
    ['a rule id with swapped letters', {rules: {'vauge-source': 1}}, /did you mean `vague-source`\?/],
    ['a rule id in capitals', {rules: {'Vague-Source': 1}}, /did you mean `vague-source`\?/],
    ['a preset', {preset: 'reuter'}, /unknown preset `reuter` \(did you mean `reuters`\?\)/],
    ['an option', {prest: 'ap'}, /unknown option `prest` \(did you mean `preset`\?\)/],
    ['a reading option', {skipBlockquote: true}, /unknown option `skipBlockquote` \(did you mean `skipBlockquotes`\?\)/],
    ['a format', {format: 'markdwn'}, /unknown format `markdwn` \(did you mean `markdown`\?\)/],
    ['a threshold', {thresholds: {anonymousShar: 0.4}}, /did you mean `anonymousShare`\?/],
    ['a severity', {rules: {'vague-source': 'eror'}}, /`eror` for rule `vague-source` \(did you mean `error`\?\)/]
  ]

  for (const [name, options, pattern] of cases) {
    it('suggests ' + name, () => {
      expect(() => splitOptions(options as never)).toThrow(pattern)
    })
  }

  it('suggests nothing for a word that is no near miss', () => {
    expect(() => splitOptions({preset: 'guardian'} as never)).toThrow(
      /unknown preset `guardian`; expected one of/
    )
    expect(() => splitOptions({rules: {spelling: true}} as never)).toThrow(
      /unknown rule `spelling` in `rules`; expected one of/
    )
  })

  it('measures edits as a reader counts typos', () => {
    expect(editDistance('vauge', 'vague')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(closest('ap', ['ap', 'nyt'])).toBe('ap')
    expect(closest('x'.repeat(1000), ['xx'])).toBeUndefined()
    expect(closest(undefined, ['a'])).toBeUndefined()
  })
})
