/**
 * The README is part of the package’s contract: its rules table is
 * generated from the rule modules, its rule data table from the data schema
 * (`UPDATE_README=1` rewrites both), and its commands must stay true.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {dataEnd, dataStart, dataTable} from '../scripts/lib/data-table.js'
import {rulesEnd, rulesStart, rulesTable} from '../scripts/lib/rules-table.js'
import {defaultRuleIds, ruleIds} from '../src/index.js'

const url = new URL('../README.md', import.meta.url)

describe('README', () => {
  it('has the rules table generated from the rules', async () => {
    await expectGenerated(rulesStart, rulesEnd, rulesTable())
  })

  it('has the rule data table generated from the data schema', async () => {
    await expectGenerated(dataStart, dataEnd, dataTable())
  })

  it('documents every rule under its own heading (message urls point there)', async () => {
    const readme = await readFile(url, 'utf8')
    for (const id of ruleIds) {
      expect(readme, id).toContain('\n### `' + id + '`\n')
    }
  })

  it('opens with the install and test commands', async () => {
    const readme = await readFile(url, 'utf8')
    const head = readme.slice(0, 600)
    expect(head).toContain('npm install')
    expect(head).toContain('npm test')
    expect(defaultRuleIds.length).toBe(4)
  })
})

/**
 * Check that the README holds `table` between `start` and `end`; with
 * `UPDATE_README` set, write it there first.
 */
async function expectGenerated(start: string, end: string, table: string): Promise<void> {
  let readme = await readFile(url, 'utf8')
  const from = readme.indexOf(start)
  let to = readme.indexOf(end)
  expect(from, 'markers of ' + start).toBeGreaterThan(-1)
  expect(to).toBeGreaterThan(from)

  if (process.env.UPDATE_README) {
    readme = readme.slice(0, from) + table + readme.slice(to + end.length)
    to = from + table.length - end.length
    await writeFile(url, readme)
  }

  expect(readme.slice(from, to + end.length), 'README out of date: run UPDATE_README=1 npx vitest run test/readme.test.ts').toBe(table)
}
