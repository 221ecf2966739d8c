/**
 * Text that tries to slip past (issue 9, item 16): look-alike letters of
 * other scripts, fullwidth letters and ligatures, invisible characters and
 * soft hyphens inside a word, markup inside a word, and sentences written
 * in capitals.  Each is read as the words a reader sees, and flagged as the
 * plain spelling is; places and `actual` stay those of the source.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../packages/processor/src/processor.js'
import {check} from '../rules/util.js'

/** Messages of `value` (plain text through retext-english, or a format by path). */
async function found(value: string, path?: string) {
  const file = path
    ? await createProcessor().process(new VFile({path, value}))
    : await check(value)
  return file.messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return {
      ruleId: message.ruleId,
      actual: message.actual,
      at: value.slice(place.start.offset, place.end.offset)
    }
  })
}

/** Rule ids flagged, and what each place covers in the source. */
async function summary(value: string, path?: string): Promise<Array<string>> {
  return (await found(value, path)).map((d) => d.ruleId + ' ' + d.at)
}

const trail = ' said the levy would rise in spring.'

describe('disguised words: flagged as the plain spelling is', () => {
  const anonymous: Array<[string, string]> = [
    ['Cyrillic о', 'A senior \u043Efficial'],
    ['Cyrillic а and е', 'A s\u0435nior offici\u0430l'],
    ['Greek ο', 'A senior \u03BFfficial'],
    ['fullwidth letters', 'A senior \uFF4F\uFF46\uFF46\uFF49\uFF43\uFF49\uFF41\uFF4C'],
    ['the “ﬁ” ligature', 'A senior of\uFB01cial'],
    ['a zero-width space', 'A senior offi\u200Bcial'],
    ['a zero-width joiner', 'A senior offi\u200Dcial'],
    ['a soft hyphen', 'A senior offi\u00ADcial'],
    ['a word joiner', 'A senior off\u2060icial'],
    ['an invisible character before the word', 'A senior \u200Bofficial']
  ]

  for (const [name, source] of anonymous) {
    it('anonymous source with ' + name, async () => {
      expect(await summary(source + trail)).toEqual([
        'anonymous-source ' + source,
        'unexplained-anonymity ' + source
      ])
    })
  }

  it('vague source with a Cyrillic Е', async () => {
    expect(await summary('\u0415xperts say the levy will rise.')).toEqual(['vague-source \u0415xperts'])
  })

  it('vague source with a zero-width space', async () => {
    expect(await summary('Analy\u200Bsts say the levy will rise.')).toEqual(['vague-source Analy\u200Bsts'])
  })

  it('agentless attribution with a Greek ο', async () => {
    expect(await summary('The levy was rep\u03BFrtedly doubled.')).toEqual(['agentless-attribution rep\u03BFrtedly'])
  })

  it('a reason split the same way still explains the anonymity', async () => {
    const reasons = [
      'because she was not auth\u043Erized to discuss the levy',
      'bec\u0430use she was not authorized to discuss the levy',
      'because she was not autho\u200Brized to discuss the levy',
      'because she was not autho\u00ADrized to discuss the levy'
    ]
    for (const reason of reasons) {
      const value = 'A senior official, who spoke on condition of anonymity ' + reason + ', said the levy would rise.'
      expect(await summary(value), reason).toEqual(['anonymous-source A senior official'])
    }
  })

  it('leaves words of other scripts alone', async () => {
    // Russian and Greek prose: no English source in it, whatever its letters.
    expect(await summary('Он сказал, что эксперты ошибаются.')).toEqual([])
    expect(await summary('Ο υπουργός είπε ότι ο νόμος θα αλλάξει.')).toEqual([])
  })
})

