/**
 * Presets: each one’s effective rule set (exact ids and severities), how
 * explicit `rules` override them, and the error for an unknown preset.
 */
import {describe, expect, it} from 'vitest'
import {presets} from '../../src/presets.js'
import {resolveOptions, type Options} from '../../src/options.js'
import {policyRuleIds, ruleIds} from '../../src/rules/ids.js'
import {rules} from '../../src/rules/index.js'
import {check} from '../rules/util.js'

function effective(options: Options): Record<string, string> {
  return Object.fromEntries(resolveOptions(options).severities)
}

describe('effective rule sets', () => {
  it('recommended (the default) keeps the four default rules only', () => {
    const expected = {
      'anonymous-source': 'warning',
      'vague-source': 'warning',
      'agentless-attribution': 'warning',
      'unexplained-anonymity': 'warning'
    }
    expect(effective({})).toEqual(expected)
    expect(effective({preset: 'recommended'})).toEqual(expected)
    expect(effective({preset: null})).toEqual(expected)
  })

  it('ap', () => {
    expect(effective({preset: 'ap'})).toEqual({
      'anonymous-source': 'warning',
      'vague-source': 'warning',
      'agentless-attribution': 'warning',
      'unexplained-anonymity': 'error',
      'bare-source': 'warning',
      'anonymous-opinion': 'error',
      'unverified-secondhand': 'warning',
      'single-anonymous-source': 'warning'
    })
  })

  it('nyt', () => {
    expect(effective({preset: 'nyt'})).toEqual({
      'anonymous-source': 'warning',
      'vague-source': 'warning',
      'agentless-attribution': 'warning',
      'unexplained-anonymity': 'error',
      'boilerplate-anonymity-reason': 'warning',
      'anonymous-opinion': 'error',
      'anonymous-quote': 'warning'
    })
  })

  it('reuters', () => {
    expect(effective({preset: 'reuters'})).toEqual({
      'anonymous-source': 'warning',
      'vague-source': 'warning',
      'agentless-attribution': 'warning',
      'unexplained-anonymity': 'warning',
      'anonymous-opinion': 'warning',
      'anonymous-density': 'warning',
      'single-anonymous-source': 'warning',
      'anonymous-lead': 'warning'
    })
  })

  it('wikipedia', () => {
    expect(effective({preset: 'wikipedia'})).toEqual({
      'anonymous-source': 'info',
      'vague-source': 'warning',
      'agentless-attribution': 'warning',
      'unattributed-claim': 'warning'
    })
  })

  it('only the documented conflicts differ: boilerplate reasons are NYT’s alone', () => {
    const withBoilerplate = Object.entries(presets)
      .filter(([, preset]) => preset.rules['boilerplate-anonymity-reason'] !== undefined)
      .map(([name]) => name)
    expect(withBoilerplate).toEqual(['nyt'])
  })

  it('every preset documents each rule it sets, and only those', () => {
    for (const [name, preset] of Object.entries(presets)) {
      expect(Object.keys(preset.rationale).sort(), name).toEqual(Object.keys(preset.rules).sort())
      expect(preset.description.length, name).toBeGreaterThan(20)
      expect(preset.standard.length, name).toBeGreaterThan(5)
    }
  })

  it('every policy rule is on in some preset, and a rule exists for every id', () => {
    for (const id of policyRuleIds) {
      expect(Object.values(presets).some((d) => d.rules[id] !== undefined), id).toBe(true)
    }

    for (const id of ruleIds) expect(rules[id]?.id, id).toBe(id)
  })
})

describe('explicit rules override the preset', () => {
  it('switches a preset rule off, or changes its severity', () => {
    const result = effective({
      preset: 'nyt',
      rules: {'anonymous-quote': false, 'boilerplate-anonymity-reason': 'off', 'anonymous-opinion': 'info'}
    })
    expect(result['anonymous-quote']).toBeUndefined()
    expect(result['boilerplate-anonymity-reason']).toBeUndefined()
    expect(result['anonymous-opinion']).toBe('info')
    expect(result['unexplained-anonymity']).toBe('error')
  })

  it('switches on a rule the preset leaves off', () => {
    expect(effective({preset: 'wikipedia', rules: {'anonymous-lead': 'error'}})['anonymous-lead']).toBe('error')
    // `true` takes the preset’s severity, or `warning` for a policy rule.
    expect(effective({preset: 'ap', rules: {'anonymous-opinion': true}})['anonymous-opinion']).toBe('error')
    expect(effective({rules: {'anonymous-opinion': true}})['anonymous-opinion']).toBe('warning')
    expect(effective({preset: 'wikipedia', rules: {'unexplained-anonymity': true}})['unexplained-anonymity']).toBe('warning')
  })

  it('applies to the messages emitted', async () => {
    const text = 'A source said the plan was foolish.'
    const ids = async (options: Options) =>
      (await check(text, options)).messages.map((d) => d.ruleId + ':' + String(d.fatal)).sort()

    expect(await ids({preset: 'ap'})).toEqual([
      'anonymous-opinion:true',
      'anonymous-source:false',
      'bare-source:false',
      'single-anonymous-source:false',
      'unexplained-anonymity:true'
    ])
    expect(
      await ids({preset: 'ap', rules: {'anonymous-opinion': 'warning', 'bare-source': false, 'single-anonymous-source': 'info'}})
    ).toEqual([
      'anonymous-opinion:false',
      'anonymous-source:false',
      'single-anonymous-source:undefined',
      'unexplained-anonymity:true'
    ])
  })
})

describe('unknown presets', () => {
  it('are an error naming the preset and the known ones', () => {
    expect(() => resolveOptions({preset: 'guardian' as never})).toThrow(
      /unknown preset `guardian`; expected one of `recommended`, `ap`, `nyt`, `reuters`, `wikipedia`/
    )
  })

  it('are an error when the plugin is attached', async () => {
    await expect(check('A source said so.', {preset: 'AP' as never})).rejects.toThrow(/unknown preset `AP`/)
  })

  it('cannot be reached through the prototype', () => {
    expect(() => resolveOptions({preset: 'toString' as never})).toThrow(/unknown preset `toString`/)
    expect(() => resolveOptions({preset: 42 as never})).toThrow(/unknown preset `42`/)
  })
})

describe('thresholds', () => {
  it('are validated', () => {
    expect(() => resolveOptions({thresholds: {anonymousShare: -1}})).toThrow(/thresholds.anonymousShare/)
    expect(() => resolveOptions({thresholds: {perWord: 2} as never})).toThrow(/unknown threshold `perWord`/)
  })

  it('default to 5 per 1,000 words, a share of 0.5 and 4 attributions', () => {
    expect(resolveOptions({}).thresholds).toEqual({
      anonymousPerThousandWords: 5,
      anonymousShare: 0.5,
      minimumAttributions: 4
    })
  })
})
