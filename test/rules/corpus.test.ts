/**
 * The labelled corpora as a test: each default rule must reach a floor of
 * precision and recall against the gold spans, scored exactly as `npm run
 * eval` scores them (overlap, one-to-one).
 *
 * * `test/fixtures/corpus`: written with the rules.
 * * `test/fixtures/blind`: written and labelled by a second labeller who
 *   had not seen the engine; `unattributed-claim` (info) has a lower floor
 *   there, as what counts as a consequential claim is the most personal
 *   call an editor makes.
 */
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, it} from 'vitest'
import {loadCorpus} from '../../scripts/lib/corpus.js'
import {evaluateCorpus} from '../../scripts/lib/evaluate.js'
import {defaultRuleIds, ruleIds} from '../../src/rules/ids.js'
import {expectFloor} from '../corpus-floor.js'

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures')

const corpora: Array<[string, Record<string, {precision: number; recall: number}>]> = [
  ['corpus', {}],
  ['blind', {'unattributed-claim': {precision: 0.6, recall: 0.45}}]
]

for (const [name, floors] of corpora) {
  describe('labelled corpus: ' + name, async () => {
    const report = await evaluateCorpus(await loadCorpus(path.join(fixtures, name), {ruleIds}))

    it.each(defaultRuleIds)('%s reaches the precision and recall floor', (id) => {
      expectFloor(report, id, floors[id] ?? {precision: 0.8, recall: 0.8})
    })
  })
}
