/**
 * `npm run bench`: speed and memory of retext-attribution against
 * retext-english alone, retext-intensify and write-good, on the same
 * generated news corpus in the same run.
 *
 * Usage:
 *
 *     npm run bench -- [--words N] [--runs N] [--warmup N] [--seed N] [--json] [--check] [--no-cli]
 *
 * Timing happens in this process: every case is warmed up, then the cases
 * are run round-robin, in alternating order (so drift in machine load hits
 * all of them alike), and the median is kept.  Ratios are the median of the
 * per-round ratios.  Peak memory is measured per case in a fresh child
 * process running that case once on the same text (same words and seed), so
 * one case’s garbage never counts against another: `rss` is the process’s
 * peak resident set (`process.resourceUsage().maxRSS`, which includes Node
 * itself) and `heap` the heap used with the tree and messages still alive,
 * over the baseline before parsing.
 *
 * write-good is timed on the whole text at once, as its CLI does (it reads
 * a file and passes the whole content); the per-paragraph variant is shown
 * too, as write-good’s checks are regular expressions whose cost can depend
 * on the length of the string.
 *
 * Exits 0 whatever the figures, unless `--check` is given: then it exits 1
 * when a target is missed (parse + plugin over parse at most 1.5, and the
 * plugin faster than retext-intensify).
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism, cpus, loadavg} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import retextIntensify from 'retext-intensify'
import {unified} from 'unified'
import {VFile} from 'vfile'
// The shipped build, not the sources: what users run.
import retextAttribution from '../dist/index.js'
import {countWords, newsCorpus} from './lib/news-corpus.js'

/** One suggestion of write-good (it ships no types). */
interface WriteGoodSuggestion {
  index: number
  offset: number
  reason: string
}

type WriteGood = (text: string) => Array<WriteGoodSuggestion>

const require = createRequire(import.meta.url)
const writeGood = require('write-good') as WriteGood

const scriptPath = fileURLToPath(import.meta.url)
const root = resolve(dirname(scriptPath), '..')

/** Targets from issue 2. */
const maximumOverheadRatio = 1.5

interface Case {
  id: CaseId
  label: string
  /** Run once over `text`; returns how many findings it produced. */
  run(text: string, paragraphs: ReadonlyArray<string>): Promise<number>
}

type CaseId =
  | 'attribution'
  | 'intensify'
  | 'parse'
  | 'write-good'
  | 'write-good-paragraphs'

/** What the bench needs of a unified processor that parses to nlcst. */
interface Pipeline {
  parse(file: VFile): Root
  run(tree: Root, file: VFile): Promise<unknown>
}

function retextCase(id: CaseId, label: string, processor: Pipeline): Case {
  return {
    id,
    label,
    async run(text) {
      const file = new VFile(text)
      const tree = processor.parse(file)
      await processor.run(tree, file)
      return file.messages.length
    }
  }
}

const cases: ReadonlyArray<Case> = [
  retextCase(
    'parse',
    'retext-english (parse only)',
    unified().use(retextEnglish).freeze()
  ),
  retextCase(
    'attribution',
    'retext-english + retext-attribution',
    unified().use(retextEnglish).use(retextAttribution).freeze()
  ),
  retextCase(
    'intensify',
    'retext-english + retext-intensify',
    unified().use(retextEnglish).use(retextIntensify).freeze()
  ),
  {
    id: 'write-good',
    label: 'write-good (whole text)',
    async run(text) {
      return writeGood(text).length
    }
  },
  {
    id: 'write-good-paragraphs',
    label: 'write-good (per paragraph)',
    async run(_, paragraphs) {
      let count = 0
      for (const paragraph of paragraphs) count += writeGood(paragraph).length
      return count
    }
  }
]

interface CaseResult {
  id: CaseId
  label: string
  samplesMs: Array<number>
  cpuSamplesMs: Array<number>
  cpuMedianMs: number
  medianMs: number
  minMs: number
  maxMs: number
  wordsPerSecond: number
  findings: number
  peakRssBytes: number | undefined
  heapUsedBytes: number | undefined
}

interface MemoryResult {
  peakRssBytes: number
  heapUsedBytes: number
}

