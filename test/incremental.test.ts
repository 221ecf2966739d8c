/**
 * The incremental checker gives what a full check gives: the same messages
 * (with their ancestors’ positions), the same `file.data.attributions` (byte
 * for byte as JSON) and the same tree, after every edit of random edit
 * sequences over multi-paragraph news text.
 *
 * The sentences are written for this test (no real articles): they carry
 * what crosses sentences and paragraphs — a source introduced in one
 * paragraph and referred back to in the next (“The official added”), a
 * pronoun after a named person, a reason for anonymity in the next
 * paragraph, quotations over several sentences, the same source reported
 * once — and what the parser decides at a paragraph’s edge (an abbreviation
 * or a number before the full stop, a lower-case or digit start).
 */
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import retextAttribution from '../src/index.js'
import {createIncrementalChecker, split} from '../src/incremental.js'
import type {Options} from '../src/options.js'
import {createProcessor, parseText} from 'retext-attribution-processor'

const sentences = [
  'A senior transport official said the tunnel contract would be cancelled.',
  'The official added that no final decision had been made.',
  'She said the review would finish in March.',
  'Mayor Ana Ruiz said the city could not afford the repairs.',
  'Ruiz told reporters the budget was already stretched.',
  'The aide spoke on condition of anonymity because the talks were private.',
  'The person asked not to be named because they were not authorized to discuss the plan.',
  'Experts say the design has flaws that nobody has fixed.',
  'It is believed the minister will resign before the vote.',
  'The company reportedly lost 3,000 customers last year.',
  'People familiar with the matter said the sale could close by June.',
  'Two diplomats, who requested anonymity, described the meeting as tense.',
  'Reuters reported, citing two officials it did not name, that the deal was off.',
  '“We will not be rushed,” the spokeswoman said. “Nobody here wants a delay.”',
  '“It is a mess,” a lawmaker said.',
  'He met Sen. Lee on Monday.',
  'The fare will rise to $4.50 by 2027.',
  'Turnout fell to 41 percent, according to the election board.',
  'Local media reported that the bridge was closed.',
  'The council voted 7 to 2 on Tuesday night.',
  'Several residents said the noise had kept them awake.',
  'The report, published by the ministry, found 12 errors.',
  'Officials familiar with the deliberations said no one had been charged.',
  'the vote was delayed again.',
  '5 members abstained.',
  'Prices rose by about 3.',
  'The minister is said to be furious about the leak.',
  'Critics argue the scheme favors large firms, said Tomas Berg, an analyst at Nordhaus Bank.',
  'A source close to the board said the chief executive would step down.',
  'The source declined to say who would replace him.',
  'Budget talks',
  '* * *',
  '(Updated at noon.)',
  '“The plan is dead,” an aide said.',
  ', and the talks resumed.',
  'Officials at the U.S. Embassy said nothing.',
  'The sale was approved by 1,204 votes to 3 etc.',
  // Words read as a reader reads them (`src/analysis/tokens.ts`): sentences
  // in capitals (read with the lexicon’s common words), a speaker’s label,
  // look-alike letters, invisible characters, “WHO”.
  'A SENIOR OFFICIAL SAID THE TALKS HAD FAILED.',
  'SMITH: WE WILL NOT BACK DOWN.',
  'THE FBI SAID THE SUSPECT HAD FLED.',
  'The \u043Efficial said the deal was off.',
  'An offi\u00ADcial said the plan was dead.',
  'A senior offi\u200Bcial said the vote would be delayed.',
  'The couple split, as PEOPLE reported.',
  'MPs do not believe the minister will survive.',
  'A WHO official said the outbreak was contained.'
]

const words = ['official', 'experts', 'reportedly', 'said', 'the', 'Ruiz', 'because', 'anonymity', '3,000', 'aide', 'OFFICIALS', 'SAID']

interface Edit {
  kind: number
  at: number
  value: number
}

const edit = fc.record({
  kind: fc.integer({min: 0, max: 9}),
  at: fc.nat(),
  value: fc.nat()
})

const paragraph = fc.array(fc.integer({min: 0, max: sentences.length - 1}), {minLength: 1, maxLength: 4})

const documentArbitrary = fc.record({
  paragraphs: fc.array(paragraph, {minLength: 1, maxLength: 8}),
  separator: fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n', '\n \n', '\n'),
  edits: fc.array(edit, {minLength: 1, maxLength: 12})
})

/** Apply one edit: word inserted, deleted or replaced, paragraphs split or joined, and so on. */
function apply(text: string, {kind, at, value}: Edit): string {
  const offset = text.length === 0 ? 0 : at % (text.length + 1)
  const word = words[value % words.length]!
  const space = text.indexOf(' ', offset)
  const here = space === -1 ? text.length : space

  switch (kind) {
    case 0: // insert a word
      return text.slice(0, here) + ' ' + word + text.slice(here)
    case 1: { // delete a word
      const end = text.indexOf(' ', here + 1)
      return end === -1 ? text : text.slice(0, here) + text.slice(end)
    }
    case 2: // type one character
      return text.slice(0, offset) + 'x' + text.slice(offset)
    case 3: // delete one character
      return text.slice(0, offset) + text.slice(offset + 1)
    case 4: // split a paragraph
      return text.slice(0, here) + '\n\n' + text.slice(here + 1)
    case 5: { // join two paragraphs
      const blank = text.indexOf('\n\n', offset)
      return blank === -1 ? text : text.slice(0, blank) + ' ' + text.slice(blank + 2)
    }
    case 6: // add a sentence
      return text.slice(0, here) + ' ' + sentences[value % sentences.length] + text.slice(here)
    case 7: // a new paragraph
      return text.slice(0, here) + '.\n\n' + sentences[value % sentences.length] + text.slice(here)
    case 8: // a line break
      return text.slice(0, here) + '\n' + text.slice(here + 1)
    default: // paste a copy of the start
      return text.slice(0, offset) + text.slice(0, value % 200) + text.slice(offset)
  }
}

