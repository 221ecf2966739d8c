/**
 * `docs/presets.md` is generated from `src/presets.ts` (the README’s rules
 * table shows each preset’s severities; `test/readme.test.ts` checks it):
 * this test fails when they differ.  To regenerate the section:
 *
 *     UPDATE_README=1 npx vitest run test/policy/readme.test.ts
 */
import {readFile, writeFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {presets, type Preset} from '../../src/presets.js'
import {ruleIds} from '../../src/rules/ids.js'

const readme = new URL('../../docs/presets.md', import.meta.url)
const start = '<!-- presets:start (generated from src/presets.ts: UPDATE_README=1 npx vitest run test/policy/readme.test.ts) -->'
const end = '<!-- presets:end -->'

/** The generated part of the section. */
function renderPresets(): string {
  const names = Object.keys(presets) as Array<keyof typeof presets>
  const lines = [
    start,
    '',
    '| rule | ' + names.map((d) => '`' + d + '`').join(' | ') + ' |',
    '| --- | ' + names.map(() => '---').join(' | ') + ' |'
  ]

  for (const id of ruleIds) {
    const cells = names.map((name) => {
      const preset: Preset = presets[name]
      const severity = preset.rules[id]
      return severity === undefined || severity === 'off' ? '–' : severity
    })
    lines.push('| `' + id + '` | ' + cells.join(' | ') + ' |')
  }

  for (const name of names) {
    const preset: Preset = presets[name]
    lines.push('', '## `' + name + '`', '', preset.description, '', 'Standard: ' + preset.standard + '.', '')
    lines.push('| rule | severity | why |', '| --- | --- | --- |')
    for (const id of ruleIds) {
      const severity = preset.rules[id]
      if (severity === undefined || severity === 'off') continue
      lines.push('| `' + id + '` | ' + severity + ' | ' + (preset.rationale[id] ?? '').replace(/\|/g, '\\|') + ' |')
    }
  }

  lines.push('', end)
  return lines.join('\n')
}

describe('docs/presets.md', () => {
  it('documents every preset as `src/presets.ts` defines it', async () => {
    let text = await readFile(readme, 'utf8')
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    expect(from, 'docs/presets.md has the generated presets block').toBeGreaterThanOrEqual(0)
    expect(to).toBeGreaterThan(from)
    const current = text.slice(from, to + end.length)
    const expected = renderPresets()

    if (process.env.UPDATE_README && current !== expected) {
      text = text.slice(0, from) + expected + text.slice(to + end.length)
      await writeFile(readme, text)
      return
    }

    expect(current).toBe(expected)
  })

  it('names the presets and how to select them in the prose around the table', async () => {
    const text = await readFile(readme, 'utf8')
    const section = text.slice(text.indexOf('# Presets'))
    expect(section).toContain('"preset": "nyt"')
    expect(section).toContain('unknown preset')
    for (const name of Object.keys(presets)) expect(section).toContain('`' + name + '`')
  })
})
