/**
 * The parse as this package runs it is linear in the size of the text, in
 * every format, and exact: on ordinary text it builds the tree
 * retext-english builds, and windows of any size that hold a few sentences
 * give the same sentences.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'
import type {Root} from 'nlcst'
import {newsCorpus} from '../../scripts/lib/news-corpus.js'
import {parseText, structure, toRoot} from '../../packages/processor/src/parse.js'
import {createProcessor} from '../../packages/processor/src/processor.js'
import {cpuTime} from './check.js'

const corpus = new URL('../fixtures/corpus/', import.meta.url)
const texts = [
  ...readdirSync(corpus)
    .filter((d) => d.endsWith('.txt'))
    .map((d) => readFileSync(new URL(d, corpus), 'utf8')),
  newsCorpus({words: 20_000, seed: 3}),
  newsCorpus({words: 20_000, seed: 4}).replaceAll('\n\n', ' ')
]

/** Sentences of a tree, as text. */
function sentences(tree: Root): Array<string> {
  const result: Array<string> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') result.push(toString(sentence))
    }
  }

  return result
}

describe('parse: exact', () => {
  it('builds the tree retext-english builds', () => {
    for (const text of texts.slice(0, -2)) {
      expect(parseText(text)).toEqual(new ParseEnglish().parse(text))
    }
  })

  it('gives the same sentences in windows of a few sentences', () => {
    for (const text of texts) {
      const whole = sentences(new ParseEnglish().parse(text))
      for (const size of [300, 1000]) {
        const parser = new ParseEnglish()
        const tree = toRoot(parser, structure(parser, parser.tokenize(text), size))
        expect(sentences(tree)).toEqual(whole)
        expect(toString(tree)).toBe(text)
      }
    }
  })
})

describe('parse: linear in one long paragraph', () => {
  for (const path of ['a.txt', 'a.md', 'a.html']) {
    it(path + ': four times the text, at most five times the time', async () => {
      const document = (count: number) => {
        const text = 'said. '.repeat(count)
        return path.endsWith('.html') ? '<p>' + text + '</p>' : text
      }

      const processor = createProcessor()
      const run = (value: string) => cpuTime(() => processor.process(new VFile({path, value})))
      const small = document(25_000)
      const large = document(100_000)
      await run(document(5000))

      let smallTime = await run(small)
      let largeTime = await run(large)
      // Once more when it looks superlinear: a busy machine can stall one
      // run, a quadratic parse is slow every time.
      if (largeTime / smallTime >= 5) {
        smallTime = Math.min(smallTime, await run(small))
        largeTime = Math.min(largeTime, await run(large))
      }

      expect(largeTime / smallTime).toBeLessThan(5)
    }, 180_000)
  }
})
