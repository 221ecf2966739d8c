/**
 * The rules tables, generated from the rule modules and the presets, so
 * they cannot drift apart (`test/readme.test.ts` checks them;
 * `UPDATE_README=1` rewrites them): the full table with examples in
 * `docs/rules.md`, and the summary with each preset’s severity in
 * `README.md`.
 */
import {presets} from '../../src/presets.js'
import {ruleIds} from '../../src/rules/ids.js'
import {rules} from '../../src/rules/index.js'

export const rulesStart = '<!-- rules:start (generated from src/rules: UPDATE_README=1 npx vitest run test/readme.test.ts) -->'
export const rulesEnd = '<!-- rules:end -->'

export const summaryStart = '<!-- rules-summary:start (generated from src/rules and src/presets.ts: UPDATE_README=1 npx vitest run test/readme.test.ts) -->'
export const summaryEnd = '<!-- rules-summary:end -->'

/** The full table, for `docs/rules.md` (links go to the sections below it). */
export function rulesTable(): string {
  const rows = ['| rule | default | flags | example flagged | not flagged |', '| --- | --- | --- | --- | --- |']

  for (const id of ruleIds) {
    const rule = rules[id]
    if (!rule) continue
    const severity = presets.recommended.rules[id] ?? 'off'
    rows.push(
      '| [`' + id + '`](#' + id + ') | ' + severity + ' | ' + cell(rule.description) + ' | ' + cell('“' + rule.flagged + '”') + ' | ' + cell('“' + rule.notFlagged + '”') + ' |'
    )
  }

  return [rulesStart, '', ...rows, '', rulesEnd].join('\n')
}

/**
 * The summary, for `README.md`: what each rule flags and its severity in
 * each preset (`recommended` is the default).
 */
export function rulesSummary(): string {
  const names = Object.keys(presets) as Array<keyof typeof presets>
  const rows = [
    '| rule | what it flags | ' + names.map((d) => '`' + d + '`').join(' | ') + ' |',
    '| --- | --- | ' + names.map(() => '---').join(' | ') + ' |'
  ]

  for (const id of ruleIds) {
    const rule = rules[id]
    if (!rule) continue
    const cells = names.map((name) => {
      const severity = presets[name].rules[id]
      return severity === undefined || severity === 'off' ? '–' : severity
    })
    rows.push('| `' + id + '` | ' + cell(rule.description) + ' | ' + cells.join(' | ') + ' |')
  }

  return [summaryStart, '', ...rows, '', summaryEnd].join('\n')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
