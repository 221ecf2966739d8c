/**
 * Gold files of quoted spans, the format of the newsdev set
 * (`../shared/data/newsdev`): `gold.json` holds `{items: […]}` and each item
 * names a text file in `texts/`, an exact `quote` in it (`nth`, 0-based,
 * picks an occurrence), and either `kinds` (rule ids that count as a hit,
 * the first being the rule whose recall it counts toward) with `required`,
 * or `negative` (`true`: no message may overlap it; a list of rule ids:
 * messages of those rules may not).
 *
 * Scoring follows the reference scorer (`../shared/tools/score-gold.mjs`)
 * exactly, so the figures here and there agree: matching is by character
 * overlap, a message is credited when it overlaps a positive item listing
 * its rule and no negative item forbidding it, and a required item with no
 * such message is a miss.  Optional items are neither hits nor misses.
 */
import {readFile} from 'node:fs/promises'
import * as path from 'node:path'
import {overlaps, type Range} from './metrics.js'

export interface GoldItem {
  file: string
  quote: string
  /** Which occurrence of `quote`, 0-based. */
  nth: number
  /** Rule ids that count as a hit; empty for a negative item. */
  kinds: Array<string>
  required: boolean
  /** `true`, a list of rule ids that may not fire on it, or `false` (positive). */
  negative: boolean | Array<string>
}

export interface PlacedItem extends GoldItem, Range {}

export interface GoldFile {
  /** File name relative to the texts folder. */
  name: string
  text: string
  /** Number of whitespace-separated tokens. */
  words: number
  items: Array<PlacedItem>
}

export interface GoldOptions {
  /** Rule ids the gold may use; anything else is an error. */
  ruleIds?: ReadonlyArray<string>
  /** Name of the gold file, for error messages. */
  name?: string
}

/**
 * Check the items of a parsed `gold.json`.
 *
 * @throws {Error} naming the first bad item.
 */
export function parseGold(
  value: unknown,
  options: GoldOptions = {}
): Array<GoldItem> {
  const name = options.name ?? 'gold'
  const known = options.ruleIds ? new Set(options.ruleIds) : undefined
  const items = isRecord(value) ? value.items : undefined
  if (!Array.isArray(items)) fail('expected an object with an `items` array')

  return items.map((item: unknown, index): GoldItem => {
    if (!isRecord(item)) return at('expected an object')
    const {file, quote, nth = 0, kinds, required = false, negative = false} = item

    if (typeof file !== 'string' || file === '') at('expected a `file` name')
    if (typeof quote !== 'string' || quote === '') at('expected a `quote`')
    if (typeof nth !== 'number' || !Number.isInteger(nth) || nth < 0) {
      at('expected `nth` to be a whole number from 0')
    }

    if (typeof required !== 'boolean') at('expected `required` to be true or false')

    if (negative === true || Array.isArray(negative)) {
      if (Array.isArray(negative)) ruleList(negative, '`negative`')
      return {
        file: file as string,
        quote: quote as string,
        nth: nth as number,
        kinds: [],
        required: false,
        negative: negative as boolean | Array<string>
      }
    }

    if (negative !== false) at('expected `negative` to be true or a list of rule ids')
    if (!Array.isArray(kinds)) return at('expected `kinds` or `negative`')
    return {
      file: file as string,
      quote: quote as string,
      nth: nth as number,
      kinds: ruleList(kinds, '`kinds`'),
      required: required as boolean,
      negative: false
    }

    function ruleList(list: Array<unknown>, what: string): Array<string> {
      if (list.length === 0) at(what + ' is empty')
      for (const id of list) {
        if (typeof id !== 'string') at(what + ' holds a non-string')
        if (known && !known.has(id as string)) {
          at('unknown rule id `' + String(id) + '` in ' + what)
        }
      }

      return list as Array<string>
    }

    function at(reason: string): never {
      return fail('item ' + index + ': ' + reason)
    }
  })

  function fail(reason: string): never {
    throw new Error(name + ': ' + reason)
  }
}