const {values} = parseArgs({
  options: {
    words: {type: 'string', default: '100000'},
    runs: {type: 'string', default: '15'},
    warmup: {type: 'string', default: '2'},
    // Force a full garbage collection before every timed run.  Off by
    // default: a forced collection shrinks V8's heap limits, so whichever
    // case next allocates past them pays a full mark of the parse tree
    // inside its timing.  A process checking document after document (an
    // editor, the CLI) runs in the steady state measured without it.
    'gc-between': {type: 'boolean', default: false},
    seed: {type: 'string', default: '1'},
    json: {type: 'boolean', default: false},
    check: {type: 'boolean', default: false},
    'no-cli': {type: 'boolean', default: false},
    // Internal: measure the memory of one case (run in a child process).
    'memory-case': {type: 'string'}
  },
  strict: true
})

const words = positiveInteger('words', values.words)
const runs = positiveInteger('runs', values.runs)
const warmup = nonNegativeInteger('warmup', values.warmup)
const seed = nonNegativeInteger('seed', values.seed)
const text = newsCorpus({words, seed})
const paragraphs = text.split('\n\n')
const wordCount = countWords(text)

if (values['memory-case'] === undefined) {
  await main()
} else {
  await memoryChild(values['memory-case'])
}

async function main(): Promise<void> {
  const gc = globalThis.gc
  const timings = new Map<CaseId, Array<number>>()
  // CPU time of the process (all threads, so GC helpers count): less
  // sensitive than wall time to other processes competing for the cores.
  const cpuTimings = new Map<CaseId, Array<number>>()
  const findings = new Map<CaseId, number>()

  if (!values.json) {
    console.error(
      'Corpus: %s words, %s characters, %s paragraphs (seed %s); %s warm-up + %s timed runs per case…',
      wordCount.toLocaleString('en-US'),
      text.length.toLocaleString('en-US'),
      paragraphs.length.toLocaleString('en-US'),
      seed,
      warmup,
      runs
    )
  }

  for (const item of cases) {
    timings.set(item.id, [])
    cpuTimings.set(item.id, [])
    for (let index = 0; index < warmup; index++) {
      findings.set(item.id, await item.run(text, paragraphs))
    }
  }

  for (let round = 0; round < runs; round++) {
    // Alternate the order so no case always follows the same neighbour.
    const order = round % 2 === 0 ? cases : [...cases].reverse()
    for (const item of order) {
      if (gc && values['gc-between']) gc()
      // One untimed run first, so the timed one starts from this case’s own
      // steady state rather than paying to collect the previous case’s
      // garbage (write-good and retext-intensify leave plenty).
      await item.run(text, paragraphs)
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      const count = await item.run(text, paragraphs)
      const elapsed = performance.now() - start
      const cpu = process.cpuUsage(cpuStart)
      timings.get(item.id)!.push(elapsed)
      cpuTimings.get(item.id)!.push((cpu.user + cpu.system) / 1000)
      findings.set(item.id, count)
    }
  }

  const results: Array<CaseResult> = cases.map((item) => {
    const samples = timings.get(item.id)!
    const medianMs = median(samples)
    const memory = measureMemory(item.id)
    return {
      id: item.id,
      label: item.label,
      samplesMs: samples.map((d) => round(d, 2)),
      cpuSamplesMs: cpuTimings.get(item.id)!.map((d) => round(d, 2)),
      cpuMedianMs: round(median(cpuTimings.get(item.id)!), 2),
      medianMs: round(medianMs, 2),
      minMs: round(Math.min(...samples), 2),
      maxMs: round(Math.max(...samples), 2),
      wordsPerSecond: Math.round(wordCount / (medianMs / 1000)),
      findings: findings.get(item.id) ?? 0,
      peakRssBytes: memory?.peakRssBytes,
      heapUsedBytes: memory?.heapUsedBytes
    }
  })

  const byId = new Map(results.map((d) => [d.id, d]))
  const parse = byId.get('parse')!
  const attribution = byId.get('attribution')!
  const intensify = byId.get('intensify')!
  // The headline ratios are ratios of medians: on an idle machine the noise
  // of a run is its own (garbage collection, compilation), not shared by
  // the two runs of a round, so pairing adds noise.  Per-round ratios, whose
  // median suits a machine under shifting load, are reported beside them.
  const overheadRatios = paired(attribution.samplesMs, parse.samplesMs)
  const intensifyRatios = paired(attribution.samplesMs, intensify.samplesMs)
  const overheadRatio = attribution.medianMs / parse.medianMs
  const intensifyRatio = attribution.medianMs / intensify.medianMs
  const overheadRoundRatio = median(overheadRatios)
  const intensifyRoundRatio = median(intensifyRatios)
  const cpuOverheadRatio = median(paired(attribution.cpuSamplesMs, parse.cpuSamplesMs))
  const cpuIntensifyRatio = median(paired(attribution.cpuSamplesMs, intensify.cpuSamplesMs))
  const pluginOnlyRatio =
    (attribution.medianMs - parse.medianMs) /
    Math.max(intensify.medianMs - parse.medianMs, Number.EPSILON)
  const overheadPass = overheadRatio <= maximumOverheadRatio
  const intensifyPass = intensifyRatio < 1
  const cli = values['no-cli'] ? undefined : runCliBench()

  const report = {
    corpus: {
      words: wordCount,
      characters: text.length,
      paragraphs: paragraphs.length,
      seed
    },
    runs,
    warmup,
    environment: {
      node: process.version,
      platform: process.platform + ' ' + process.arch,
      cpu: cpus()[0]?.model ?? 'unknown',
      cpus: availableParallelism(),
      // Other processes on the machine make every figure noisier.
      loadAverage: loadavg().map((d) => round(d, 2))
    },
    cases: results,
    ratios: {
      attributionOverParse: round(overheadRatio, 3),
      attributionOverParseMedianOfRounds: round(overheadRoundRatio, 3),
      attributionOverParsePerRound: overheadRatios.map((d) => round(d, 3)),
      attributionOverIntensify: round(intensifyRatio, 3),
      attributionOverIntensifyMedianOfRounds: round(intensifyRoundRatio, 3),
      attributionOverIntensifyPerRound: intensifyRatios.map((d) => round(d, 3)),
      cpuAttributionOverParse: round(cpuOverheadRatio, 3),
      cpuAttributionOverIntensify: round(cpuIntensifyRatio, 3),
      attributionPluginOverIntensifyPlugin: round(pluginOnlyRatio, 3)
    },
    targets: {
      attributionOverParse: {maximum: maximumOverheadRatio, pass: overheadPass},
      fasterThanIntensify: {pass: intensifyPass}
    },
    cli
  }

  if (values.json) {
    console.log(JSON.stringify(report, null, 2))
  } else {
    printTable(results)
    console.log('')
    console.log(
      '(b)/(a) parse + retext-attribution over parse alone: %s (median of rounds %s, rounds %s–%s; target ≤ %s: %s); the plugin adds %s %% to the parse',
      overheadRatio.toFixed(3),
      overheadRoundRatio.toFixed(3),
      Math.min(...overheadRatios).toFixed(3),
      Math.max(...overheadRatios).toFixed(3),
      maximumOverheadRatio,
      overheadPass ? 'pass' : 'FAIL',
      ((overheadRatio - 1) * 100).toFixed(1)
    )
    console.log(
      '(b)/(c) parse + retext-attribution over parse + retext-intensify: %s (median of rounds %s, rounds %s–%s; target < 1: %s); plugin time alone, attribution over intensify: %s',
      intensifyRatio.toFixed(3),
      intensifyRoundRatio.toFixed(3),
      Math.min(...intensifyRatios).toFixed(3),
      Math.max(...intensifyRatios).toFixed(3),
      intensifyPass ? 'pass' : 'FAIL',
      pluginOnlyRatio.toFixed(3)
    )
    console.log(
      'Same ratios on CPU time: (b)/(a) %s, (b)/(c) %s',
      cpuOverheadRatio.toFixed(3),
      cpuIntensifyRatio.toFixed(3)
    )
    console.log(
      'Environment: Node %s, %s, %s × %s, load average %s',
      report.environment.node,
      report.environment.platform,
      report.environment.cpus,
      report.environment.cpu,
      report.environment.loadAverage.join(' ')
    )

    if (cli) {
      console.log('')
      console.log(cli.ok ? 'CLI: ' + cli.line : 'CLI bench failed: ' + cli.line)
    } else if (!values['no-cli']) {
      console.log('')
      console.log(
        'CLI: scripts/bench-cli.ts not found; the CLI files-per-second figure is added here once it exists.'
      )
    }
  }

  if (values.check && !(overheadPass && intensifyPass)) process.exitCode = 1
}

