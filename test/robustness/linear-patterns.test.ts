/**
 * Matching runs in linear time.
 *
 * 1. Every regular expression in `src/` — literals found with the
 *    TypeScript parser, plus any built at run time with `RegExp(…)` while
 *    the plugin configures itself and checks a news corpus — is judged by
 *    `redos-detector`, which finds every way two paths through a pattern can
 *    match the same input (nested quantifiers over overlapping classes such
 *    as `(a+)+`, and also polynomial cases such as `\w+\s*\w+`).  A pattern
 *    it cannot decide fails too.
 * 2. The rule data’s own phrase patterns (`src/analysis/patterns.ts`) have
 *    bounded backtracking (gaps and optional slots), and a pattern a user
 *    adds through `lexicon` cannot make matching blow up.
 */
import {readdir, readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import retextEnglish from 'retext-english'
import {isSafe, toFriendly} from 'redos-detector'
import ts from 'typescript'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {newsCorpus} from '../../scripts/lib/news-corpus.js'

// Modules of `src/` are imported dynamically, inside the tests, so that the
// first import happens while `RegExp` is being recorded (see `capture`).

const root = fileURLToPath(new URL('../../', import.meta.url))
const sourceFolder = join(root, 'src')

interface Found {
  expression: RegExp
  where: string
}

/** Every `.ts` file under `folder`. */
async function sourceFiles(folder: string): Promise<Array<string>> {
  const entries = await readdir(folder, {withFileTypes: true, recursive: true})
  return entries
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
    .sort()
}

/**
 * Regular expression literals and `RegExp(…)` calls with literal arguments
 * in one file; calls with computed arguments are listed apart (they are
 * covered by the run-time capture below).
 */
function scan(path: string, code: string): {found: Array<Found>; dynamic: Array<string>} {
  const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true)
  const found: Array<Found> = []
  const dynamic: Array<string> = []
  const name = relative(root, path)

  visit(file)
  return {found, dynamic}

  function where(node: ts.Node): string {
    const {line, character} = file.getLineAndCharacterOfPosition(node.getStart(file))
    return name + ':' + (line + 1) + ':' + (character + 1)
  }

  function visit(node: ts.Node): void {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file)
      const slash = text.lastIndexOf('/')
      found.push({
        expression: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
        where: where(node)
      })
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? []
      if (
        pattern &&
        ts.isStringLiteralLike(pattern) &&
        (!flags || ts.isStringLiteralLike(flags))
      ) {
        found.push({
          expression: new RegExp(pattern.text, flags?.text),
          where: where(node)
        })
      } else {
        dynamic.push(where(node))
      }
    }

    ts.forEachChild(node, visit)
  }
}

/**
 * Run `callback` with `RegExp` replaced by a recording proxy, so patterns
 * built at run time (from data or options) are collected too.
 */
async function capture(callback: () => Promise<void>): Promise<Array<Found>> {
  const original = globalThis.RegExp
  const found: Array<Found> = []
  const record = (pattern: unknown, flags: unknown) => {
    const expression = new original(pattern as string, flags as string | undefined)
    found.push({expression, where: 'built at run time: ' + String(expression)})
    return expression
  }

  globalThis.RegExp = new Proxy(original, {
    apply: (_, __, [pattern, flags]) => record(pattern, flags),
    construct: (_, [pattern, flags]) => record(pattern, flags)
  })

  try {
    await callback()
  } finally {
    globalThis.RegExp = original
  }

  return found
}

/** `undefined` when safe, else why not. */
function judge(expression: RegExp): string | undefined {
  const result = isSafe(expression, {timeout: 5000})
  if (result.safe) return undefined
  return result.error === 'hitMaxScore'
    ? toFriendly(result, {resultsLimit: 1})
    : 'redos-detector could not decide (' + result.error + '); simplify the pattern'
}