describe('disguised words: markup inside a word', () => {
  const cases: Array<[string, string, string, string]> = [
    ['emphasis in Markdown', 'a.md', 'A senior offi*cial*', 'A senior offi*cial'],
    ['strong in Markdown', 'a.md', 'A senior offi**cial**', 'A senior offi**cial'],
    ['emphasis in MDX', 'a.mdx', 'A senior offi*cial*', 'A senior offi*cial'],
    ['JSX in MDX', 'a.mdx', 'A senior offi<b>cial</b>', 'A senior offi<b>cial'],
    ['a tag in HTML', 'a.html', '<p>A senior offi<b>cial</b>', 'A senior offi<b>cial'],
    ['&shy; in HTML', 'a.html', '<p>A senior offi&shy;cial', 'A senior offi&shy;cial'],
    ['&#8203; in HTML', 'a.html', '<p>A senior offi&#8203;cial', 'A senior offi&#8203;cial'],
    ['a span around each half in HTML', 'a.html', '<p>A senior <span>offi</span><span>cial</span>', 'A senior <span>offi</span><span>cial']
  ]

  for (const [name, path, start, at] of cases) {
    it(name + ': one word, placed in the source', async () => {
      const value = start + trail + (path === 'a.html' ? '</p>' : '')
      const messages = await found(value, path)
      expect(messages.map((d) => d.ruleId)).toEqual(['anonymous-source', 'unexplained-anonymity'])
      for (const message of messages) {
        expect(message.at).toBe(at)
        // What a reader sees: no markup, the soft hyphen itself invisible.
        expect(message.actual!.replace(/[\u00AD\u200B]/g, '')).toBe('A senior official')
      }
    })
  }

  it('leaves separate words separate', async () => {
    expect(await summary('A senior *official* said the levy would rise.', 'a.md')).toEqual([
      'anonymous-source A senior *official',
      'unexplained-anonymity A senior *official'
    ])
  })
})

describe('disguised words: sentences in capitals', () => {
  it('reads an anonymous source in capitals', async () => {
    expect(await summary('A SENIOR OFFICIAL SAID THE LEVY WOULD RISE.')).toEqual([
      'anonymous-source A SENIOR OFFICIAL',
      'unexplained-anonymity A SENIOR OFFICIAL'
    ])
  })

  it('reads a vague source in capitals', async () => {
    expect(await summary('ANALYSTS SAY THE LEVY WILL RISE.')).toEqual(['vague-source ANALYSTS'])
  })

  it('reads a headline in capitals in Markdown', async () => {
    expect(await summary('# EXPERTS SAY THE LEVY WILL RISE\n\nThe council meets today.', 'a.md')).toEqual([
      'vague-source EXPERTS'
    ])
  })

  it('reads an anonymity marker and its reason in capitals', async () => {
    expect(await summary('AN AIDE WHO ASKED NOT TO BE NAMED SAID THE LEVY WOULD RISE.')).toEqual([
      'anonymous-source AN AIDE',
      'unexplained-anonymity AN AIDE'
    ])
    expect(
      await summary('AN AIDE, WHO SPOKE ON CONDITION OF ANONYMITY BECAUSE HE WAS NOT AUTHORIZED TO DISCUSS THE LEVY, SAID IT WOULD RISE.')
    ).toEqual(['anonymous-source AN AIDE'])
  })

  it('keeps a speaker’s label and names in capitals', async () => {
    const file = await check('MORROW: WE WILL NOT RAISE THE LEVY THIS YEAR.')
    expect(file.messages).toEqual([])
    expect(file.data.attributions!.map((d) => [d.kind, d.source?.text])).toEqual([['named', 'MORROW']])
    const named = await check('TOMAS REYES SAID THE LEVY WOULD RISE.')
    expect(named.data.attributions!.map((d) => [d.kind, d.source?.text])).toEqual([['named', 'TOMAS REYES']])
  })

  it('keeps acronyms in capitals', async () => {
    expect(await summary('THE FBI SAID THE LEVY WOULD RISE.')).toEqual([])
    expect(await summary('NASA ENGINEERS SAID THE LEVY WOULD RISE.')).toEqual([])
    expect(await summary('A WHO OFFICIAL SAID THE LEVY WOULD RISE.')).toEqual([
      'anonymous-source A WHO OFFICIAL',
      'unexplained-anonymity A WHO OFFICIAL'
    ])
  })

  it('leaves capitals in ordinary sentences as they were', async () => {
    expect(await summary('A WHO official in Lagos said the levy would rise.')).toEqual([
      'anonymous-source A WHO official',
      'unexplained-anonymity A WHO official'
    ])
    expect(await summary('NASA engineers said the levy would rise.')).toEqual([])
    expect(await summary('MORROW: We will not raise the levy this year.')).toEqual([])
  })
})
