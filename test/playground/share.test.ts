/**
 * The playground’s link and export helpers, without a browser: the link
 * fragment round-trips text and settings (plain when short, compressed when
 * long) and the CSV export quotes what needs quoting.
 */
import {describe, expect, it} from 'vitest'
import {csvField, toCsv, toFinding, type Finding} from '../../examples/playground/export.js'
import {decodeShare, encodeShare, plainLimit, type SharedState} from '../../examples/playground/share.js'
import {VFile} from 'vfile'

const state: SharedState = {
  format: 'markdown',
  preset: 'nyt',
  on: ['anonymous-lead'],
  off: ['anonymous-source', 'vague-source'],
  text: '# Title\n\nA senior official said “no” & 50 % + more, #hash = yes.'
}

describe('share link', () => {
  it('round-trips a short state as a readable query string', () => {
    const fragment = encodeShare(state)
    expect(fragment.length).toBeLessThanOrEqual(plainLimit)
    expect(fragment.startsWith('z=')).toBe(false)
    expect(fragment).toContain('f=markdown')
    expect(decodeShare('#' + fragment)).toEqual(state)
  })

  it('compresses a long state and round-trips it', () => {
    const long = {...state, text: state.text.repeat(40) + ' ✓ 🙂 \u2028'}
    const fragment = encodeShare(long)
    expect(fragment.startsWith('z=')).toBe(true)
    expect(fragment.length).toBeLessThan(encodeURIComponent(long.text).length / 2)
    // Only characters that need no escaping in a URL fragment.
    expect(fragment).toMatch(/^z=[\w+$-]+$/)
    expect(decodeShare(fragment)).toEqual(long)
  })

  it('ignores an empty or foreign fragment, and reports a damaged one', () => {
    expect(decodeShare('')).toBeUndefined()
    expect(decodeShare('#')).toBeUndefined()
    expect(decodeShare('#section-2')).toBeUndefined()
    expect(decodeShare('#z=%%%')).toEqual({error: expect.stringMatching(/damaged/)})
  })

  it('falls back to plain text for an unknown format', () => {
    expect(decodeShare('f=docx&t=hi')).toMatchObject({format: 'text', text: 'hi', on: [], off: []})
  })
})

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say “no” and "yes"')).toBe('"say “no” and ""yes"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('-1')).toBe("'-1")
  })

  it('writes a header and one row per finding', () => {
    const message = new VFile().message('Unexpected source `a, b`', {
      place: {start: {line: 1, column: 3, offset: 2}, end: {line: 2, column: 1, offset: 9}},
      ruleId: 'anonymous-source',
      source: 'retext-attribution'
    })
    message.fatal = false
    message.actual = 'a "b"'
    message.note = 'Name them.'
    message.url = 'https://example.com/#anonymous-source'
    const finding: Finding = toFinding(message)
    expect(finding).toMatchObject({severity: 'warning', line: 1, column: 3, endLine: 2, endColumn: 1, start: 2, end: 9})
    expect(toCsv([finding])).toBe(
      'ruleId,severity,line,column,endLine,endColumn,actual,reason,note,expected,url\r\n' +
        'anonymous-source,warning,1,3,2,1,"a ""b""","Unexpected source `a, b`",Name them.,,https://example.com/#anonymous-source\r\n'
    )
  })
})
