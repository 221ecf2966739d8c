/**
 * `npm run eval`: per-rule precision and recall on the labelled corpus in
 * test/fixtures/corpus, then, when ../shared/data/factappeal is present,
 * attribution detection and source coverage on a FactAppeal split, and,
 * when ../shared/data/newsdev is present, recall and precision on that
 * labelled development set of real news (scored as
 * ../shared/tools/score-gold.mjs does).
 *
 * Usage: tsx scripts/eval.ts [--split val|train] [--json] [--errors]
 *   [--data FOLDER] [--corpus FOLDER] [--newsdev FOLDER]
 *
 * `--corpus` scores another folder labelled the same way (see
 * test/fixtures/corpus/README.md): a newsroom's own sample, or a set kept
 * out of tuning.
 *
 * The lead tunes on `train`; `val` (the default) stays for measurement.
 */
import {existsSync} from 'node:fs'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {ruleIds} from '../src/rules/ids.js'
import {loadCorpus} from './lib/corpus.js'
import {
  evaluateCorpus,
  evaluateFactAppeal,
  evaluateGold,
  newsdevHalf,
  type CorpusReport,
  type FactAppealReport,
  type GoldReport,
  type Ratio
} from './lib/evaluate.js'
import {loadSplit} from './lib/factappeal.js'
import {loadGold, type GoldSummary} from './lib/gold.js'
import {formatRatio} from './lib/metrics.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const usage =
  'Usage: tsx scripts/eval.ts [--split val|train] [--json] [--errors] [--data FOLDER] [--corpus FOLDER] [--newsdev FOLDER]'

const values = readArguments()

function readArguments(): {
  split?: string
  json?: boolean
  errors?: boolean
  data?: string
  corpus?: string
  newsdev?: string
  help?: boolean
} {
  try {
    return parseArgs({
      options: {
        split: {type: 'string', default: 'val'},
        json: {type: 'boolean', default: false},
        errors: {type: 'boolean', default: false},
        data: {type: 'string'},
        corpus: {type: 'string'},
        newsdev: {type: 'string'},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }).values
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error))
    console.error(usage)
    process.exit(2)
  }
}

if (values.help) {
  console.log(usage)
  process.exit(0)
}

const split = values.split ?? 'val'
if (split !== 'val' && split !== 'train') {
  console.error('Unknown split `' + split + '`; expected `val` or `train`')
  process.exit(2)
}

const corpusFolder = values.corpus
  ? path.resolve(values.corpus)
  : path.join(root, 'test', 'fixtures', 'corpus')
if (!existsSync(corpusFolder)) {
  console.error('Corpus folder `' + corpusFolder + '` not found')
  process.exit(2)
}
const dataFolder = path.resolve(
  root,
  values.data ?? path.join('..', 'shared', 'data', 'factappeal')
)
const splitFile = path.join(dataFolder, split + '.csv')
const newsdevFolder = values.newsdev
  ? path.resolve(values.newsdev)
  : path.join(root, '..', 'shared', 'data', 'newsdev')
const newsdevGold = path.join(newsdevFolder, 'gold.json')

const corpus = await evaluateCorpus(await orExit(loadCorpus(corpusFolder, {ruleIds})))
// The second labeller’s set, unless another corpus was asked for.
const blindFolder = path.join(root, 'test', 'fixtures', 'blind')
const blind =
  values.corpus === undefined && existsSync(blindFolder)
    ? await evaluateCorpus(await orExit(loadCorpus(blindFolder, {ruleIds})))
    : undefined
const factAppeal = existsSync(splitFile)
  ? await evaluateFactAppeal(await loadSplit(splitFile))
  : undefined
const newsdev = existsSync(newsdevGold)
  ? await evaluateGold(await orExit(loadGold(newsdevFolder, {ruleIds})), newsdevHalf)
  : undefined