function build(paragraphs: ReadonlyArray<ReadonlyArray<number>>, separator: string): string {
  return paragraphs.map((d) => d.map((index) => sentences[index]).join(' ')).join(separator)
}

/** A message as plain data, ancestors by type and position. */
function plain(message: VFileMessage) {
  return {
    ...message,
    ancestors: message.ancestors?.map((d) => d.type + JSON.stringify(d.position))
  }
}

function assertSame(full: VFile, incremental: VFile): void {
  expect(incremental.messages.map(plain)).toEqual(full.messages.map(plain))
  expect(JSON.stringify(incremental.data.attributions)).toBe(JSON.stringify(full.data.attributions))
}

describe('incremental checker', () => {
  it('cuts text before blank lines', () => {
    expect(split('A said.\n\nB said.\n\n\nC.')).toEqual(['A said.', '\n\nB said.', '\n\n\nC.'])
    expect(split('A.\n  \n  B.')).toEqual(['A.\n  \n  B.'])
    expect(split('A.\n\nb said.\n\n“C,” D said.\n\n* * *')).toEqual(['A.\n\nb said.', '\n\n“C,” D said.\n\n* * *'])
    expect(split('')).toEqual([''])
    expect(split('\n\nA.')).toEqual(['\n\nA.'])
  })

  for (const [name, options] of [
    ['defaults', undefined],
    ['the AP preset', {preset: 'ap'}],
    ['every rule', {preset: 'wikipedia', rules: {'unattributed-claim': true, 'anonymous-density': true}}]
  ] as Array<[string, Options | undefined]>) {
    it('equals retext-english + retext-attribution after random edits (' + name + ')', async () => {
      const pipeline = unified().use(retextEnglish).use(retextAttribution, options).freeze()
      await fc.assert(
        fc.asyncProperty(documentArbitrary, async ({paragraphs, separator, edits}) => {
          const checker = createIncrementalChecker(options)
          let text = build(paragraphs, separator)
          for (const step of [undefined, ...edits]) {
            if (step) text = apply(text, step)
            const full = new VFile(text)
            const tree = pipeline.parse(full)
            await pipeline.run(tree, full)
            const incremental = new VFile(text)
            const incrementalTree = checker.check(incremental)
            assertSame(full, incremental)
            expect(JSON.stringify(incrementalTree)).toBe(JSON.stringify(tree))
          }
        }),
        {numRuns: Number(process.env.INCREMENTAL_RUNS ?? 60)}
      )
    })
  }

  it('equals the processor’s plain-text check (windowed parse) after random edits', async () => {
    const processor = createProcessor().freeze()
    await fc.assert(
      fc.asyncProperty(documentArbitrary, async ({paragraphs, separator, edits}) => {
        const checker = createIncrementalChecker(undefined, {parse: parseText})
        // Long enough for the windowed parse to cut windows.
        let text = build([...paragraphs, ...paragraphs, ...paragraphs, ...paragraphs], separator)
        for (const step of [undefined, ...edits]) {
          if (step) text = apply(text, step)
          const full = new VFile({path: 'story.txt', value: text})
          await processor.run(processor.parse(full), full)
          const incremental = new VFile({path: 'story.txt', value: text})
          checker.check(incremental)
          assertSame(full, incremental)
        }
      }),
      {numRuns: Number(process.env.INCREMENTAL_RUNS ?? 40)}
    )
  })

  it('re-parses only the paragraph that changed', () => {
    const checker = createIncrementalChecker()
    const text = build([[0, 1], [3, 2], [5, 6], [7, 8]], '\n\n')
    checker.check(new VFile(text))
    expect(checker.last).toMatchObject({chunks: 4, parsed: 4})
    const file = new VFile(text.replace('tunnel', 'rail tunnel'))
    checker.check(file)
    expect(checker.last).toMatchObject({chunks: 4, parsed: 1})
  })

  it('keeps back-references and reasons across paragraphs', () => {
    const checker = createIncrementalChecker()
    const text = 'A senior transport official said the plan failed.\n\nThe official added that costs rose.\n\nThe official spoke on condition of anonymity because the talks were private.'
    const first = new VFile(text)
    checker.check(first)
    const second = new VFile(text.replace('costs rose', 'costs rose sharply'))
    checker.check(second)
    const attributions = second.data.attributions ?? []
    expect(attributions.map((d) => d.kind)).toEqual(['anonymous', 'anonymous'])
    expect(attributions[1]!.reference?.antecedent?.text).toBe('A senior transport official')
    expect(attributions[0]!.reason?.text).toMatch(/^because the talks were private/)
  })
})
