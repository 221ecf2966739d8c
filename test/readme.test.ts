/**
 * The README is part of the package’s contract: its rules table is
 * generated from the rule modules, and its commands must stay true.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {rulesEnd, rulesStart, rulesTable} from '../scripts/lib/rules-table.js'
import {defaultRuleIds, ruleIds} from '../src/index.js'

const url = new URL('../README.md', import.meta.url)

describe('README', () => {
  it('has the rules table generated from the rules', async () => {
    let readme = await readFile(url, 'utf8')
    const start = readme.indexOf(rulesStart)
    const end = readme.indexOf(rulesEnd)
    expect(start, 'rules table markers').toBeGreaterThan(-1)
    expect(end).toBeGreaterThan(start)
    const table = rulesTable()

    if (process.env.UPDATE_README) {
      readme = readme.slice(0, start) + table + readme.slice(end + rulesEnd.length)
      await writeFile(url, readme)
    }

    expect(readme.slice(start, end + rulesEnd.length)).toBe(table)
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
