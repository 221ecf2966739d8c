/**
 * Benchmark of the `retext-attribution` command at scale: builds the
 * package, writes a temporary tree of small news files (text, Markdown and
 * HTML) under the system’s temporary folder, runs the built bin on it with
 * one job and with one job per core (`--jobs`), and prints a line for each:
 * files per second and the command’s peak memory, then the speed-up.  Then
 * it checks an archive of generated documents with `--jsonl` (documents per
 * second, peak memory).
 *
 * Usage: tsx scripts/bench-cli.ts [--files 10000] [--reporter json|text|sarif]
 *   [--jobs N] [--jsonl-documents 100000] [--no-build]
 */
import {spawn, spawnSync} from 'node:child_process'
import {createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {archive} from './lib/archive.js'

const {values} = parseArgs({
  options: {
    files: {type: 'string', default: '10000'},
    reporter: {type: 'string', default: 'json'},
    jobs: {type: 'string', default: String(availableParallelism())},
    'jsonl-documents': {type: 'string', default: '100000'},
    'no-build': {type: 'boolean', default: false}
  }
})

const count = Number.parseInt(values.files, 10)
if (!Number.isInteger(count) || count < 1) {
  throw new Error('Expected `--files` to be a positive integer')
}

const jobs = Number.parseInt(values.jobs, 10)
const jsonlDocuments = Number.parseInt(values['jsonl-documents'], 10)
if (!Number.isInteger(jobs) || jobs < 1 || !Number.isInteger(jsonlDocuments) || jsonlDocuments < 0) {
  throw new Error('Expected `--jobs` to be a positive integer and `--jsonl-documents` a whole number')
}

const root = fileURLToPath(new URL('../', import.meta.url))
const bin = path.join(root, 'packages', 'cli', 'dist', 'bin.js')

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'ignore',
    shell: process.platform === 'win32'
  })
  if (build.status !== 0) throw new Error('`npm run build` failed')
}

// Sentences of each kind of sourcing, and plain narration.
const sentences = [
  'Lena Ortiz, the county’s chief election officer, said the count was complete.',
  'The council will vote on the budget next week, according to a statement from the mayor’s office.',
  'A senior official who was not authorized to speak publicly said the plan had stalled.',
  'People familiar with the matter, who asked not to be named, said talks would resume.',
  'Experts say the bridge will take years to finish.',
  'Local media reported that the contractor had been paid in advance.',
  'It is believed that the mayor will not seek a second term.',
  'The project is reportedly over budget.',
  'The meeting began at noon in the old town hall.',
  'Residents lined the street outside the building.',
  'The bridge will cost the city $2.3 billion by 2030.',
  '“We will not back down,” Councillor Ana Ruiz told reporters.'
]

