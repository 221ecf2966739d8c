/**
 * A fuzz run through the format-aware processor: at least 100,000 tiny
 * Markdown, MDX and HTML documents (a third each), built from attribution
 * phrases and everything hostile text throws at a checker — character
 * references and escapes, markup around and inside words, a byte order
 * mark, CRLF, block quotes, headings and list items, look-alike letters,
 * fullwidth letters and ligatures, zero-width characters and soft hyphens,
 * and sentences in capitals.
 *
 * Each document is built piece by piece, knowing for each piece of source
 * what a reader sees of it, and the run asserts for every document: no
 * throw, only this plugin’s messages, every place inside the file, starting
 * and ending on a piece boundary and on a word, covering exactly the words
 * its `actual` names; and every attribution span inside the file.
 *
 * `RETEXT_ATTRIBUTION_FUZZ_RUNS` sets the number of documents, all formats
 * together (a larger run: `RETEXT_ATTRIBUTION_FUZZ_RUNS=1000000 npx vitest
 * run test/robustness/fuzz-`).  Used by `fuzz-markdown.test.ts`,
 * `fuzz-mdx.test.ts` and `fuzz-html.test.ts`.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createRandom} from '../../scripts/lib/news-corpus.js'
import {documentation, ruleIds} from '../../src/index.js'
import {createProcessor, type Format} from '../../packages/processor/src/processor.js'
import {everyRule} from './check.js'

const total = Number(process.env.RETEXT_ATTRIBUTION_FUZZ_RUNS) || 100_000

/** A piece of a generated document: its source and what a reader sees. */
interface Piece {
  source: string
  reader: string
}

type Random = () => number

function pick<T>(list: ReadonlyArray<T>, random: Random): T {
  return list[Math.floor(random() * list.length)]!
}

/** Short phrases, mostly of attribution, written for this test. */
const phrases = [
  'A senior official said the levy rose.',
  'Analysts say it failed.',
  'It is believed the port shut.',
  'Sources said so.',
  'The aide, who asked not to be named, said no.',
  'Tomas Reyes said 40% left.',
  'MORROW: We will not.',
  'The fee reportedly doubled.',
  'People familiar with the plan said it cost $2 billion.',
  'A WHO official said yes.',
  'Experts warn — a senior aide.',
  'Ana & Bo met “early” on Monday.'
]

/** Look-alikes and compatibility forms of some letters. */
const disguises: Record<string, ReadonlyArray<string>> = {
  a: ['\u0430', '\u03B1', '\uFF41'],
  c: ['\u0441', '\uFF43'],
  e: ['\u0435', '\u03B5', '\uFF45'],
  i: ['\u0456', '\u03B9', '\uFF49'],
  o: ['\u043E', '\u03BF', '\u0585', '\uFF4F'],
  p: ['\u0440', '\u03C1'],
  s: ['\u0455', '\uFF53'],
  x: ['\u0445'],
  y: ['\u0443']
}

const invisibles = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']

/** A word, its letters perhaps disguised, perhaps in capitals. */
function letters(text: string, format: Format, random: Random, shout: boolean): Array<Piece> {
  const pieces: Array<Piece> = []
  const word = shout ? text.toUpperCase() : text
  const style = random()

  for (const [index, character] of [...word].entries()) {
    const roll = random()
    if (index > 0 && style < 0.15 && roll < 0.3) {
      // An invisible character inside the word.
      const invisible = pick(invisibles, random)
      pieces.push(
        format === 'html' && invisible === '\u00AD' && roll < 0.15
          ? {source: '&shy;', reader: invisible}
          : {source: invisible, reader: invisible}
      )
    }

    const disguised = disguises[character]
    if (disguised && style >= 0.15 && style < 0.3 && roll < 0.4) {
      const other = pick(disguised, random)
      pieces.push({source: other, reader: other})
    } else if (character === 'f' && word[index + 1] === 'i' && style >= 0.3 && style < 0.35) {
      // Leave “fi” for the ligature below.
      pieces.push({source: character, reader: character})
    } else if (character === '&') {
      pieces.push({source: format === 'html' || roll < 0.5 ? '&amp;' : '\\&', reader: '&'})
    } else if (character === '“' && roll < 0.5) {
      pieces.push({source: '&ldquo;', reader: '“'})
    } else if (character === '$' && format !== 'html' && roll < 0.5) {
      pieces.push({source: '\\$', reader: '$'})
    } else if (/[a-z]/.test(character) && roll < 0.05) {
      pieces.push({source: '&#' + character.charCodeAt(0) + ';', reader: character})
    } else {
      pieces.push({source: character, reader: character})
    }
  }

  if (style >= 0.3 && style < 0.35) {
    // The “ﬁ” ligature, as PDFs give it.
    for (let index = 0; index + 1 < pieces.length; index++) {
      if (pieces[index]!.source === 'f' && pieces[index + 1]!.source === 'i') {
        pieces.splice(index, 2, {source: '\uFB01', reader: '\uFB01'})
      }
    }
  }

  return pieces
}