describe('robustness: regular expressions in src/ run in linear time', () => {
  it('the checker rejects known catastrophic patterns and accepts linear ones', () => {
    // Keeps the check below honest: it must be able to fail.
    for (const bad of [/(a+)+$/, /(\w*)*x/, /^a*a*$/, /\w+\s*\w+\d/]) {
      expect(judge(bad), String(bad)).toBeTypeOf('string')
    }

    for (const good of [/[\u2018\u2019\u02BC]/g, /[^\p{L}\p{N}'.-]+/u, /^\*\d$/, /(?:\s+\w+)*/]) {
      expect(judge(good), String(good)).toBeUndefined()
    }
  })

  it('every pattern, literal or built at run time, is free of catastrophic backtracking', async () => {
    const found: Array<Found> = []
    const dynamic: Array<string> = []

    for (const path of await sourceFiles(sourceFolder)) {
      const result = scan(path, await readFile(path, 'utf8'))
      found.push(...result.found)
      dynamic.push(...result.dynamic)
    }

    // The scan must see the patterns we know are there.
    expect(found.length).toBeGreaterThan(5)

    const text = newsCorpus({words: 3000, seed: 5})
    found.push(
      ...(await capture(async () => {
        // Imported inside the capture, so module-level `RegExp(…)` calls are
        // seen as well (this file imports no module that pulls them in).
        const {default: retextAttribution, ruleIds} = await import('../../src/index.js')
        const options = {
          rules: Object.fromEntries(ruleIds.map((id) => [id, true])),
          allow: ['people familiar with the matter'],
          lexicon: {hedges: ['reputedly'], descriptors: ['envoy']}
        }
        const processor = unified().use(retextEnglish).use(retextAttribution, options)
        const file = new VFile(text)
        await processor.run(processor.parse(file), file)
      }))
    )

    const unsafe = found.flatMap(({expression, where}) => {
      const why = judge(expression)
      return why ? [where + ' ' + String(expression) + '\n' + why] : []
    })

    expect(unsafe, unsafe.join('\n\n')).toEqual([])
    // Computed `RegExp(…)` calls only pass if the run above exercised them;
    // list them so a reviewer sees what the static scan could not.
    if (dynamic.length > 0) console.info('RegExp built from computed strings at:', dynamic)
  }, 120_000)
})

describe('robustness: phrase patterns have bounded backtracking', () => {
  /**
   * The most ways one pattern can try to match at one position: each gap
   * `*n` has n + 1 lengths, each optional slot two choices.
   */
  async function branching(source: string): Promise<number> {
    const {compilePattern} = await import('../../src/analysis/patterns.js')
    const {wordClasses} = await import('../../src/data/grammar.js')
    let product = 1
    for (const slot of compilePattern(source, wordClasses).slots) {
      product *= slot.gap > 0 ? slot.gap + 1 : slot.optional ? 2 : 1
    }

    return product
  }

  it('every bundled pattern tries at most 1,000 ways per position', async () => {
    const {defaultLexicon} = await import('../../src/data/index.js')
    // Lists of plain words fail to compile as patterns or have no gaps;
    // either way they cannot backtrack.
    const heavy: Array<string> = []
    for (const [list, sources] of Object.entries(defaultLexicon)) {
      for (const source of sources) {
        let ways = 1
        try {
          ways = await branching(source)
        } catch {
          continue
        }

        if (ways > 1000) heavy.push(list + ': ' + source + ' (' + ways + ' ways)')
      }
    }

    expect(heavy).toEqual([])
  })

  // A pattern a user adds through `lexicon` comes from a config file: it
  // must give an error naming it or be matched in bounded time, never hang.
  const costly: Array<[string, string, string]> = [
    [
      'many gaps',
      'it *9 *9 *9 *9 *9 *9 *9 believed',
      // One long sentence: matching is per sentence.
      'It was it and it is it, it said, '.repeat(10) + 'and so.'
    ],
    [
      'many optional slots',
      'it ' + 'is? '.repeat(24) + 'believed',
      ('It ' + 'is '.repeat(24) + 'not so. ').repeat(5)
    ]
  ]

  for (const [name, pattern, text] of costly) {
    it('a lexicon pattern with ' + name + ' is rejected by name or matched quickly', async () => {
      let processor
      try {
        processor = unified()
          .use(retextEnglish)
          .use(
            (await import('../../src/index.js')).default,
            {lexicon: {impersonal: [pattern]}}
          )
          .freeze()
      } catch (error) {
        expect(String(error)).toContain(pattern)
        return
      }

      const tree = processor.parse(text)
      const start = process.cpuUsage()
      await processor.run(tree, new VFile(text))
      const used = process.cpuUsage(start)
      expect((used.user + used.system) / 1000).toBeLessThan(500)
    }, 120_000)
  }
})