if (values.json) {
  const output = {
    corpus: values.errors ? corpus : {...corpus, errors: undefined},
    blind: blind ? (values.errors ? blind : {...blind, errors: undefined}) : null,
    factAppeal: factAppeal
      ? {
          split,
          file: path.relative(root, splitFile),
          ...factAppeal,
          errors: values.errors ? factAppeal.errors : undefined
        }
      : null,
    newsdev: newsdev
      ? {
          folder: path.relative(root, newsdevFolder),
          ...newsdev,
          errors: values.errors ? newsdev.errors : undefined
        }
      : null
  }
  console.log(JSON.stringify(output, null, 2))
} else {
  printCorpus(corpus, corpusFolder, Boolean(values.errors))
  if (blind) {
    console.log('')
    printCorpus(blind, blindFolder, Boolean(values.errors))
  }

  if (factAppeal) {
    printFactAppeal(factAppeal, Boolean(values.errors))
  } else {
    console.log(
      '\nFactAppeal: `' +
        path.relative(root, splitFile) +
        '` not found, skipped.'
    )
  }

  if (newsdev) {
    printGold(newsdev, newsdevFolder, Boolean(values.errors))
  } else {
    console.log(
      '\nnewsdev: `' + path.relative(root, newsdevGold) + '` not found, skipped.'
    )
  }
}

/**
 * A markup mistake in a corpus, or a gold quote not in its text, is the
 * labeller's to fix: say where it is and stop.
 */
async function orExit<Value>(loading: Promise<Value>): Promise<Value> {
  try {
    return await loading
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error))
    process.exit(2)
  }
}

function printCorpus(report: CorpusReport, folder: string, withErrors: boolean) {
  console.log(
    'Labelled corpus (' +
      path.relative(root, folder) +
      '): ' +
      report.files +
      ' files, ' +
      report.paragraphs +
      ' paragraphs, ' +
      report.words +
      ' words; every rule on.\n'
  )
  const header = ['rule', 'gold', 'predicted', 'matched', 'precision', 'recall', 'F1']
  const rows = [...report.rules, report.total].map((row) => [
    row.ruleId + (row.labelled ? '' : ' (not labelled)'),
    String(row.gold),
    String(row.predicted),
    String(row.matched),
    formatRatio(row.precision),
    formatRatio(row.recall),
    formatRatio(row.f1)
  ])
  printTable(header, rows)

  if (report.rules.some((row) => !row.labelled)) {
    console.log(
      '\n(not labelled): the corpus has no gold for that rule, so only its predictions are counted.'
    )
  }

  if (withErrors && report.errors.length > 0) {
    console.log('\nErrors (missed gold spans and spurious predictions):')
    for (const error of report.errors) {
      console.log(
        '  ' +
          error.type.padEnd(8) +
          ' ' +
          error.ruleId.padEnd(24) +
          ' ' +
          error.file +
          ':' +
          (error.start ?? '?') +
          '  ' +
          error.context
      )
    }
  }
}

function printFactAppeal(report: FactAppealReport, withErrors: boolean) {
  const d = report.detection
  console.log(
    '\nFactAppeal ' +
      split +
      ' split (Mor-Lan, Sheafer & Shenhav, arXiv:2510.10627, CC BY 4.0): ' +
      report.sentences +
      ' sentences' +
      (report.unaligned > 0
        ? ', ' + report.unaligned + ' not aligned (skipped)'
        : '') +
      '; every rule on.\n'
  )
  console.log(
    '(a) attribution detection (Fact_Appeal → ≥1 attribution, Fact_No_Appeal → none), ' +
      (d.truePositive + d.falseNegative + d.falsePositive + d.trueNegative) +
      ' labelled sentences:'
  )
  console.log(
    '    precision ' +
      formatRatio(d.precision) +
      ', recall ' +
      formatRatio(d.recall) +
      ', F1 ' +
      formatRatio(d.f1) +
      '  (TP ' +
      d.truePositive +
      ', FP ' +
      d.falsePositive +
      ', FN ' +
      d.falseNegative +
      ', TN ' +
      d.trueNegative +
      ')'
  )
  console.log(
    '(b) named sources flagged by any message: ' + formatShare(report.namedFlagged)
  )
  console.log(
    '(c) unnamed person sources flagged (Official, Expert, Witness, Active_Participant, null; bare pronouns excluded): ' +
      formatShare(report.unnamedPersonFlagged)
  )
  console.log(
    '    by source rules only (unattributed-claim not counted): ' +
      formatShare(report.unnamedPersonFlaggedBySourceRules)
  )
  console.log(
    '    pronouns included: ' +
      formatShare(report.unnamedPersonWithPronounsFlagged)
  )

  if (!withErrors) return

  console.log('\nDetection errors:')
  for (const error of report.errors.detection) {
    console.log(
      '  ' +
        (error.expected ? 'missed  ' : 'spurious') +
        ' #' +
        error.index +
        ' (' +
        error.attributions +
        ' attributions)  ' +
        oneLine(error.sentence)
    )
  }

  console.log('\nNamed sources flagged:')
  for (const error of report.errors.namedFlagged) {
    printSource(error.index, error.source, error.ruleIds.join(','), error.sentence)
  }

  console.log('\nUnnamed person sources not flagged by a source rule:')
  for (const error of report.errors.unnamedMissed) {
    printSource(error.index, error.source, error.type, error.sentence)
  }
}

