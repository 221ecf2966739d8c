/**
 * Editor re-check latency for `npm run bench`: a 2,000-word article typed
 * into, one word per version, each version checked after the one before —
 * as the language server and the playground check it, before (a full check
 * of every version) and after (the incremental checker).
 *
 * *   language server, before: the format-aware processor on a `.txt` file,
 *     in the server’s thread (what it did per keystroke);
 * *   language server, after: the server’s scheduler, which hands the
 *     version to its worker thread (incremental checker) and takes the
 *     messages back — the round trip included;
 * *   playground, before: retext-english + retext-attribution;
 * *   playground, after: `createIncrementalChecker()`.
 *
 * unified-engine’s own work per keystroke (config files), the same before
 * and after, is not part of these figures.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextAttribution from '../../dist/index.js'
import {createIncrementalChecker} from '../../dist/incremental.js'
import {createProcessor} from 'retext-attribution-processor'
import {createScheduler} from '../../packages/language-server/dist/schedule.js'
import {countWords, createRandom, newsCorpus} from './news-corpus.js'
import {median, quantile} from './stats.js'

export interface Latency {
  medianMs: number
  p95Ms: number
}

export interface EditorReport {
  words: number
  edits: number
  languageServer: {before: Latency; after: Latency}
  playground: {before: Latency; after: Latency}
}

const inserted = ['officials', 'reportedly', 'said', 'the', 'experts', 'new', 'senior', 'quickly']

/** Versions of a 2,000-word article, each one word more than the last. */
function versions(seed: number, count: number): {words: number; texts: Array<string>} {
  const random = createRandom(seed)
  let text = newsCorpus({words: 2000, seed})
  const words = countWords(text)
  const texts: Array<string> = []
  for (let index = 0; index < count; index++) {
    let at = Math.floor(random() * text.length)
    at = text.indexOf(' ', at)
    if (at === -1) at = text.lastIndexOf(' ')
    text = text.slice(0, at) + ' ' + inserted[index % inserted.length] + text.slice(at)
    texts.push(text)
  }

  return {words, texts}
}

async function time(
  texts: ReadonlyArray<string>,
  warmup: number,
  check: (text: string) => Promise<unknown> | unknown
): Promise<Latency> {
  const samples: Array<number> = []
  for (const [index, text] of texts.entries()) {
    const start = performance.now()
    await check(text)
    const elapsed = performance.now() - start
    if (index >= warmup) samples.push(elapsed)
  }

  return {medianMs: round(median(samples)), p95Ms: round(quantile(samples, 0.95))}
}

export async function editorBench(seed: number, edits = 200): Promise<EditorReport> {
  const warmup = 20
  const {words, texts} = versions(seed, edits + warmup)

  const processor = createProcessor().freeze()
  const lsBefore = await time(texts, warmup, async (text) => {
    const file = new VFile({path: 'story.txt', value: text})
    await processor.run(processor.parse(file), file)
  })

  const scheduler = createScheduler()
  let lsAfter: Latency
  try {
    lsAfter = await time(texts, warmup, async (text) => {
      const outcome = await scheduler.check('file:///bench/story.txt', {
        path: '/bench/story.txt',
        cwd: '/bench',
        value: text,
        options: undefined
      })
      if ('error' in outcome || 'inThread' in outcome) throw new Error('bench: the worker did not check')
    })
  } finally {
    await scheduler.close()
  }

  const pipeline = unified().use(retextEnglish).use(retextAttribution).freeze()
  const playgroundBefore = await time(texts, warmup, async (text) => {
    const file = new VFile(text)
    await pipeline.run(pipeline.parse(file), file)
  })

  const checker = createIncrementalChecker()
  const playgroundAfter = await time(texts, warmup, (text) => {
    checker.check(new VFile(text))
  })

  return {
    words,
    edits,
    languageServer: {before: lsBefore, after: lsAfter},
    playground: {before: playgroundBefore, after: playgroundAfter}
  }
}

export function printEditor(report: EditorReport): void {
  console.log(
    'Editor re-check after a one-word edit (%s-word article, %s edits; median / p95 ms):',
    report.words.toLocaleString('en-US'),
    report.edits
  )
  console.log('')
  console.log('| where | before (full check) | after (incremental) |')
  console.log('| --- | ---: | ---: |')
  for (const [label, pair] of [
    ['language server (check, worker round trip after)', report.languageServer],
    ['playground', report.playground]
  ] as const) {
    console.log(
      '| %s | %s / %s | %s / %s |',
      label,
      pair.before.medianMs,
      pair.before.p95Ms,
      pair.after.medianMs,
      pair.after.p95Ms
    )
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
