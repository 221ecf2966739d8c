/**
 * End-to-end test of the browser playground: build it with Vite, serve the
 * build on 127.0.0.1, and drive Debian's Chromium (never a downloaded one)
 * with playwright-core.  The build failing on a Node built-in is what proves
 * the core plugin runs in a browser; the page then has to lint typed text.
 */
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {build, preview, type PreviewServer} from 'vite'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {rules} from '../../src/rules/index.js'

const repository = fileURLToPath(new URL('../../', import.meta.url))
const root = path.join(repository, 'examples', 'playground')
const configFile = path.join(root, 'vite.config.ts')
const screenshot = path.join(repository, 'test-results', 'playground.png')
/** `UPDATE_DOCS=1` also saves the screenshot shown in the README and docs. */
const docsScreenshot = path.join(repository, 'docs', 'playground.png')
const executablePath = '/usr/bin/chromium'
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false'
const haveChromium = existsSync(executablePath)
const skipReason =
  executablePath + ' not found (install it: apt-get install chromium)'
const skip = !haveChromium && !inCi

if (skip) console.warn('Skipping the playground browser test: ' + skipReason)

const paragraph =
  'The plan was shelved, a senior official who was not named said. ' +
  'Lena Ortiz, the county’s chief election officer, said turnout was high.'

/**
 * Markup whose prose is the paragraph above.  Read as plain text, the code
 * block (Markdown) and the attribute and script (HTML) hold a vague source,
 * and the link or tag hides the named one; read as markup, only the
 * anonymous source is flagged, on exactly its words.
 */
const markdown =
  '# Voting *machines*\n\n' +
  'The R&amp;D plan was **shelved**, a senior official who was not named said. ' +
  '[Lena Ortiz](https://example.com/ortiz), the county’s chief election officer, said turnout was high.\n\n' +
  '```\nExperts say the machines are old.\n```\n'

const html =
  '<h1 title="Experts say it is old">Voting machines</h1>\n' +
  '<p>The R&amp;D plan was <b>shelved</b>, a senior official who was not named said. ' +
  '<a href="https://example.com/ortiz">Lena Ortiz</a>, the county&rsquo;s chief election officer, said turnout was high.</p>\n' +
  '<script>const note = "Experts say the machines are old."</script>\n'

describe('playground build', () => {
  it('fails loudly when the page imports a Node built-in', async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'playground-guard-'))
    try {
      await expect(
        build({
          root,
          configFile,
          logLevel: 'silent',
          build: {
            outDir,
            emptyOutDir: true,
            rolldownOptions: {
              input: path.join(repository, 'test/playground/fixtures/node-builtin.ts')
            }
          }
        })
      ).rejects.toThrow(/Node built-in `node:path`.*must run in a browser/)
    } finally {
      rmSync(outDir, {recursive: true, force: true})
    }
  })
})