/** Child process: run one case once, report its memory as JSON. */
async function memoryChild(id: string): Promise<void> {
  const item = cases.find((d) => d.id === id)
  if (!item) throw new Error('Unknown case `' + id + '`')
  const gc = globalThis.gc
  if (gc) gc()
  const baseline = process.memoryUsage()
  let peakRss = baseline.rss
  let peakHeap = baseline.heapUsed
  // The run is synchronous under its promise, so a timer cannot sample
  // during it; sample at the boundaries and take the OS peak as well.
  const findings = await item.run(text, paragraphs)
  const after = process.memoryUsage()
  peakRss = Math.max(peakRss, after.rss, process.resourceUsage().maxRSS * 1024)
  peakHeap = Math.max(peakHeap, after.heapUsed)
  const result: MemoryResult & {findings: number} = {
    peakRssBytes: peakRss,
    heapUsedBytes: Math.max(0, peakHeap - baseline.heapUsed),
    findings
  }
  console.log(JSON.stringify(result))
}

function measureMemory(id: CaseId): MemoryResult | undefined {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      scriptPath,
      '--memory-case',
      id,
      '--words',
      String(words),
      '--seed',
      String(seed)
    ],
    {cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024}
  )

  if (child.status !== 0) {
    console.error('Memory measurement of `%s` failed:\n%s', id, child.stderr)
    return undefined
  }

  const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as MemoryResult
  return {peakRssBytes: result.peakRssBytes, heapUsedBytes: result.heapUsedBytes}
}

