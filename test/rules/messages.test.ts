/**
 * Every message follows unified conventions: source, rule id, a url to the
 * rule’s section, a note with the editorial advice, an “Unexpected …”
 * reason, `actual` equal to the text at its place, a place inside the
 * file, and `fatal` matching the severity.  Checked over the whole corpus
 * and over one paragraph that trips every default rule.
 */
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {loadCorpus} from '../../scripts/lib/corpus.js'
import {defaultRuleIds, ruleIds} from '../../src/rules/ids.js'
import {check} from './util.js'

const folder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/corpus'
)

const everyRule =
  'A senior official, who asked not to be named, said the plan was dead. ' +
  'Experts say the bridge is unsafe. ' +
  'The minister is said to be furious. ' +
  'The bridge will cost the city $2.3 billion by 2030.'

describe('messages', async () => {
  const corpus = await loadCorpus(folder, {ruleIds})
  const texts = [everyRule, ...corpus.map((file) => file.text)]

  it('are all emitted by the paragraph that trips every default rule', async () => {
    const file = await check(everyRule)
    const ids = new Set(file.messages.map((message) => message.ruleId))
    for (const id of defaultRuleIds) expect(ids).toContain(id)
  })

  it.each(texts.map((text, index) => [index === 0 ? 'every-rule paragraph' : corpus[index - 1]?.name, text]))(
    'follow unified conventions in %s',
    async (_, text) => {
      const file = await check(String(text))
      const value = String(file)

      for (const message of file.messages) {
        const id = message.ruleId ?? ''
        expect(message.source).toBe('retext-attribution')
        expect(ruleIds as ReadonlyArray<string>).toContain(id)
        expect(message.url, id).toMatch(new RegExp('#' + id + '$'))
        expect(typeof message.note, id).toBe('string')
        expect(message.note?.trim(), id).not.toBe('')
        expect(message.reason, id).toMatch(/^Unexpected /)

        if (id === 'unattributed-claim') {
          expect(message.fatal, id).toBeUndefined()
        } else {
          expect(message.fatal, id).toBe(false)
        }

        const place = message.place
        expect(place && 'start' in place, id + ': place is a range').toBe(true)
        if (!place || !('start' in place)) continue
        const start = place.start.offset
        const end = place.end.offset
        expect(start, id).toBeTypeOf('number')
        expect(end, id).toBeTypeOf('number')
        if (start === undefined || end === undefined) continue
        expect(start).toBeGreaterThanOrEqual(0)
        expect(end).toBeGreaterThan(start)
        expect(end).toBeLessThanOrEqual(value.length)
        expect(message.line).toBe(place.start.line)
        expect(message.column).toBe(place.start.column)
        expect(message.actual, id).toBe(value.slice(start, end))
      }
    }
  )
})

describe('quoted text in reasons', async () => {
  const {code} = await import('../../src/rules/rule.js')
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

  it('cuts long text between graphemes, never inside an emoji or before an accent', () => {
    for (let at = 70; at < 80; at++) {
      const emoji = code('x'.repeat(at) + '👩‍👩‍👧' + 'y'.repeat(20))
      expect(emoji).not.toMatch(loneSurrogate)
      expect(emoji).toMatch(/(?:x|👩‍👩‍👧)…`$/)
      const accent = code('x'.repeat(at) + 'e\u0301' + 'y'.repeat(20))
      expect(accent).not.toMatch(/e…`$/)
    }
  })

  it('gives reasons that strict JSON readers accept', async () => {
    const start = 'The stadium cost 40% more than the $2.3 billion budget for '
    let seen = 0
    // The emoji at every place around the cut (77 units).
    for (let at = 73; at < 79; at++) {
      const text = start + 'w'.repeat(at - start.length - 1) + ' 😀 bridge in town.'
      const file = await check(text, {rules: {'unattributed-claim': true}})
      for (const message of file.messages) {
        expect(message.reason).not.toMatch(loneSurrogate)
        seen++
      }
    }

    expect(seen).toBe(6)
  })
})
