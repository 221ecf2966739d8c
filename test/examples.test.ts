/**
 * Every example in examples/ runs and does what the readme says.  The
 * article checker runs here; the playground and the VS Code extension need a
 * browser and an editor, so their own tests drive them (named below, so an
 * example cannot go untested).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
const examples = path.join(root, 'examples')

/** Each example, and the test that runs it. */
const covered: Record<string, string> = {
  'article.md': 'test/examples.test.ts',
  'check-article.ts': 'test/examples.test.ts',
  playground: 'test/playground/playground.test.ts',
  vscode: 'packages/language-server/test/server.test.ts'
}

describe('examples', () => {
  it('are each run by a test', () => {
    for (const name of readdirSync(examples)) {
      expect(covered, 'examples/' + name + ' has no test').toHaveProperty(name)
      const test = path.join(root, covered[name]!)
      expect(existsSync(test)).toBe(true)
      if (covered[name] !== 'test/examples.test.ts') {
        expect(readFileSync(test, 'utf8')).toContain("'examples', '" + name + "'")
      }
    }
  })

  it('`npm run example` checks the sample article and prints its sourcing', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(examples, 'check-article.ts')],
      {cwd: root, encoding: 'utf8', timeout: 60_000}
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const output = run.stdout

    expect(output).not.toMatch(/no issues found/)
    expect(output).toMatch(/^.*examples\/article\.md$/m)
    // Findings with their notes (`--why`-style verbose report).
    const rules = [...output.matchAll(/^\d+:\d+-\d+:\d+\s+warning .* (\S+)\s+retext-attribution$/gm)].map(
      (d) => d[1]
    )
    expect(rules).toEqual(expect.arrayContaining(['anonymous-source', 'unexplained-anonymity', 'vague-source', 'agentless-attribution']))
    expect(rules.length).toBeGreaterThanOrEqual(8)
    expect(output).toMatch(/\[note\]:/)
    expect(output).toMatch(/^⚠ \d+ warnings$/m)
    expect(output).toContain('Sourcing: { named: 3, anonymous: 4, vague: 1, none: 2 }')
    expect(output).toContain('Share anonymous: 40 % of 10 attributions')
  })
})
