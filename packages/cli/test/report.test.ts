/**
 * `--report html`: the page is self-contained and its charts render in
 * Debian's Chromium (never a downloaded one) with no console errors and no
 * request leaving the page; clicking a chart filters the findings.
 * `UPDATE_DOCS=1` also saves the screenshot shown in the README.
 */
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {archive} from '../../../scripts/lib/archive.js'
import {main} from '../src/main.js'
import {ReportCollector, maximumFindings} from '../src/report/collect.js'
import {renderReport} from '../src/report/html.js'

vi.setConfig({testTimeout: 120_000})

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const executablePath = '/usr/bin/chromium'
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false'
const haveChromium = existsSync(executablePath)
const skipReason = executablePath + ' not found (install it: apt-get install chromium)'
const skip = !haveChromium && !inCi
if (skip) console.warn('Skipping the report browser test: ' + skipReason)

const folder = mkdtempSync(path.join(tmpdir(), 'retext-attribution-report-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function sink() {
  let text = ''
  return {
    write(chunk: string) {
      text += chunk
      return true
    },
    get text() {
      return text
    }
  }
}

async function report(argv: Array<string>): Promise<{code: number; html: string; stderr: string}> {
  const stdout = sink()
  const stderr = sink()
  const code = await main(argv, {stdout, stderr, cwd: folder})
  const file = path.join(folder, 'report.html')
  return {code, html: existsSync(file) ? readFileSync(file, 'utf8') : '', stderr: stderr.text}
}

beforeAll(() => {
  const lines = [...archive(120, 7)].map((d) => JSON.stringify(d))
  writeFileSync(path.join(folder, 'archive.jsonl'), lines.join('\n') + '\n')
})

describe('--report html', () => {
  it('is one self-contained page with the totals and findings', async () => {
    const result = await report([
      '--jsonl',
      'archive.jsonl',
      '--group-by',
      'desk',
      '--jobs',
      '1',
      '--report',
      'html',
      'report.html'
    ])
    // Findings are an archive run's output, not its failure.
    expect(result.code).toBe(0)
    expect(result.html).toMatch(/^<!doctype html>/)
    // No resource outside the page.
    expect(result.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/cdn/i)
    expect(result.html).toContain('Chart.js v4')
    expect(result.html).toContain('id="chart-groups"')
    expect(result.html).toContain('id="doc-0"')
    expect(result.html).toContain('data-rule="anonymous-source"')
  })

  it('is written from a file run too', async () => {
    mkdirSync(path.join(folder, 'stories'), {recursive: true})
    writeFileSync(
      path.join(folder, 'stories', 'a.md'),
      'Experts say the plan failed. A senior official said it was over.\n'
    )
    const result = await report(['stories', '--report', 'html', 'report.html'])
    expect(result.code).toBe(1)
    expect(result.html).toContain('stories/a.md')
    expect(result.html).toContain('data-rule="vague-source"')
    expect(result.html).not.toContain('id="chart-groups"')
  })

  it('escapes what documents hold', () => {
    const collector = new ReportCollector('Sourcing report', 'desk')
    collector.add({
      id: '</script><img src=x onerror=alert(1)>',
      group: '<b>desk</b>',
      summary: {attributions: 1, named: 0, anonymous: 1, vague: 0, agentless: 0, anonymousShare: 1, unexplainedAnonymity: 0},
      digest: {anonymous: {'</script>': 1}, vague: {}},
      findings: [{ruleId: 'anonymous-source', severity: 'warning', actual: '<i>', reason: 'x <i>', line: 1, column: 1}]
    })
    const html = renderReport(collector.data())
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>desk</b>')
    expect(html.match(/<\/script>/g)?.length).toBe(3)
  })

  it('lists a bounded number of findings', () => {
    const collector = new ReportCollector('Sourcing report', undefined)
    for (let index = 0; index < maximumFindings + 10; index++) {
      collector.add({
        id: 'd' + index,
        group: undefined,
        summary: {attributions: 1, named: 0, anonymous: 0, vague: 0, agentless: 1, anonymousShare: 0, unexplainedAnonymity: 0},
        digest: {anonymous: {}, vague: {}},
        findings: [{ruleId: 'agentless-attribution', severity: 'warning', actual: 'reportedly', reason: 'r', line: 1, column: 1}]
      })
    }

    const data = collector.data()
    expect(data.findings.length).toBe(maximumFindings)
    expect(data.findingCount).toBe(maximumFindings + 10)
    expect(data.documents).toBe(maximumFindings + 10)
  })
})

describe.skipIf(skip)(
  'report page in Chromium' + (skip ? ' (skipped: ' + skipReason + ')' : ''),
  () => {
    let browser: Browser | undefined

    afterAll(async () => {
      await browser?.close()
    })

    it('renders every chart, with no console error and no request, and links to findings', async () => {
      if (!haveChromium) throw new Error('CI: ' + skipReason)
      const result = await report([
        '--jsonl',
        'archive.jsonl',
        '--group-by',
        'desk',
        '--jobs',
        '1',
        '--report',
        'html',
        'report.html'
      ])
      expect(result.html).not.toBe('')
      const file = path.join(folder, 'report.html')

      browser = await chromium.launch({
        executablePath,
        timeout: 30_000,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
      })
      const page = await browser.newPage({viewport: {width: 1200, height: 900}})
      page.setDefaultTimeout(10_000)
      const errors: Array<string> = []
      const requests: Array<string> = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      const url = pathToFileURL(file).href
      await page.route('**/*', async (route) => {
        const requested = route.request().url()
        if (requested === url) return route.continue()
        requests.push(requested)
        return route.abort()
      })
      await page.goto(url)

      const charts = await page.evaluate(() => {
        const ids = ['chart-kinds', 'chart-histogram', 'chart-documents', 'chart-groups', 'chart-anonymous', 'chart-vague']
        const chart = (globalThis as unknown as {Chart: {getChart(canvas: unknown): {data: {datasets: Array<{data: Array<number>}>}} | undefined}}).Chart
        return ids.map(function (id) {
          const canvas = document.getElementById(id) as HTMLCanvasElement | null
          if (!canvas) return {id, drawn: false, points: 0}
          const instance = chart.getChart(canvas)
          // Some pixel is painted.
          const context = canvas.getContext('2d')!
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
          let painted = false
          for (let index = 3; index < pixels.length; index += 4) {
            if (pixels[index]! > 0) {
              painted = true
              break
            }
          }

          return {
            id,
            drawn: Boolean(instance) && painted && canvas.width > 0,
            points: instance ? instance.data.datasets.reduce((sum, d) => sum + d.data.length, 0) : 0
          }
        })
      })
      for (const chart of charts) {
        expect(chart, chart.id).toMatchObject({drawn: true})
        expect(chart.points, chart.id).toBeGreaterThan(0)
      }

      // Desks: five groups.
      const groups = charts.find((d) => d.id === 'chart-groups')!
      expect(groups.points).toBe(5 * 4)

      // Clicking the “anonymous” bar of the totals chart shows only those findings.
      const box = await page.locator('#chart-kinds').boundingBox()
      expect(box).not.toBeNull()
      const bar = await page.evaluate(() => {
        const chart = (globalThis as unknown as {Chart: {getChart(canvas: unknown): {getDatasetMeta(index: number): {data: Array<{x: number; y: number; base: number}>}}}}).Chart.getChart(document.getElementById('chart-kinds'))
        const element = chart.getDatasetMeta(0).data[1]!
        return {x: element.x, y: (element.y + element.base) / 2}
      })
      await page.mouse.click(box!.x + bar.x, box!.y + bar.y)
      await page.waitForFunction(() => location.hash === '#rule=anonymous-source')
      const shown = await page.evaluate(() => {
        const items = Array.from(document.querySelectorAll('#findings li')) as Array<HTMLElement>
        const visible = items.filter((d) => !d.classList.contains('hidden') && !d.closest('.hidden'))
        return {visible: visible.length, rules: [...new Set(visible.map((d) => d.dataset.rule))]}
      })
      expect(shown.visible).toBeGreaterThan(0)
      expect(shown.rules).toEqual(['anonymous-source'])

      // A document link leads to its findings.
      await page.evaluate(() => {
        location.hash = ''
      })
      expect(await page.locator('#doc-0').count()).toBe(1)

      expect(errors).toEqual([])
      expect(requests).toEqual([])

      await page.evaluate(() => window.scrollTo(0, 0))
      const screenshot = path.join(repository, 'test-results', 'report.png')
      mkdirSync(path.dirname(screenshot), {recursive: true})
      await page.screenshot({path: screenshot, clip: {x: 0, y: 0, width: 1200, height: 1500}, fullPage: true})
      if (process.env.UPDATE_DOCS) {
        mkdirSync(path.join(repository, 'docs'), {recursive: true})
        copyFileSync(screenshot, path.join(repository, 'docs', 'report.png'))
      }
    })
  }
)
