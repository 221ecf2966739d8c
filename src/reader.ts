/**
 * The text as a reader sees it.
 *
 * From Markdown or HTML the words of a sentence are not one stretch of the
 * source: markup (`**`, `<em>`), character references (`&amp;`) and escapes
 * (`\&`) sit between and inside them.  The analysis slices the text it is
 * given at the offsets of the tree, so given the source it would quote the
 * markup.  Instead it is given the reader’s text — the words and spaces of
 * the tree, end to end — with the tree’s sentences and tokens placed in that
 * text while it runs; offsets it reports are mapped back to the source
 * afterwards, and the tree gets its own positions back.
 *
 * For plain text the reader’s text is the source: nothing is moved.
 *
 * No Node.js built-ins: this module runs in browsers too.
 */
import type {Root} from 'nlcst'
import type {Node, Parent, Position} from 'unist'

export interface ReaderView {
  /** The reader’s text. */
  value: string
  /** Source offset of an offset in the reader’s text. */
  toSource(offset: number, side: 'end' | 'start'): number
  /** Give the tree its source positions back. */
  restore(): void
}

/**
 * Place the sentences of `tree` and their tokens in the reader’s text, when
 * that differs from `source`; `undefined` when it does not.
 */
export function readerView(tree: Root, source: string): ReaderView | undefined {
  if (sameText(tree as Node, source)) return undefined

  const parts: Array<string> = []
  const moved: Array<[Node, Position | undefined]> = []
  // Reader offsets of token boundaries and their source offsets, in order.
  const readerStarts: Array<number> = []
  const sourceStarts: Array<number> = []
  const readerEnds: Array<number> = []
  const sourceEnds: Array<number> = []
  let offset = 0

  walk(tree as Node, false)

  return {
    value: parts.join(''),
    toSource(at, side) {
      return side === 'start'
        ? find(readerStarts, sourceStarts, at)
        : find(readerEnds, sourceEnds, at)
    },
    restore() {
      for (const [node, position] of moved) node.position = position
      moved.length = 0
    }
  }

  /**
   * Append the text of `node` to the reader’s text; place it there when it
   * is a sentence or a token of one (what the analysis reads).
   */
  function walk(node: Node, place: boolean): void {
    const start = offset
    const sentence = node.type === 'SentenceNode'
    const position = place || sentence ? node.position : undefined
    const from = position?.start.offset
    const to = position?.end.offset
    const placed = typeof from === 'number' && typeof to === 'number'

    // Starts in document order, ends once the node’s text is read: both
    // lists stay sorted.
    if (placed) {
      readerStarts.push(start)
      sourceStarts.push(from)
    }

    if ('value' in node && typeof node.value === 'string') {
      parts.push(node.value)
      offset += node.value.length
    } else if ('children' in node) {
      for (const child of (node as Parent).children) walk(child, sentence)
    }

    if (!placed) return
    moved.push([node, position])
    node.position = {
      start: {line: 1, column: start + 1, offset: start},
      end: {line: 1, column: offset + 1, offset}
    }
    readerEnds.push(offset)
    sourceEnds.push(to)
  }
}

/**
 * Whether every token of the tree sits in `source` where it would in the
 * reader’s text, so the two read the same.
 */
function sameText(tree: Node, source: string): boolean {
  // From where the first token is (a section of a long document starts
  // later than 0).
  let offset = -1
  return check(tree) && offset <= source.length

  function check(node: Node): boolean {
    if ('children' in node) {
      for (const child of (node as Parent).children) {
        if (!check(child)) return false
      }

      return true
    }

    if (offset === -1) offset = node.position?.start.offset ?? -1
    if (node.position?.start.offset !== offset) return false
    offset += 'value' in node && typeof node.value === 'string' ? node.value.length : 0
    return node.position.end.offset === offset
  }
}

/**
 * Source offset of reader offset `at` from parallel lists sorted by reader
 * offset: the exact boundary when there is one, else counted from the
 * nearest one before it.
 */
function find(readers: Array<number>, sources: Array<number>, at: number): number {
  let low = 0
  let high = readers.length - 1
  let best = -1

  while (low <= high) {
    const middle = (low + high) >> 1
    if (readers[middle]! <= at) {
      best = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }

  return best === -1 ? at : sources[best]! + (at - readers[best]!)
}
