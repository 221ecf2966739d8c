/**
 * Shared by the corpus tests: assert that one rule reaches a floor of
 * precision and recall in an evaluation report, listing its misses and
 * false alarms when it does not.
 */
import {expect} from 'vitest'
import type {CorpusReport} from '../scripts/lib/evaluate.js'

export function expectFloor(
  report: CorpusReport,
  id: string,
  floor: {precision: number; recall: number}
): void {
  const row = report.rules.find((d) => d.ruleId === id)
  expect(row, id).toBeDefined()
  if (!row) return
  const errors = report.errors
    .filter((d) => d.ruleId === id)
    .map((d) => d.type + ' ' + d.file + ': ' + d.context)
  const summary = id + ': P ' + row.precision + ', R ' + row.recall + '\n' + errors.join('\n')

  expect(row.gold, id + ' has gold spans').toBeGreaterThan(0)
  expect(row.precision ?? 0, summary).toBeGreaterThanOrEqual(floor.precision)
  expect(row.recall ?? 0, summary).toBeGreaterThanOrEqual(floor.recall)
}
