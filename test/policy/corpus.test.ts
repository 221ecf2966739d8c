/**
 * The policy rules against the labelled corpus files written for them
 * (test/fixtures/corpus/policy-*.txt, labelled exhaustively for every rule;
 * conventions in test/fixtures/policy/README.md), scored as `npm run eval`
 * scores them.  The other corpus files are labelled for the default rules
 * only, so policy predictions there are not scored here.
 */
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {loadCorpus} from '../../scripts/lib/corpus.js'
import {evaluateCorpus} from '../../scripts/lib/evaluate.js'
import {defaultRuleIds, policyRuleIds, ruleIds} from '../../src/rules/ids.js'
import {expectFloor} from '../corpus-floor.js'

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus')

describe('policy corpus files', async () => {
  const files = (await loadCorpus(folder, {ruleIds})).filter((d) => d.name.startsWith('policy-'))
  const report = await evaluateCorpus(files)

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(4)
  })

  it.each(policyRuleIds)('%s: precision ≥ 0.9, recall ≥ 0.5', (id) => {
    expectFloor(report, id, {precision: 0.9, recall: 0.5})
  })

  it.each(defaultRuleIds)('%s stays precise on them', (id) => {
    const row = report.rules.find((d) => d.ruleId === id)
    if (!row || row.predicted === 0) return
    expect(row.precision ?? 0, id).toBeGreaterThanOrEqual(0.9)
  })
})