let seed = 42
function random(): number {
  // Deterministic (a linear congruential generator), so runs compare.
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

function paragraph(): string {
  const size = 2 + Math.floor(random() * 3)
  const result: Array<string> = []
  for (let index = 0; index < size; index++) {
    result.push(sentences[Math.floor(random() * sentences.length)]!)
  }

  return result.join(' ')
}

const folder = mkdtempSync(path.join(tmpdir(), 'retext-attribution-bench-'))

try {
  let bytes = 0

  for (let index = 0; index < count; index++) {
    const kind = index % 3
    const paragraphs = [paragraph(), paragraph(), paragraph()]
    const value =
      kind === 0
        ? '# Story ' + index + '\n\n' + paragraphs.join('\n\n') + '\n'
        : kind === 1
          ? paragraphs.join('\n\n') + '\n'
          : '<!doctype html>\n<title>Story ' +
            index +
            '</title>\n' +
            paragraphs.map((d) => '<p>' + d + '</p>').join('\n') +
            '\n'
    const sub = path.join(folder, 'desk-' + (index % 100))
    mkdirSync(sub, {recursive: true})
    writeFileSync(
      path.join(sub, 'story-' + index + ['.md', '.txt', '.html'][kind]),
      value
    )
    bytes += Buffer.byteLength(value)
  }

  const single = await command(['.', '--reporter', values.reporter, '--no-progress', '--jobs', '1'])
  const all = await command(['.', '--reporter', values.reporter, '--no-progress', '--jobs', String(jobs)])

  for (const [label, run] of [
    ['1 job', single],
    [jobs + ' jobs', all]
  ] as const) {
    console.log(
      'cli (' +
        label +
        '): ' +
        count +
        ' files (' +
        (bytes / 1e6).toFixed(1) +
        ' MB of md/txt/html) in ' +
        run.seconds.toFixed(1) +
        ' s = ' +
        Math.round(count / run.seconds) +
        ' files/s (CPU ' +
        run.cpuSeconds.toFixed(1) +
        ' s), peak RSS ' +
        run.peakMb +
        ' MB, ' +
        (run.output / 1e6).toFixed(1) +
        ' MB of ' +
        values.reporter +
        ' report'
    )
  }

  // Other processes on the machine take cores from the run: the load
  // average says how busy it was, and the CPU time what the run cost.
  console.log(
    'cli speed-up: ' +
      (single.seconds / all.seconds).toFixed(2) +
      ' × with ' +
      jobs +
      ' jobs over 1 (' +
      availableParallelism() +
      ' cores, load average ' +
      loadavg()[0]!.toFixed(1) +
      '); CPU time ' +
      (all.cpuSeconds / single.cpuSeconds).toFixed(2) +
      ' × that of 1 job'
  )

  if (jsonlDocuments > 0) {
    const file = path.join(folder, 'archive.jsonl')
    const out = createWriteStream(file)
    let archiveBytes = 0
    for (const document of archive(jsonlDocuments)) {
      const line = JSON.stringify(document) + '\n'
      archiveBytes += Buffer.byteLength(line)
      if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }

    await new Promise<void>((resolve) => out.end(() => resolve()))
    const run = await command(['--jsonl', 'archive.jsonl', '--no-progress', '--jobs', String(jobs)])
    console.log(
      'jsonl (' +
        jobs +
        ' jobs): ' +
        jsonlDocuments +
        ' documents (' +
        (archiveBytes / 1e6).toFixed(1) +
        ' MB) in ' +
        run.seconds.toFixed(1) +
        ' s = ' +
        Math.round(jsonlDocuments / run.seconds) +
        ' documents/s (CPU ' +
        run.cpuSeconds.toFixed(1) +
        ' s), peak RSS ' +
        run.peakMb +
        ' MB (all threads), ' +
        (run.output / 1e6).toFixed(1) +
        ' MB of output'
    )
  }
} finally {
  rmSync(folder, {recursive: true, force: true})
}

/** Run the built bin in the tree: time, output size, peak memory. */
async function command(
  argv: ReadonlyArray<string>
): Promise<{seconds: number; output: number; peakMb: number; cpuSeconds: number}> {
  // The command reports its own peak memory on exit, on file descriptor 3.
  const probe =
    'data:text/javascript,' +
    encodeURIComponent(
      "import {writeSync} from 'node:fs';" +
        "process.on('exit', () => { const u = process.resourceUsage(); writeSync(3, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime])) })"
    )

  const start = performance.now()
  const child = spawn(process.execPath, ['--import', probe, bin, ...argv], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe']
  })

  let output = 0
  let errors = ''
  let peak = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.length
  })
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.length
    if (errors.length < 65_536) errors += String(chunk)
  })
  ;(child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
    peak += String(chunk)
  })

  const code = await new Promise<number | null>((resolve) => {
    child.on('close', resolve)
  })
  const seconds = (performance.now() - start) / 1000

  if (code !== 0 && code !== 1) {
    throw new Error('The command failed (exit ' + code + '):\n' + errors)
  }

  const [rss, cpu] = JSON.parse(peak) as [number, number]
  return {seconds, output, peakMb: Math.round(rss / 1024), cpuSeconds: cpu / 1e6}
}