/**
 * Hook for the CLI benchmark (files per second on a 10,000-file tree),
 * written separately as `scripts/bench-cli.ts`.  Its last non-empty stdout
 * line is reported; when it prints JSON, that is kept as data too.
 */
function runCliBench():
  | {ok: boolean; line: string; data?: unknown}
  | undefined {
  const cliScript = join(root, 'scripts', 'bench-cli.ts')
  if (!existsSync(cliScript)) return undefined

  const child = spawnSync(process.execPath, ['--import', 'tsx', cliScript], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const output = (child.stdout ?? '').trim()
  const lines = output.split('\n').filter((d) => d.trim() !== '')
  const line = lines.at(-1) ?? (child.stderr ?? '').trim().split('\n').at(-1) ?? ''

  let data: unknown
  try {
    data = JSON.parse(output)
  } catch {
    // Plain text output: the line is enough.
  }

  return data === undefined
    ? {ok: child.status === 0, line}
    : {ok: child.status === 0, line, data}
}

function printTable(results: ReadonlyArray<CaseResult>): void {
  const head = ['case', 'words/s', 'median ms', 'min ms', 'max ms', 'CPU ms', 'findings', 'peak RSS MB', 'heap MB']
  const rows = results.map((d, index) => [
    '(' + String.fromCharCode(97 + index) + ') ' + d.label,
    d.wordsPerSecond.toLocaleString('en-US'),
    d.medianMs.toFixed(1),
    d.minMs.toFixed(1),
    d.maxMs.toFixed(1),
    d.cpuMedianMs.toFixed(1),
    d.findings.toLocaleString('en-US'),
    d.peakRssBytes === undefined ? '–' : (d.peakRssBytes / 1024 / 1024).toFixed(1),
    d.heapUsedBytes === undefined ? '–' : (d.heapUsedBytes / 1024 / 1024).toFixed(1)
  ])
  const widths = head.map((h, column) =>
    Math.max(h.length, ...rows.map((row) => row[column]!.length))
  )
  const format = (row: ReadonlyArray<string>) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)
      )
      .join('  ')

  console.log(format(head))
  console.log(widths.map((d) => '-'.repeat(d)).join('  '))
  for (const row of rows) console.log(format(row))
}

function paired(
  numerators: ReadonlyArray<number>,
  denominators: ReadonlyArray<number>
): Array<number> {
  return numerators.map((d, index) => d / denominators[index]!)
}

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

function positiveInteger(name: string, value: string | undefined): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new Error('bench: expected `--' + name + '` to be a positive integer, not `' + value + '`')
  }

  return number
}

function nonNegativeInteger(name: string, value: string | undefined): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) {
    throw new Error('bench: expected `--' + name + '` to be a non-negative integer, not `' + value + '`')
  }

  return number
}
