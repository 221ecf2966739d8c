/**
 * Exact places and reader’s text in every format: character references,
 * Markdown escapes, inline markup, block-quote markers, a byte order mark
 * and CRLF line endings never move a message off its words, and `actual`
 * is the text of those words as a reader sees them.
 *
 * The property test builds Markdown, MDX and HTML documents piece by piece,
 * knowing for each piece of source what a reader sees of it, and checks that
 * every message’s place starts and ends on a piece boundary (never inside a
 * reference or markup) and covers exactly the words its `actual` names.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createRandom} from '../../scripts/lib/news-corpus.js'
import {createProcessor, type Format} from '../../packages/processor/src/processor.js'
import {everyRule} from './check.js'

async function messages(path: string, value: string, options = {}) {
  const file = await createProcessor(options).process(new VFile({path, value}))
  return file.messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return {
      ruleId: message.ruleId,
      reason: message.reason,
      actual: message.actual,
      at: value.slice(place.start.offset, place.end.offset)
    }
  })
}

const story = 'A senior official said the plan failed.'

describe('formats: exact places', () => {
  const cases: Array<[string, string, string, string]> = [
    ['&amp; in HTML', 'a.html', '<p>Tom &amp; Jerry met. ' + story + '</p>', 'A senior official'],
    ['&rdquo; in HTML', 'a.html', '<p>Tom wrote &ldquo;go&rdquo; twice. ' + story + '</p>', 'A senior official'],
    ['&nbsp; in HTML', 'a.html', '<p>Tom&nbsp;met&nbsp;Jerry. ' + story + '</p>', 'A senior official'],
    ['CRLF in HTML', 'a.html', '<p>Tom met\r\nJerry.\r\n' + story + '</p>', 'A senior official'],
    ['a reference in the source', 'a.html', '<p>A senior offi&#99;ial said the plan failed.</p>', 'A senior offi&#99;ial'],
    ['\\& in Markdown', 'a.md', 'Tom \\& Jerry met. ' + story, 'A senior official'],
    ['&amp; in Markdown', 'a.md', 'Tom &amp; Jerry met. ' + story, 'A senior official'],
    ['a block quote in Markdown', 'a.md', '> Tom met\n> Jerry.\n> ' + story, 'A senior official'],
    ['an indented line in Markdown', 'a.md', 'Tom met\n   Jerry. ' + story, 'A senior official'],
    ['a byte order mark in Markdown', 'a.md', '\uFEFF# T\n\nExperts say the plan failed.', 'Experts'],
    ['a byte order mark in MDX', 'a.mdx', '\uFEFF# T\n\nExperts say the plan failed.', 'Experts'],
    ['a byte order mark in HTML', 'a.html', '\uFEFF<p>Experts say the plan failed.</p>', 'Experts'],
    ['\\& in MDX', 'a.mdx', 'Tom \\& Jerry met. ' + story, 'A senior official']
  ]

  for (const [name, path, value, expected] of cases) {
    it(name, async () => {
      const found = await messages(path, value)
      expect(found.length).toBeGreaterThan(0)
      for (const message of found) expect(message.at).toBe(expected)
    })
  }
})

describe('formats: `actual` is what a reader sees', () => {
  const cases: Array<[string, string, string]> = [
    ['strong in Markdown', 'a.md', 'A **senior defense official** said the plan failed.'],
    ['emphasis in HTML', 'a.html', '<p>A <em>senior defense official</em> said the plan failed.</p>'],
    ['JSX in MDX', 'a.mdx', 'A <b>senior defense</b> official said the plan failed.'],
    ['a reference in HTML', 'a.html', '<p>A senior defense offi&#99;ial said the plan failed.</p>'],
    ['a reference in Markdown', 'a.md', 'A senior defense offi&#x63;ial said the plan failed.']
  ]

  for (const [name, path, value] of cases) {
    it(name, async () => {
      const found = await messages(path, value)
      const sources = found.filter((d) => d.ruleId === 'anonymous-source')
      expect(sources.length).toBe(1)
      expect(sources[0]!.actual).toBe('A senior defense official')
      expect(sources[0]!.reason).toContain('`' + sources[0]!.actual + '`')
    })
  }

  it('keeps the words of a rote reason as written (policy rule)', async () => {
    const found = await messages(
      'a.md',
      'A senior official, who spoke on condition of anonymity because she was not\nauthorized  to speak publicly, said the plan failed.',
      {preset: 'nyt'}
    )
    const rote = found.filter((d) => d.ruleId === 'boilerplate-anonymity-reason')
    expect(rote.length).toBe(1)
    expect(rote[0]!.actual).toBe(rote[0]!.at)
  })

  it('gives `file.data.attributions` source offsets and the reader’s words', async () => {
    const value = '<p>Tom &amp; Jerry met. A <em>senior official</em> said the plan failed.</p>'
    const file = await createProcessor().process(new VFile({path: 'a.html', value}))
    const source = file.data.attributions![0]!.source!
    expect(source.text).toBe('A senior official')
    expect(value.slice(source.start, source.end)).toBe('A <em>senior official')
  })
})

/** A piece of a generated document: its source and what a reader sees. */
interface Piece {
  source: string
  reader: string
}

