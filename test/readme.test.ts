/**
 * The README and the reference in `docs/` are part of the package’s
 * contract.  The rules tables are generated from the rule modules and the
 * presets (the summary in the README, the full table in `docs/rules.md`),
 * the rule data table from the data schema (`docs/data.md`); these tests
 * fail when a generated part is stale, and `UPDATE_README=1` rewrites them:
 *
 *     UPDATE_README=1 npx vitest run test/readme.test.ts
 *
 * The README stays short (under 20 kB), opens with commands that stay
 * true, and every link into the repository’s docs points to a file and a
 * heading that exist.
 */
import {existsSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {dataEnd, dataStart, dataTable} from '../scripts/lib/data-table.js'
import {rulesEnd, rulesStart, rulesSummary, rulesTable, summaryEnd, summaryStart} from '../scripts/lib/rules-table.js'
import {defaultRuleIds, documentation, ruleIds} from '../src/index.js'

const root = new URL('../', import.meta.url)
const readmeUrl = new URL('README.md', root)
const rulesUrl = new URL('docs/rules.md', root)
const dataUrl = new URL('docs/data.md', root)
const repository = 'https://github.com/retext-attribution/retext-attribution'

describe('README', () => {
  it('has the rules summary generated from the rules and presets', async () => {
    await expectGenerated(readmeUrl, summaryStart, summaryEnd, rulesSummary())
  })

  it('opens with the install and test commands and the bundled example', async () => {
    const readme = await readFile(readmeUrl, 'utf8')
    const head = readme.slice(0, 600)
    expect(head).toContain('npm install')
    expect(head).toContain('npm test')
    expect(head).toContain('npx retext-attribution examples/')
    expect(existsSync(new URL('examples/article.md', root))).toBe(true)
    expect(defaultRuleIds.length).toBe(4)
  })

  it('is under 20 kB', async () => {
    const size = (await readFile(readmeUrl)).byteLength
    expect(size, 'README.md is ' + size + ' bytes: move reference to docs/').toBeLessThan(20_000)
  })

  it('has the sections a newcomer looks for', async () => {
    const readme = await readFile(readmeUrl, 'utf8')
    const headings = [...readme.matchAll(/^##+ (.+)$/gm)].map((d) => d[1])
    for (const heading of ['What is this?', 'When should I use this?', 'Install', 'Use', 'API', 'Options', 'Rules', 'CLI', 'Editors', 'Compatibility', 'Security', 'Related', 'License']) {
      expect(headings).toContain(heading)
    }
    for (const name of ['alex', 'retext-equality', 'write-good', 'Vale']) {
      expect(readme.slice(readme.indexOf('## Related')), name).toContain('[' + name + ']')
    }
    // Every export of every package is documented.
    for (const name of ['`retext-attribution`', '`retext-attribution/options`', '`retext-attribution/incremental`', 'retext-attribution-processor', 'retext-attribution-cli', 'retext-attribution-language-server', '/config-guard']) {
      expect(readme, name).toContain(name)
    }
  })

  it('links to docs files and headings that exist', async () => {
    const files = [
      readmeUrl,
      ...['processor', 'cli', 'language-server'].map((d) => new URL('packages/' + d + '/README.md', root)),
      ...['api', 'cli', 'contributing', 'data', 'editors', 'evaluation', 'performance', 'presets', 'rules', 'security'].map((d) => new URL('docs/' + d + '.md', root))
    ]
    for (const from of files) {
      const text = await readFile(from, 'utf8')
      const targets = [
        ...text.matchAll(/\]\(([^)\s]+)\)/g),
        ...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)
      ].map((d) => d[1]!)

      for (const target of targets) {
        let file: URL
        let anchor: string | undefined
        if (target.startsWith(repository + '/blob/main/') || target.startsWith(repository + '/tree/main/')) {
          const rest = target.slice((repository + '/blob/main/').length)
          ;[, anchor] = rest.split('#')
          file = new URL(rest.split('#')[0]!, root)
        } else if (target.startsWith(repository + '#')) {
          file = readmeUrl
          anchor = target.slice(repository.length + 1)
        } else if (/^(https?:|mailto:)/.test(target)) {
          continue
        } else {
          const [rest, hash] = target.split('#')
          file = rest ? new URL(rest, from) : from
          anchor = hash
        }

        const where = fileURLToPath(from) + ' → ' + target
        expect(existsSync(file), where).toBe(true)
        if (anchor && anchor !== 'readme' && file.pathname.endsWith('.md')) {
          expect(slugs(await readFile(file, 'utf8')), where).toContain(anchor)
        }
      }
    }
  })
})

describe('docs/rules.md', () => {
  it('has the rules table generated from the rules', async () => {
    await expectGenerated(rulesUrl, rulesStart, rulesEnd, rulesTable())
  })

  it('documents every rule under its own heading (message urls point there)', async () => {
    const doc = await readFile(rulesUrl, 'utf8')
    expect(documentation).toBe(repository + '/blob/main/docs/rules.md#')
    for (const id of ruleIds) {
      expect(doc, id).toContain('\n## `' + id + '`\n')
      expect(slugs(doc)).toContain(id)
    }
  })
})

describe('docs/data.md', () => {
  it('has the rule data table generated from the data schema', async () => {
    await expectGenerated(dataUrl, dataStart, dataEnd, dataTable())
  })
})

/** GitHub’s anchors for the headings of a Markdown document. */
function slugs(markdown: string): Array<string> {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '')
  return [...text.matchAll(/^#+ (.+)$/gm)].map((d) =>
    d[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
  )
}

/**
 * Check that the file at `url` holds `table` between `start` and `end`;
 * with `UPDATE_README` set, write it there first.
 */
async function expectGenerated(url: URL, start: string, end: string, table: string): Promise<void> {
  let text = await readFile(url, 'utf8')
  const from = text.indexOf(start)
  let to = text.indexOf(end)
  expect(from, 'markers of ' + start + ' in ' + fileURLToPath(url)).toBeGreaterThan(-1)
  expect(to).toBeGreaterThan(from)

  if (process.env.UPDATE_README) {
    text = text.slice(0, from) + table + text.slice(to + end.length)
    to = from + table.length - end.length
    await writeFile(url, text)
  }

  expect(text.slice(from, to + end.length), fileURLToPath(url) + ' out of date: run UPDATE_README=1 npx vitest run test/readme.test.ts').toBe(table)
}