describe.skipIf(skip)(
  'playground in Chromium' + (skip ? ' (skipped: ' + skipReason + ')' : ''),
  () => {
    let outDir = ''
    let server: PreviewServer | undefined
    let browser: Browser | undefined
    let page: Page
    let url = ''
    const pageErrors: Array<string> = []
    const foreignRequests: Array<string> = []

    beforeAll(async () => {
      if (!haveChromium) throw new Error('CI: ' + skipReason)

      outDir = mkdtempSync(path.join(os.tmpdir(), 'playground-build-'))
      await build({
        root,
        configFile,
        logLevel: 'warn',
        build: {outDir, emptyOutDir: true}
      })
      server = await preview({
        root,
        configFile,
        logLevel: 'warn',
        build: {outDir},
        preview: {host: '127.0.0.1', port: 0, strictPort: true, open: false}
      })
      const address = server.httpServer.address()
      if (!address || typeof address === 'string') {
        throw new Error('Preview server has no TCP address')
      }

      url = 'http://127.0.0.1:' + address.port + '/'

      browser = await chromium.launch({
        executablePath,
        timeout: 30_000,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync'
        ]
      })
      page = await openPage()
    }, 120_000)

    /** A page that records errors and refuses requests leaving the site. */
    async function openPage() {
      const opened = await browser!.newPage({viewport: {width: 1280, height: 900}})
      opened.setDefaultTimeout(10_000)
      opened.on('pageerror', (error) => pageErrors.push(error.message))
      opened.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text())
      })
      // The page must need nothing but its own files.
      await opened.route('**/*', async (route) => {
        const requested = route.request().url()
        if (requested.startsWith(url)) return route.continue()
        foreignRequests.push(requested)
        return route.abort()
      })
      return opened
    }

    afterAll(async () => {
      await browser?.close()
      await server?.close()
      if (outDir) rmSync(outDir, {recursive: true, force: true})
    })

    it('lints typed text, summarises the sourcing and toggles rules', async () => {
      await page.goto(url, {waitUntil: 'load', timeout: 15_000})

      // The sample article is checked on load.
      await page.waitForFunction(
        () => /\d+ findings?/.test(document.querySelector('#status')?.textContent ?? ''),
        undefined,
        {timeout: 10_000}
      )

      const editor = page.locator('.cm-content')
      await expect(editor.getAttribute('aria-labelledby')).resolves.toBe('editor-label')
      await editor.click()
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.press('Delete')
      await waitForStatus(page, '0 findings, 0 attributions')

      await page.keyboard.type(paragraph)
      await waitForSummary(page, {named: '1', anonymous: '1'})
      await page.locator('.cm-lintRange.rule-anonymous-source').first().waitFor({timeout: 10_000})

      const marks = await markedRuns(page)
      const anonymous = marks.filter((run) => run.classes.includes('rule-anonymous-source'))
      expect(anonymous.length).toBe(1)
      expect(anonymous[0]?.text).toContain('senior official')
      expect(anonymous[0]?.classes).toContain('cm-lintRange-warning')
      expect(
        marks.filter((run) => /Lena|Ortiz|election officer/.test(run.text)),
        'no diagnostic over the named source'
      ).toEqual([])

      expect(await summaryCounts(page)).toEqual({
        named: '1',
        anonymous: '1',
        vague: '0',
        none: '0',
        total: '2',
        share: '50 %',
        unexplained: '1'
      })
      const sources = await page.locator('#attributions li').allTextContents()
      expect(sources.some((d) => /Lena Ortiz.*named/.test(d))).toBe(true)
      expect(sources.some((d) => /senior official.*anonymous/.test(d))).toBe(true)

      // Hovering the underline shows the rule, the message and its note.
      const tooltip = await hover(page, 'official')
      const diagnostic = tooltip.locator('.cm-diagnostic', {
        has: page.locator('.cm-diagnosticSource', {hasText: 'anonymous-source'})
      })
      await diagnostic.waitFor({timeout: 5_000})
      expect(await diagnostic.getAttribute('class')).toContain('cm-diagnostic-warning')
      expect(await diagnostic.locator('.message p').first().textContent()).toMatch(/anonymous/i)
      expect((await diagnostic.locator('.note').textContent())?.trim()).not.toBe('')

      // The rule toggle is a labelled checkbox driven from the keyboard, and
      // it reaches the plugin’s `rules` option.
      const toggle = page.getByRole('checkbox', {name: /^anonymous-source( |$)/})
      expect(await toggle.isChecked()).toBe(true)
      await toggle.focus()
      await page.keyboard.press('Space')
      await page
        .locator('.cm-lintRange.rule-anonymous-source')
        .first()
        .waitFor({state: 'detached', timeout: 10_000})
      expect(await toggle.isChecked()).toBe(false)

      // The unexplained-anonymity count follows its rule.
      const unexplained = page.getByRole('checkbox', {name: /^unexplained-anonymity( |$)/})
      await unexplained.uncheck()
      await waitForSummary(page, {unexplained: 'off'})
      await unexplained.check()
      await waitForSummary(page, {unexplained: '1'})
      await toggle.focus()
      await page.keyboard.press('Space')
      await page.locator('.cm-lintRange.rule-anonymous-source').first().waitFor({timeout: 10_000})

      // Hover again for the screenshot, once the old tooltip has gone.
      await page.mouse.move(0, 0)
      await page.locator('.cm-tooltip-lint').waitFor({state: 'detached', timeout: 5_000})
      await hover(page, 'official')
      mkdirSync(path.dirname(screenshot), {recursive: true})
      await page.screenshot({path: screenshot, fullPage: true, timeout: 10_000})
      if (process.env.UPDATE_DOCS) copyFileSync(screenshot, docsScreenshot)
      await page.mouse.move(0, 0)

      expect(pageErrors).toEqual([])
      expect(foreignRequests).toEqual([])
    }, 60_000)

    it('describes each rule beside its switch, from the rule’s own data', async () => {
      for (const [id, rule] of Object.entries(rules)) {
        const box = page.locator('input[name="rule"][value="' + id + '"]')
        if ((await box.count()) === 0) continue
        const description = await box.getAttribute('aria-describedby')
        expect(description, id).toBeTruthy()
        const text = await page.locator('#' + description).textContent()
        expect(text?.toLowerCase()).toBe(rule.description.toLowerCase() + '.')
        await expect(box.evaluate((node) => (node as HTMLInputElement).labels?.[0]?.nextElementSibling?.id)).resolves.toBe(description)
      }

      expect(await page.locator('.rule-description').count()).toBeGreaterThanOrEqual(12)
      expect(pageErrors).toEqual([])
    })

    it('reads Markdown and HTML as markup, underlining the right words', async () => {
      for (const [format, text] of [
        ['markdown', markdown],
        ['html', html]
      ] as const) {
        await page.selectOption('#format', 'text')
        await replaceText(page, text)
        // As plain text, the markup’s “Experts say” counts as a vague source…
        await page.waitForFunction(
          () => Number(document.querySelector('#summary [data-kind="vague"]')?.textContent) > 0,
          undefined,
          {timeout: 10_000}
        )

        // …as markup, only the anonymous source, on exactly its words.
        await page.selectOption('#format', format)
        await expect
          .poll(async () => (await markedRuns(page)).map((run) => run.text), {timeout: 15_000})
          .toEqual(['a senior official'])
        const [run] = await markedRuns(page)
        expect(run?.classes).toContain('rule-anonymous-source')
        expect(run?.classes).toContain('rule-unexplained-anonymity')
        await waitForSummary(page, {named: '1', anonymous: '1', vague: '0', unexplained: '1'})
        const sources = await page.locator('#attributions li').allTextContents()
        expect(sources.some((d) => /^Lena Ortiz.*named/.test(d)), format).toBe(true)

        // The attribution list selects the source in the source text.
        await page.locator('#attributions button', {hasText: 'Lena Ortiz'}).click()
        const selected = await page.evaluate(() => getSelection()?.toString())
        expect(selected).toBe('Lena Ortiz')
      }

      expect(pageErrors).toEqual([])
      expect(foreignRequests).toEqual([])
    }, 60_000)

    it('exports the findings as JSON and CSV', async () => {
      // The HTML document of the previous test is still checked.
      const json = JSON.parse(await downloaded(page, '#export-json', 'findings.json'))
      expect(json.format).toBe('html')
      expect(json.summary).toMatchObject({named: 1, anonymous: 1, unexplainedAnonymity: 1})
      expect(json.findings.map((d: {ruleId: string}) => d.ruleId).sort()).toEqual([
        'anonymous-source',
        'unexplained-anonymity'
      ])
      const finding = json.findings[0]
      expect(html.slice(finding.start, finding.end)).toBe('a senior official')
      expect(finding).toMatchObject({actual: 'a senior official', line: 2, severity: 'warning'})
      expect(finding.reason).toMatch(/anonymous/i)
      expect(json.attributions.map((d: {kind: string}) => d.kind)).toEqual(['anonymous', 'named'])

      const csv = await downloaded(page, '#export-csv', 'findings.csv')
      const lines = csv.split('\r\n')
      expect(lines[0]).toBe('ruleId,severity,line,column,endLine,endColumn,actual,reason,note,expected,url')
      expect(lines.at(-1)).toBe('')
      expect(lines.length).toBe(json.findings.length + 2)
      for (const [index, line] of lines.slice(1, -1).entries()) {
        const expected = json.findings[index]
        expect(line.startsWith(expected.ruleId + ',' + expected.severity + ',2,')).toBe(true)
        expect(line).toContain(',a senior official,')
        // The reason has backticks and commas: quoted, quotes doubled.
        expect(line).toContain('"' + expected.reason.replace(/"/g, '""') + '"')
      }

      expect(pageErrors).toEqual([])
    }, 30_000)

    it('shares text and settings in a link that restores them', async () => {
      await page.selectOption('#preset', 'nyt')
      await page.getByRole('checkbox', {name: /^anonymous-source( |$)/}).uncheck()
      await page.getByRole('checkbox', {name: /^anonymous-lead( |$)/}).check()

      for (const text of [html, html + ('\n<p>' + paragraph + '</p>').repeat(8)]) {
        await replaceText(page, text)
        await page.locator('#share').click()
        const link = await page.locator('#share-link').inputValue()
        expect(link.startsWith(url + '#')).toBe(true)
        expect(await page.evaluate(() => location.href)).toBe(link)
        // Short links stay readable; long ones are compressed.
        expect(new URL(link).hash.startsWith('#z=')).toBe(text.length > 400)

        const expectedRuns = await stableRuns(page)
        const shared = await openPage()
        try {
          await shared.goto(link, {waitUntil: 'load', timeout: 15_000})
          expect(await shared.locator('#format').inputValue()).toBe('html')
          expect(await shared.locator('#preset').inputValue()).toBe('nyt')
          expect(await shared.getByRole('checkbox', {name: /^anonymous-source( |$)/}).isChecked()).toBe(false)
          expect(await shared.getByRole('checkbox', {name: /^anonymous-lead( |$)/}).isChecked()).toBe(true)
          expect(await shared.getByRole('checkbox', {name: /^anonymous-quote( |$)/}).isChecked()).toBe(true)
          expect(await shared.evaluate(() => (document.querySelector('.cm-content') as HTMLElement & {cmView?: unknown}).innerText.replace(/\n+/g, '\n'))).toBe(
            await page.evaluate(() => (document.querySelector('.cm-content') as HTMLElement).innerText.replace(/\n+/g, '\n'))
          )
          await expect.poll(() => markedRuns(shared), {timeout: 15_000}).toEqual(expectedRuns)
        } finally {
          await shared.close()
        }
      }

      expect(pageErrors).toEqual([])
      expect(foreignRequests).toEqual([])
    }, 60_000)
  }
)

