/**
 * A long run of capitalised words — a list of names, a headline in Title
 * Case, a page of capitals — is read in time linear in its length.  The
 * names pass once scanned the rest of the run again for every pair of
 * capitalised words it met, which made such a run quadratic (issue 9,
 * item 8).
 *
 * The tree is parsed beforehand by retext-english, as the plugin gets it in
 * a user’s own pipeline (no windows: the run is one sentence), so the time
 * is the analysis alone.  Sizes alternate so a busy spell hits both, and
 * the medians of five CPU times are compared: four times the text may take
 * at most five times the time (a quadratic pass takes sixteen).
 */
import {describe, expect, it} from 'vitest'
import {configurations, cpuTime, parse, runOn} from './check.js'

function median(values: Array<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

describe('robustness: a long run of capitals is linear', () => {
  const runs: Array<[string, (count: number) => string]> = [
    ['pairs of names', (n) => 'Ana Ruiz '.repeat(n) + 'said the plan failed.'],
    ['names after a title', (n) => 'Spokeswoman ' + 'Lena Ortiz Lee '.repeat(n) + ', an aide, said the plan failed.'],
    ['a headline in Title Case', (n) => 'A Senior Official Says Talks Failed Over The Budget '.repeat(n) + 'said.']
  ]

  for (const [name, make] of runs) {
    it(name + ': four times the text, at most five times the time', async () => {
      const small = make(3000)
      const large = make(12_000)
      const smallTree = parse(small)
      const largeTree = parse(large)
      const settings = configurations[1]![1]
      await runOn(smallTree, small, settings)
      const smallTimes: Array<number> = []
      const largeTimes: Array<number> = []

      for (let index = 0; index < 5; index++) {
        smallTimes.push(await cpuTime(() => runOn(smallTree, small, settings)))
        largeTimes.push(await cpuTime(() => runOn(largeTree, large, settings)))
      }

      // A floor keeps tiny timings from producing a huge ratio.
      const ratio = median(largeTimes) / Math.max(median(smallTimes), 20)
      expect(ratio).toBeLessThan(5)
    }, 120_000)
  }
})
