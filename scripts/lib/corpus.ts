/**
 * The labelled corpus: news paragraphs with inline gold markup.
 *
 * `{{rule-id[,rule-id…]|flagged text}}` wraps the exact span an editor would
 * flag, once per rule listed.  Markup does not nest.  Parsing strips the
 * markup and returns the plain text with the gold spans as offsets into it,
 * so the plugin sees exactly the prose a reader would.
 */
import {readFile, readdir} from 'node:fs/promises'
import * as path from 'node:path'

export interface GoldSpan {
  ruleId: string
  /** Offset in the stripped text, 0-based. */
  start: number
  /** Offset after the last character. */
  end: number
  text: string
}

export interface ParsedCorpus {
  /** The text with all markup removed. */
  text: string
  /** Gold spans in document order (by start, then rule id). */
  gold: Array<GoldSpan>
}

export interface CorpusFile extends ParsedCorpus {
  /** File name relative to the corpus folder. */
  name: string
}

export interface ParseOptions {
  /** Rule ids the markup may use; anything else is an error. */
  ruleIds?: ReadonlyArray<string>
  /** Name of the file, for error messages. */
  name?: string
}

const open = '{{'
const close = '}}'
const ruleIdPattern = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/

/**
 * Strip gold markup from `source`.
 *
 * @throws {Error} on malformed markup (unclosed, nested, stray `}}`, no `|`,
 *   empty span, unknown or repeated rule id), naming the line and column.
 */
export function parseMarkup(
  source: string,
  options: ParseOptions = {}
): ParsedCorpus {
  const known = options.ruleIds ? new Set(options.ruleIds) : undefined
  const gold: Array<GoldSpan> = []
  let text = ''
  let index = 0

  for (;;) {
    const start = source.indexOf(open, index)
    const stray = source.indexOf(close, index)

    if (stray !== -1 && (start === -1 || stray < start)) {
      fail('unexpected `}}` outside markup', stray)
    }

    if (start === -1) {
      text += source.slice(index)
      break
    }

    text += source.slice(index, start)
    const end = source.indexOf(close, start + open.length)
    if (end === -1) fail('unclosed `{{`', start)

    const inner = source.slice(start + open.length, end)
    const nested = inner.indexOf(open)
    if (nested !== -1) {
      fail('nested `{{` (markup does not nest)', start + open.length + nested)
    }

    const bar = inner.indexOf('|')
    if (bar === -1) fail('expected `|` between rule ids and text', start)

    const ids = inner
      .slice(0, bar)
      .split(',')
      .map((d) => d.trim())
    const flagged = inner.slice(bar + 1)

    if (flagged.trim() === '') fail('empty flagged text', start)
    if (flagged.trim() !== flagged) {
      fail('flagged text starts or ends with whitespace', start)
    }

    const seen = new Set<string>()
    for (const id of ids) {
      if (!ruleIdPattern.test(id)) {
        fail('invalid rule id `' + id + '`', start)
      }

      if (known && !known.has(id)) fail('unknown rule id `' + id + '`', start)
      if (seen.has(id)) fail('repeated rule id `' + id + '`', start)
      seen.add(id)
      gold.push({
        ruleId: id,
        start: text.length,
        end: text.length + flagged.length,
        text: flagged
      })
    }

    text += flagged
    index = end + close.length
  }

  gold.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId))
  return {text, gold}

  function fail(reason: string, offset: number): never {
    const before = source.slice(0, offset)
    const line = before.split('\n').length
    const column = offset - before.lastIndexOf('\n')
    throw new Error(
      (options.name ?? 'corpus') +
        ':' +
        line +
        ':' +
        column +
        ': ' +
        reason
    )
  }
}

/**
 * Read every `.txt` file in `folder` (sorted by name), parsed.
 */
export async function loadCorpus(
  folder: string,
  options: Omit<ParseOptions, 'name'> = {}
): Promise<Array<CorpusFile>> {
  const names = (await readdir(folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
  const files: Array<CorpusFile> = []

  for (const name of names) {
    let source = await readFile(path.join(folder, name), 'utf8')
    if (source.charCodeAt(0) === 0xfe_ff) source = source.slice(1)
    files.push({name, ...parseMarkup(source, {...options, name})})
  }

  return files
}
