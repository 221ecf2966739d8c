/**
 * The README’s rules table, generated from the rule modules and the
 * `recommended` preset, so the two cannot drift apart
 * (`test/readme.test.ts` checks it; `UPDATE_README=1` rewrites it).
 */
import {presets} from '../../src/presets.js'
import {ruleIds} from '../../src/rules/ids.js'
import {rules} from '../../src/rules/index.js'

export const rulesStart = '<!-- rules:start (generated from src/rules: UPDATE_README=1 npx vitest run test/readme.test.ts) -->'
export const rulesEnd = '<!-- rules:end -->'

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

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
