/**
 * Pure helpers of `npm run bench`: the splitter into article-sized
 * documents and the ratio statistics.
 */
import {describe, expect, it} from 'vitest'
import {splitArticles} from '../../scripts/lib/articles.js'
import {countWords, newsCorpus} from '../../scripts/lib/news-corpus.js'
import {median, quantile, ratioSummary} from '../../scripts/lib/stats.js'

describe('splitArticles', () => {
  const text = newsCorpus({words: 20_000, seed: 1})
  const paragraphs = text.trimEnd().split('\n\n')
  const documents = splitArticles(text)

  it('keeps every paragraph whole, once, in order', () => {
    const again = documents.flatMap((d) => {
      expect(d.endsWith('\n')).toBe(true)
      expect(d.endsWith('\n\n')).toBe(false)
      return d.trimEnd().split('\n\n')
    })
    expect(again).toEqual(paragraphs)
  })

  it('keeps every word', () => {
    const total = documents.reduce((sum, d) => sum + countWords(d), 0)
    expect(total).toBe(countWords(text))
  })

  it('makes documents of about 700 words', () => {
    const sizes = documents.map((d) => countWords(d))
    expect(documents.length).toBeGreaterThan(20)
    // A generated paragraph is at most about 120 words, so the nearest
    // boundary is never far from the target; the last one may be shorter
    // or take the remainder.
    for (const size of sizes.slice(0, -1)) {
      expect(size).toBeGreaterThanOrEqual(600)
      expect(size).toBeLessThanOrEqual(800)
    }

    expect(sizes.at(-1)!).toBeGreaterThanOrEqual(350)
    expect(sizes.at(-1)!).toBeLessThanOrEqual(1100)
    expect(Math.abs(median(sizes) - 700)).toBeLessThan(40)
  })

  it('follows another target', () => {
    const sizes = splitArticles(text, {words: 300}).map((d) => countWords(d))
    expect(Math.abs(median(sizes) - 300)).toBeLessThan(40)
  })

  it('joins a short remainder to the document before it', () => {
    const value = ['one two three', 'four five six', 'seven'].join('\n\n') + '\n'
    expect(splitArticles(value, {words: 6})).toEqual([
      'one two three\n\nfour five six\n\nseven\n'
    ])
  })

  it('gives a text shorter than the target as one document', () => {
    expect(splitArticles('A short text.\n\nTwo paragraphs.\n')).toEqual([
      'A short text.\n\nTwo paragraphs.\n'
    ])
  })

  it('gives nothing for an empty text', () => {
    expect(splitArticles('')).toEqual([])
    expect(splitArticles('\n\n\n')).toEqual([])
  })

  it('rejects a target that is not positive', () => {
    expect(() => splitArticles(text, {words: 0})).toThrow(/positive/)
    expect(() => splitArticles(text, {words: Number.NaN})).toThrow(/positive/)
  })
})

describe('bench statistics', () => {
  it('takes medians and quantiles', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2)
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25)
  })

  it('summarises a ratio as a ratio of medians with the spread of rounds', () => {
    const summary = ratioSummary([2, 4, 9], [1, 2, 3])
    expect(summary.ofMedians).toBe(2)
    expect(summary.perRound).toEqual([2, 2, 3])
    expect(summary.medianOfRounds).toBe(2)
    expect(summary.min).toBe(2)
    expect(summary.max).toBe(3)
    expect(summary.q1).toBe(2)
    expect(summary.q3).toBe(2.5)
  })

  it('refuses rounds that do not pair up', () => {
    expect(() => ratioSummary([1, 2], [1])).toThrow(/as many/)
  })
})