const sentences = [
  'A senior official said the plan failed.',
  'Experts say the bridge is unsafe.',
  'It is believed that the talks stalled.',
  'Tom & Jerry’s lawyer met the “board” on Monday.',
  'People familiar with the matter said the deal was off.',
  'The mayor’s aide, who asked not to be named, said the budget grew.',
  'Officials said 40% of the $2.3 billion was spent.',
  'Critics argue the rules are too weak, sources said.',
  'The program reportedly cost millions.'
]

type Random = () => number

function pick<T>(list: ReadonlyArray<T>, random: Random): T {
  return list[Math.floor(random() * list.length)]!
}

/** A word, decorated as the format allows. */
function word(text: string, format: Format, random: Random): Array<Piece> {
  const roll = random()
  const inner = characters(text, format, random)
  if (roll < 0.6) return inner
  const [open, close] =
    format === 'html'
      ? pick([['<em>', '</em>'], ['<b>', '</b>'], ['<a href="x">', '</a>'], ['<span>', '</span>']], random)
      : format === 'mdx'
        ? pick([['**', '**'], ['_', '_'], ['<b>', '</b>']], random)
        : pick([['**', '**'], ['_', '_'], ['`', '`'], ['[', '](x)']], random)
  // Code is read as a whole (a source node), not as words.
  if (open === '`') return [{source: '`' + text + '`', reader: text}]
  return [{source: open!, reader: ''}, ...inner, {source: close!, reader: ''}]
}

/** The characters of a word: some as references or escapes. */
function characters(text: string, format: Format, random: Random): Array<Piece> {
  const pieces: Array<Piece> = []

  for (const character of text) {
    const roll = random()
    if (character === '&') {
      pieces.push({
        source: format === 'html' || roll < 0.5 ? '&amp;' : '\\&',
        reader: '&'
      })
    } else if (character === '’' && roll < 0.5) {
      pieces.push({source: '&rsquo;', reader: '’'})
    } else if (character === '“' && roll < 0.5) {
      pieces.push({source: '&ldquo;', reader: '“'})
    } else if (character === '$' && format !== 'html' && roll < 0.5) {
      pieces.push({source: '\\$', reader: '$'})
    } else if (/[a-z]/.test(character) && roll < 0.08) {
      pieces.push({source: '&#' + character.charCodeAt(0) + ';', reader: character})
    } else if (/[a-z]/.test(character) && roll < 0.12) {
      pieces.push({source: '&#x' + character.charCodeAt(0).toString(16) + ';', reader: character})
    } else {
      pieces.push({source: character, reader: character})
    }
  }

  return pieces
}

