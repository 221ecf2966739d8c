/**
 * Reading FactAppeal (Mor-Lan, Sheafer & Shenhav, arXiv:2510.10627, CC BY
 * 4.0): each record has the raw `sentence` and an `annotation` with
 * XML-style tags such as `<Fact_Appeal:Indirect_Quote>…</Fact_Appeal:…>`
 * and `<Source:Named:Expert>…</Source:Named:Expert>`.  Tags are parsed with
 * a stack (they nest), stripped, and the stripped text is aligned to the
 * sentence so tag spans become sentence offsets.
 */
import {readFile} from 'node:fs/promises'
import {parseCsvRecords} from './csv.js'

export interface Tag {
  /** Tag name without modifiers: `Source`, `Fact_Appeal`, … */
  name: string
  /** Modifiers after the name: `['Named', 'Expert']`. */
  modifiers: Array<string>
  /** Offsets into the sentence. */
  start: number
  end: number
  text: string
}

export interface Example {
  /** 0-based record index in the split. */
  index: number
  sentence: string
  tags: Array<Tag>
  /**
   * Whether tag offsets could be aligned to the sentence; when not, `tags`
   * is empty.
   */
  aligned: boolean
}

// Only the dataset’s own tag names count as tags, so a literal `<` in a
// sentence is left alone.
const tagNames = [
  'Fact_Appeal',
  'Fact_No_Appeal',
  'Source',
  'Source_Attribute',
  'Recipient',
  'Appeal_Time',
  'Appeal_Location'
]
const tagPattern = new RegExp(
  '<(/?)(' + tagNames.join('|') + ')((?::[A-Za-z_]+)*)>',
  'g'
)

export interface StrippedAnnotation {
  text: string
  /** Tag spans as offsets into `text`. */
  tags: Array<Omit<Tag, 'text'>>
  /** Tags opened and never closed, or closed and never opened. */
  unbalanced: number
}

/** Strip the tags from an annotation, keeping where each tag spanned. */
export function stripAnnotation(annotation: string): StrippedAnnotation {
  const tags: Array<Omit<Tag, 'text'>> = []
  const stack: Array<{name: string; modifiers: Array<string>; start: number}> =
    []
  let text = ''
  let last = 0
  let unbalanced = 0

  for (const match of annotation.matchAll(tagPattern)) {
    text += annotation.slice(last, match.index)
    last = match.index + match[0].length
    const closing = match[1] === '/'
    const name = match[2] ?? ''
    const modifiers = (match[3] ?? '').split(':').filter(Boolean)

    if (!closing) {
      stack.push({name, modifiers, start: text.length})
      continue
    }

    // Close the innermost open tag of that name.
    let at = stack.length - 1
    while (at >= 0 && stack[at]?.name !== name) at--
    if (at === -1) {
      unbalanced++
      continue
    }

    const [opened] = stack.splice(at, 1)
    if (opened) {
      tags.push({
        name: opened.name,
        modifiers: opened.modifiers,
        start: opened.start,
        end: text.length
      })
    }
  }

  text += annotation.slice(last)
  unbalanced += stack.length
  tags.sort((a, b) => a.start - b.start || b.end - a.end)
  return {text, tags, unbalanced}
}

/**
 * Map offsets in `stripped` onto `sentence`.  They are usually identical;
 * otherwise the two are aligned ignoring whitespace differences.  Returns
 * `undefined` when they differ in more than whitespace.
 */
export function alignOffsets(
  stripped: string,
  sentence: string
): ((offset: number) => number) | undefined {
  if (stripped === sentence) return (offset) => offset

  const shift = sentence.indexOf(stripped)
  if (shift !== -1) return (offset) => offset + shift

  // Walk both, skipping whitespace on either side.
  const map: Array<number> = []
  let s = 0
  for (let index = 0; index < stripped.length; index++) {
    const char = stripped[index] ?? ''
    if (/\s/.test(char)) {
      map.push(s)
      continue
    }

    while (s < sentence.length && /\s/.test(sentence[s] ?? '')) s++
    if (sentence[s] !== char) return undefined
    map.push(s)
    s++
  }

  map.push(s)
  return (offset) => map[offset] ?? sentence.length
}

/** Turn CSV records into examples with aligned tags. */
export function toExamples(
  records: ReadonlyArray<Record<string, string>>
): Array<Example> {
  return records.map((record, index) => {
    const sentence = record.sentence ?? ''
    const stripped = stripAnnotation(record.annotation ?? '')
    const align = alignOffsets(stripped.text, sentence)

    if (!align) return {index, sentence, tags: [], aligned: false}

    return {
      index,
      sentence,
      aligned: true,
      tags: stripped.tags.map((tag) => {
        const start = align(tag.start)
        const end = Math.max(start, align(tag.end))
        return {...tag, start, end, text: sentence.slice(start, end)}
      })
    }
  })
}

/** Read a split (`train.csv`, `val.csv`) from `file`. */
export async function loadSplit(file: string): Promise<Array<Example>> {
  const records = parseCsvRecords(await readFile(file, 'utf8'))
  for (const column of ['sentence', 'annotation']) {
    if (records.length > 0 && !(column in (records[0] ?? {}))) {
      throw new Error(
        'FactAppeal: `' + file + '` has no `' + column + '` column'
      )
    }
  }

  return toExamples(records)
}

/** Unnamed source types that stand for people (not documents or footage). */
export const personSourceTypes = new Set([
  'Official',
  'Expert',
  'Witness',
  'Active_Participant',
  'null'
])

// Personal and possessive pronouns standing alone as a source.
const pronouns = new Set([
  'i',
  'me',
  'my',
  'we',
  'us',
  'our',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'hers',
  'it',
  'its',
  'they',
  'them',
  'their'
])

/** Whether a source span is just a pronoun (“he”, “She”, “they,”). */
export function isBarePronoun(text: string): boolean {
  const word = text
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()
  return pronouns.has(word)
}

export type SentenceLabel = 'appeal' | 'no-appeal' | 'unlabelled'

/**
 * `appeal` when the sentence has a `Fact_Appeal` tag, `no-appeal` when it has
 * only `Fact_No_Appeal`, `unlabelled` when it has neither.
 */
export function sentenceLabel(example: Example): SentenceLabel {
  if (example.tags.some((tag) => tag.name === 'Fact_Appeal')) return 'appeal'
  if (example.tags.some((tag) => tag.name === 'Fact_No_Appeal')) {
    return 'no-appeal'
  }

  return 'unlabelled'
}