function printGold(report: GoldReport, folder: string, withErrors: boolean) {
  const {all} = report
  console.log(
    '\nnewsdev (' +
      path.relative(root, folder) +
      '): ' +
      all.files +
      ' files, ' +
      all.words +
      ' words; default rules, scored as ../shared/tools/score-gold.mjs does.'
  )

  const scopes: Array<[string, GoldSummary]> = [
    ['all files', all],
    ...Object.entries(report.parts).map(
      ([name, part]): [string, GoldSummary] => [
        'half ' + name + ' (' + part.files + ' files, ' + part.words + ' words)',
        part
      ]
    )
  ]

  for (const [title, summary] of scopes) {
    console.log('\n' + title + ':\n')
    const header = ['rule', 'required', 'hit', 'recall', 'messages', 'credited', 'precision']
    const rows = [...summary.rules, summary.total].map((row) => [
      row.ruleId,
      String(row.required),
      String(row.hit),
      formatRatio(row.recall),
      String(row.messages),
      String(row.credited),
      formatRatio(row.precision)
    ])
    printTable(header, rows)
  }

  // Half B is ordinary prose: how often the plugin speaks up there, and how
  // often wrongly, is what a newsroom would notice.
  const b = report.parts.B
  if (b) {
    console.log(
      '\nhalf B per 1,000 words: ' +
        formatRate(b.messagesPerThousandWords) +
        ' messages, ' +
        formatRate(b.falseAlarmsPerThousandWords) +
        ' false alarms (' +
        b.total.messages +
        ' messages, ' +
        (b.total.messages - b.total.credited) +
        ' false alarms, ' +
        b.words +
        ' words)'
    )
  }

  if (!withErrors) return

  const {misses, falseAlarms} = report.errors
  const width = Math.max(
    0,
    ...[...misses, ...falseAlarms].map((d) => d.file.length)
  )
  const kindsWidth = Math.max(0, ...misses.map((d) => d.kinds.join('|').length))

  console.log('\nnewsdev misses (required items with no message of their kinds):')
  for (const miss of misses) {
    console.log(
      '  ' +
        miss.file.padEnd(width) +
        '  ' +
        miss.kinds.join('|').padEnd(kindsWidth) +
        '  ' +
        oneLine(miss.text)
    )
  }

  console.log('\nnewsdev false alarms (* = overlaps a negative item):')
  for (const alarm of falseAlarms) {
    console.log(
      '  ' +
        alarm.file.padEnd(width) +
        '  ' +
        alarm.ruleId.padEnd(24) +
        (alarm.forbidden ? '* ' : '  ') +
        oneLine(alarm.text)
    )
  }
}

function formatRate(value: number | null): string {
  return value === null ? '—' : value.toFixed(2)
}

function formatShare(value: Ratio): string {
  return (
    value.count +
    '/' +
    value.total +
    ' = ' +
    (value.share === null ? '—' : (value.share * 100).toFixed(1) + ' %')
  )
}

function printTable(header: Array<string>, rows: Array<Array<string>>) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))
  )
  const format = (row: Array<string>) =>
    row
      .map((cell, column) =>
        column === 0
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0)
      )
      .join('  ')
  console.log(format(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const [index, row] of rows.entries()) {
    if (index === rows.length - 1) {
      console.log(widths.map((width) => '-'.repeat(width)).join('  '))
    }

    console.log(format(row))
  }
}

function oneLine(value: string): string {
  const line = value.replace(/\s+/g, ' ')
  return line.length > 160 ? line.slice(0, 159) + '…' : line
}

/** One FactAppeal source in the error listing: sentence number, source, label, sentence. */
function printSource(index: number, source: string, label: string, sentence: string) {
  console.log('  #' + index + ' [' + source + '] ' + label + '  ' + oneLine(sentence))
}