/** Markup around a whole word or inside it. */
function word(text: string, format: Format, random: Random, shout: boolean): Array<Piece> {
  const inner = letters(text, format, random, shout)
  const roll = random()
  if (roll < 0.75 || inner.length < 2) return inner
  const [open, close] =
    format === 'html'
      ? pick([['<em>', '</em>'], ['<b>', '</b>'], ['<span>', '</span>']], random)
      : format === 'mdx'
        ? pick([['**', '**'], ['*', '*'], ['<b>', '</b>']], random)
        : pick([['**', '**'], ['*', '*'], ['[', '](x)']], random)
  const tag = (source: string): Piece => ({source, reader: ''})
  if (roll < 0.88) return [tag(open!), ...inner, tag(close!)]
  // Markup inside the word, after its first letter (`offi*cial*`).
  const at = 1 + Math.floor(random() * (inner.length - 1))
  // Markdown emphasis inside a word opens and closes between letters as
  // written (`pla*&#110;*` is no emphasis: `&` is punctuation).
  const letter = (piece: Piece | undefined) => piece !== undefined && /^\p{L}$/u.test(piece.source)
  if (format !== 'html' && !(letter(inner[at - 1]) && letter(inner[at]) && letter(inner.at(-1)))) return inner
  return [...inner.slice(0, at), tag(open!), ...inner.slice(at), tag(close!)]
}

/** A tiny document in `format`, as pieces. */
function generate(format: Format, seed: number): Array<Piece> {
  const random = createRandom(seed)
  const lineEnding = random() < 0.3 ? '\r\n' : '\n'
  const pieces: Array<Piece> = []
  if (random() < 0.1) pieces.push({source: '\uFEFF', reader: ''})
  const blocks = random() < 0.8 ? 1 : 2

  for (let block = 0; block < blocks; block++) {
    if (block > 0) pieces.push({source: format === 'html' ? lineEnding : lineEnding + lineEnding, reader: '\n\n'})
    const kind = random()
    const quote = format !== 'html' && kind < 0.15
    const heading = kind >= 0.15 && kind < 0.25
    const item = format !== 'html' && kind >= 0.25 && kind < 0.32
    const shout = random() < 0.15
    if (format === 'html') pieces.push({source: heading ? '<h2>' : '<p>', reader: ''})
    else pieces.push({source: quote ? '> ' : heading ? '## ' : item ? '* ' : '', reader: ''})
    const words = pick(phrases, random).split(' ')
    // Tiny: a phrase, sometimes cut short.
    const count = random() < 0.3 ? 1 + Math.floor(random() * words.length) : words.length

    for (let index = 0; index < count; index++) {
      if (index > 0) {
        const roll = random()
        if (roll < 0.08 && !heading && !item) {
          pieces.push({source: lineEnding, reader: '\n'})
          if (quote) pieces.push({source: '> ', reader: ''})
        } else if (roll < 0.14 && format === 'html') {
          pieces.push({source: '&nbsp;', reader: '\u00A0'})
        } else {
          pieces.push({source: ' ', reader: ' '})
        }
      }

      pieces.push(...word(words[index]!, format, random, shout))
    }

    if (format === 'html') pieces.push({source: heading ? '</h2>' : '</p>', reader: ''})
  }

  return pieces
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const known = new Set<string>(ruleIds)

/**
 * Register the fuzz run of one format: a third of the documents.  Each
 * format has a test file of its own, so the three run in parallel.
 */
export function fuzz(format: Format, path: string): void {
  describe('fuzz: tiny hostile documents through the processor', () => {
    it(format + ': ' + Math.ceil(total / 3) + ' documents', async () => {
      const processor = createProcessor(everyRule)
      let messages = 0

      await fc.assert(
        fc.asyncProperty(fc.integer({min: 0, max: 2 ** 31}), async (seed) => {
          const pieces = generate(format, seed)
          let value = ''
          let reader = ''
          // Piece boundaries in the source, with the reader’s text up to
          // each, and the boundaries where a piece a reader sees starts.
          const boundaries = new Map<number, number>()
          const starts = new Set<number>()
          for (const piece of pieces) {
            boundaries.set(value.length, reader.length)
            if (piece.reader) starts.add(value.length)
            value += piece.source
            reader += piece.reader
          }

          boundaries.set(value.length, reader.length)
          const file = await processor.process(new VFile({path, value}))

          for (const message of file.messages) {
            const where = JSON.stringify(value) + ' ' + message.reason
            if (message.source !== 'retext-attribution' || !known.has(message.ruleId ?? '') || message.url !== documentation + message.ruleId) {
              throw new Error('Unexpected message: ' + where)
            }

            const place = message.place as {start: {offset: number}; end: {offset: number}}
            const start = place.start.offset
            const end = place.end.offset
            if (!(start >= 0 && start <= end && end <= value.length)) throw new Error('Place outside the file: ' + where)
            if (!boundaries.has(start) || !boundaries.has(end)) throw new Error('Place off a piece boundary: ' + where)
            if (!starts.has(start)) throw new Error('Place not starting on a word: ' + where)
            const seen = reader.slice(boundaries.get(start), boundaries.get(end))
            if (flat(message.actual ?? '') !== flat(seen)) {
              throw new Error('`actual` ' + JSON.stringify(message.actual) + ' is not what a reader sees, ' + JSON.stringify(seen) + ': ' + where)
            }

            messages++
          }

          for (const attribution of file.data.attributions ?? []) {
            for (const span of [attribution.cue, attribution.source, attribution.marker, attribution.reason]) {
              if (span && !(span.start >= 0 && span.start <= span.end && span.end <= value.length)) {
                throw new Error('Span outside the file: ' + JSON.stringify(value))
              }
            }
          }
        }),
        {numRuns: Math.ceil(total / 3)}
      )

      // The run is not vacuous: many documents are flagged.
      expect(messages).toBeGreaterThan(total / 30)
    }, 600_000)
  })
}