/** Replace the editor text, as a paste would. */
async function replaceText(page: Page, text: string) {
  await page.locator('.cm-content').click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}

/** The marked runs once two readings 400 ms apart agree (a check has run). */
async function stableRuns(page: Page) {
  let previous = JSON.stringify(await markedRuns(page))
  for (let tries = 0; tries < 25; tries++) {
    await page.waitForTimeout(400)
    const runs = await markedRuns(page)
    const current = JSON.stringify(runs)
    if (current === previous && runs.length > 0) return runs
    previous = current
  }

  throw new Error('The marks did not settle: ' + previous)
}

/** Click an export button and read the file it downloads. */
async function downloaded(page: Page, button: string, name: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()])
  expect(download.suggestedFilename()).toBe(name)
  return readFileSync(await download.path(), 'utf8')
}

async function waitForStatus(page: Page, text: string) {
  await page.waitForFunction(
    (expected) => document.querySelector('#status')?.textContent === expected,
    text,
    {timeout: 10_000}
  )
}

async function waitForSummary(page: Page, expected: Record<string, string>) {
  await page.waitForFunction(
    (expected) =>
      Object.entries(expected).every(
        ([kind, value]) =>
          document.querySelector('#summary [data-kind="' + kind + '"]')?.textContent === value
      ),
    expected,
    {timeout: 10_000}
  )
}