/** A generated document in `format`, as pieces. */
function generate(format: Format, seed: number): Array<Piece> {
  const random = createRandom(seed)
  const crlf = random() < 0.3
  const lineEnding = crlf ? '\r\n' : '\n'
  const pieces: Array<Piece> = []
  if (random() < 0.3) pieces.push({source: '\uFEFF', reader: ''})
  const paragraphs = 1 + Math.floor(random() * 3)

  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    const quote = format !== 'html' && random() < 0.3
    const heading = !quote && random() < 0.15
    const prefix: Piece = {source: quote ? '> ' : heading ? '# ' : '', reader: ''}
    if (paragraph > 0) {
      pieces.push({source: format === 'html' ? lineEnding : lineEnding + lineEnding, reader: '\n\n'})
    }

    if (format === 'html') pieces.push({source: heading ? '<h1>' : '<p>', reader: ''})
    else pieces.push(prefix)
    const count = heading ? 1 : 1 + Math.floor(random() * 3)

    for (let index = 0; index < count; index++) {
      const words = pick(sentences, random).split(' ')
      for (const [position, text] of words.entries()) {
        if (index > 0 || position > 0) {
          const roll = random()
          if (roll < 0.15 && !heading) {
            // A line break inside the paragraph (and its quote marker).
            pieces.push({source: lineEnding, reader: '\n'})
            if (quote) pieces.push({source: '> ', reader: ''})
            else if (format !== 'html' && roll < 0.05) pieces.push({source: '  ', reader: ''})
          } else if (roll < 0.2 && format === 'html') {
            pieces.push({source: '&nbsp;', reader: '\u00A0'})
          } else {
            pieces.push({source: ' ', reader: ' '})
          }
        }

        pieces.push(...word(text, format, random))
      }
    }

    if (format === 'html') pieces.push({source: heading ? '</h1>' : '</p>', reader: ''})
  }

  return pieces
}

const documents: Array<[Format, string]> = [
  ['markdown', 'story.md'],
  ['mdx', 'story.mdx'],
  ['html', 'story.html']
]

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

describe('formats: every place covers exactly the words of `actual`', () => {
  for (const [format, path] of documents) {
    it(format, async () => {
      const processor = createProcessor(everyRule)
      let total = 0

      await fc.assert(
        fc.asyncProperty(fc.integer({min: 0, max: 2 ** 31}), async (seed) => {
          const pieces = generate(format, seed)
          const value = pieces.map((d) => d.source).join('')
          // Piece boundaries in the source, and the reader’s text up to each.
          const boundaries = new Map<number, number>()
          const starts = new Set<number>()
          let offset = 0
          let reader = ''
          for (const piece of pieces) {
            boundaries.set(offset, reader.length)
            if (piece.reader) starts.add(offset)
            offset += piece.source.length
            reader += piece.reader
          }

          boundaries.set(offset, reader.length)
          const file = await processor.process(new VFile({path, value}))

          for (const message of file.messages) {
            const place = message.place as {start: {offset: number}; end: {offset: number}}
            const start = place.start.offset
            const end = place.end.offset
            const where = JSON.stringify(value) + ' ' + message.reason
            expect(boundaries.has(start), 'start on a boundary: ' + where).toBe(true)
            expect(boundaries.has(end), 'end on a boundary: ' + where).toBe(true)
            // Places start on words, never on markup.
            expect(starts.has(start), 'start on a word: ' + where).toBe(true)
            const seen = reader.slice(boundaries.get(start), boundaries.get(end))
            expect(flat(message.actual ?? ''), where).toBe(flat(seen))
            total++
          }
        }),
        {numRuns: Number(process.env.RETEXT_ATTRIBUTION_FUZZ_RUNS) || 150}
      )

      // The property is not vacuous.
      expect(total).toBeGreaterThan(150)
    })
  }
})

describe('formats: empty documents', () => {
  const blanks = ['', ' ', '\n\n', ' \t\r\n ', '\uFEFF', '<!-- x -->', '<p></p>']

  for (const [, path] of [...documents, ['text', 'story.txt'] as const]) {
    it(path + ': a clean, empty result', async () => {
      for (const value of blanks) {
        // Not MDX syntax.
        if (path.endsWith('.mdx') && value.startsWith('<!')) continue
        const file = await createProcessor().process(new VFile({path, value}))
        expect(file.messages, JSON.stringify(value)).toEqual([])
        expect(file.data.attributions).toEqual([])
      }
    })
  }
})