/**
 * Where the `nth` occurrence of `quote` is in `text`.  No-break spaces in
 * the text read as plain spaces (same length, so the offsets hold), since
 * labellers copy quotes from rendered pages.
 *
 * @throws {Error} when there are not that many occurrences.
 */
export function locateQuote(text: string, quote: string, nth = 0): Range {
  const plain = text.replaceAll('\u00A0', ' ')
  let start = -1
  for (let index = 0; index <= nth; index++) {
    start = plain.indexOf(quote, start + 1)
    if (start === -1) {
      throw new Error(
        'quote not found' +
          (index > 0 ? ' ' + (nth + 1) + ' times' : '') +
          ': ' +
          quote
      )
    }
  }

  return {start, end: start + quote.length}
}

/**
 * Read `folder/gold.json` and the texts it names from `folder/texts`, with
 * every quote placed.  Files come in the order the gold first names them.
 */
export async function loadGold(
  folder: string,
  options: Omit<GoldOptions, 'name'> = {}
): Promise<Array<GoldFile>> {
  const goldPath = path.join(folder, 'gold.json')
  const items = parseGold(JSON.parse(await readFile(goldPath, 'utf8')), {
    ...options,
    name: goldPath
  })
  const byFile = new Map<string, Array<GoldItem>>()
  for (const item of items) {
    const list = byFile.get(item.file) ?? []
    list.push(item)
    byFile.set(item.file, list)
  }

  const files: Array<GoldFile> = []
  for (const [name, list] of byFile) {
    // No BOM stripping or line-ending changes: the reference scorer reads
    // the bytes as they are, and offsets must agree with it.
    const text = await readFile(path.join(folder, 'texts', name), 'utf8')
    const placed = list.map((item): PlacedItem => {
      try {
        return {...item, ...locateQuote(text, item.quote, item.nth)}
      } catch (error) {
        throw new Error(
          name + ': ' + String(error instanceof Error ? error.message : error)
        )
      }
    })
    files.push({name, text, words: countWords(text), items: placed})
  }

  return files
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** A message to score: its rule and offsets (`undefined` without a place). */
export interface GoldMessage {
  ruleId: string
  start: number | undefined
  end: number | undefined
}

export interface GoldTally {
  /** Required items whose first kind is this rule. */
  required: number
  /** Of those, items some message of one of their kinds overlaps. */
  hit: number
  /** Messages of this rule. */
  messages: number
  /** Of those, messages credited to a positive item. */
  credited: number
}

export interface GoldMiss {
  file: string
  /** The item’s first kind. */
  ruleId: string
  kinds: Array<string>
  start: number
  end: number
  text: string
}

export interface GoldFalseAlarm {
  file: string
  ruleId: string
  start: number | undefined
  end: number | undefined
  text: string
  /** Whether it overlaps a negative item (else it overlaps no positive item of its rule). */
  forbidden: boolean
}

export interface GoldFileScore {
  file: string
  words: number
  tallies: Map<string, GoldTally>
  misses: Array<GoldMiss>
  falseAlarms: Array<GoldFalseAlarm>
}

/**
 * Score the messages on one file against its items.  Messages of rules not
 * in `ruleIds` are ignored (the gold labels only those rules).
 */
export function scoreGoldFile(
  file: GoldFile,
  messages: ReadonlyArray<GoldMessage>,
  ruleIds: ReadonlyArray<string>
): GoldFileScore {
  const tallies = new Map<string, GoldTally>()
  const misses: Array<GoldMiss> = []
  const falseAlarms: Array<GoldFalseAlarm> = []
  // A point (or an empty range) covers one character, as in the reference.
  const placed = messages
    .filter((d) => ruleIds.includes(d.ruleId))
    .map((d) => ({
      ...d,
      range:
        d.start === undefined
          ? undefined
          : {start: d.start, end: Math.max(d.end ?? d.start, d.start + 1)}
    }))

  for (const item of file.items) {
    if (item.negative !== false || !item.required) continue
    // Every kind of a required item gets a row, even one with no recall.
    for (const kind of item.kinds) tally(kind)
    const [primary = ''] = item.kinds
    const row = tally(primary)
    row.required++
    const hit = placed.some(
      (d) => d.range && item.kinds.includes(d.ruleId) && overlaps(d.range, item)
    )
    if (hit) {
      row.hit++
    } else {
      misses.push({
        file: file.name,
        ruleId: primary,
        kinds: item.kinds,
        start: item.start,
        end: item.end,
        text: item.quote
      })
    }
  }

  for (const message of placed) {
    const row = tally(message.ruleId)
    row.messages++
    const range = message.range
    const credited =
      range !== undefined &&
      file.items.some(
        (item) =>
          item.negative === false &&
          item.kinds.includes(message.ruleId) &&
          overlaps(range, item)
      )
    const forbidden =
      range !== undefined &&
      file.items.some(
        (item) =>
          (item.negative === true ||
            (Array.isArray(item.negative) &&
              item.negative.includes(message.ruleId))) &&
          overlaps(range, item)
      )
    if (credited && !forbidden) {
      row.credited++
    } else {
      falseAlarms.push({
        file: file.name,
        ruleId: message.ruleId,
        start: range?.start,
        end: range?.end,
        text: range ? file.text.slice(range.start, range.end) : '',
        forbidden
      })
    }
  }

  return {file: file.name, words: file.words, tallies, misses, falseAlarms}

  function tally(ruleId: string): GoldTally {
    let row = tallies.get(ruleId)
    if (!row) {
      row = {required: 0, hit: 0, messages: 0, credited: 0}
      tallies.set(ruleId, row)
    }

    return row
  }
}

export interface GoldRow extends GoldTally {
  ruleId: string
  /** `hit / required`; `null` with no required items. */
  recall: number | null
  /** `credited / messages`; `null` with no messages. */
  precision: number | null
}

export interface GoldSummary {
  files: number
  words: number
  /** The rules in `ruleIds` order, then any other rule the gold or messages name. */
  rules: Array<GoldRow>
  total: GoldRow
  messagesPerThousandWords: number | null
  falseAlarmsPerThousandWords: number | null
}

/** Add up file scores: per rule and over all rules. */
export function summariseGold(
  scores: ReadonlyArray<GoldFileScore>,
  ruleIds: ReadonlyArray<string>
): GoldSummary {
  const sums = new Map<string, GoldTally>()
  for (const id of ruleIds) sums.set(id, emptyTally())
  const others = new Set<string>()
  let words = 0

  for (const score of scores) {
    words += score.words
    for (const [id, value] of score.tallies) {
      if (!ruleIds.includes(id)) others.add(id)
      const sum = sums.get(id) ?? emptyTally()
      sum.required += value.required
      sum.hit += value.hit
      sum.messages += value.messages
      sum.credited += value.credited
      sums.set(id, sum)
    }
  }

  const order = [...ruleIds, ...[...others].sort()]
  const rules = order.map((id) => row(id, sums.get(id) ?? emptyTally()))
  const total = emptyTally()
  for (const value of rules) {
    total.required += value.required
    total.hit += value.hit
    total.messages += value.messages
    total.credited += value.credited
  }

  const thousands = words / 1000
  return {
    files: scores.length,
    words,
    rules,
    total: row('all rules', total),
    messagesPerThousandWords: words === 0 ? null : total.messages / thousands,
    falseAlarmsPerThousandWords:
      words === 0 ? null : (total.messages - total.credited) / thousands
  }

  function row(ruleId: string, value: GoldTally): GoldRow {
    return {
      ruleId,
      ...value,
      recall: value.required === 0 ? null : value.hit / value.required,
      precision: value.messages === 0 ? null : value.credited / value.messages
    }
  }
}

function emptyTally(): GoldTally {
  return {required: 0, hit: 0, messages: 0, credited: 0}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