async function summaryCounts(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll('#summary dd')).map((node) => [
        node.getAttribute('data-kind'),
        node.textContent
      ])
    )
  )
}

/**
 * Runs of editor text under the same lint marks, with the mark classes:
 * CodeMirror splits overlapping marks into nested spans, so read them per
 * character.
 */
async function markedRuns(page: Page) {
  return page.evaluate(() => {
    const runs: Array<{text: string; classes: Array<string>}> = []
    const content = document.querySelector('.cm-content')
    if (!content) return runs
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT)
    let previous = ''

    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const classes = new Set<string>()
      for (let parent = node.parentElement; parent && parent !== content; parent = parent.parentElement) {
        if (parent.classList.contains('cm-lintRange')) {
          for (const name of Array.from(parent.classList)) classes.add(name)
        }
      }

      const key = [...classes].sort().join(' ')
      const last = runs.at(-1)
      if (key && last && key === previous) {
        last.text += node.textContent ?? ''
      } else if (key) {
        runs.push({text: node.textContent ?? '', classes: [...classes].sort()})
      }

      previous = key
    }

    return runs
  })
}

/** Move the mouse over the first occurrence of `word` in the editor. */
async function hover(page: Page, word: string) {
  const box = await page.evaluate((word) => {
    const content = document.querySelector('.cm-content')
    if (!content) return undefined
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = (node.textContent ?? '').indexOf(word)
      if (index === -1) continue
      const range = document.createRange()
      range.setStart(node, index)
      range.setEnd(node, index + word.length)
      const rect = range.getBoundingClientRect()
      return {x: rect.x + rect.width / 2, y: rect.y + rect.height / 2}
    }

    return undefined
  }, word)
  if (!box) throw new Error('No `' + word + '` in the editor')
  await page.mouse.move(box.x, box.y, {steps: 4})
  const tooltip = page.locator('.cm-tooltip-lint')
  await tooltip.waitFor({timeout: 5_000})
  return tooltip
}
