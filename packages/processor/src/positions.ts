/**
 * Exact positions for the natural-language tree built from Markdown, MDX
 * and HTML.
 *
 * `mdast-util-to-nlcst` and `hast-util-to-nlcst` tokenise the *decoded* value
 * of each text node and place the tokens by adding decoded lengths to the
 * node’s start offset.  Wherever the source is longer than what it decodes to
 * — a character reference (`&amp;`), a Markdown escape (`\&`), a
 * block-quote marker or indent stripped from a continuation line, a CRLF
 * that HTML reads as LF — every later token of that node lands to the left
 * of its word.  This module maps each token back onto the source: it decodes
 * the source of each text node itself, keeping where every decoded character
 * came from, aligns that with the node’s value, and moves the tokens (and
 * then their parents) to where they really are.
 *
 * No Node.js built-ins: this module runs in browsers too.
 */
import type {Nodes as HastNodes, Root as HastRoot} from 'hast'
import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Parent, Point, Position} from 'unist'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import {parseEntities} from 'parse-entities'
import {location} from 'vfile-location'

type Syntax = 'html' | 'markdown'

/** Where the tokens of one source text node came from. */
interface Region {
  /** Source offset where the bridge started placing the node’s tokens. */
  start: number
  /** Source offset where the node ends. */
  end: number
  /** Decoded value the bridge tokenised. */
  value: string
  /**
   * Whether the tokens stand for the whole element (`<br>`, `<code>`):
   * their start is its start and their end its end.
   */
  atomic: boolean
  /**
   * Source offset (relative to `start`) of each decoded offset, `0` to
   * `value.length`; `undefined` when value and source are the same.
   */
  map?: {starts: Int32Array; ends: Int32Array} | undefined
  mapped?: boolean
}

/**
 * Move the tokens of `nlcst`, built from `tree` (mdast or hast) by the
 * to-nlcst bridge, to their exact places in `document`.
 */
export function exactPositions(
  nlcst: NlcstRoot,
  tree: HastRoot | MdastRoot,
  document: string,
  syntax: Syntax
): void {
  const regions: Array<Region> = []
  collect(tree as HastNodes | MdastNodes)
  if (regions.length === 0) return

  const place = location(document)
  let changed = false
  let cursor = 0

  fix(nlcst as unknown as Node)

  /** Gather the text the bridge read, in document order. */
  function collect(node: HastNodes | MdastNodes): void {
    const position = node.position
    const start = position?.start.offset
    const end = position?.end.offset
    const bounded = typeof start === 'number' && typeof end === 'number'

    if (node.type === 'text') {
      if (bounded) add(start, end, node.value, false)
      return
    }

    if (syntax === 'markdown') {
      if (node.type === 'inlineCode') {
        // The bridge keeps the source, backticks and all; a reader sees the
        // code.
        if (bounded) add(start, end, node.value, true)
        return
      }

      if (node.type === 'break') {
        if (bounded) add(start, end, '\n', true)
        return
      }

      if ((node.type === 'image' || node.type === 'imageReference') && node.alt) {
        // The bridge places the alt text after `![`.
        if (bounded) add(start + 2, end, node.alt, false)
        return
      }
    } else if (node.type === 'element') {
      const name = node.tagName
      if (name === 'br' || name === 'wbr' || name === 'code') {
        if (bounded) add(start, end, '', true)
        return
      }
    }

    if ('children' in node) {
      for (const child of node.children) collect(child as HastNodes | MdastNodes)
    }
  }

  function add(start: number, end: number, value: string, atomic: boolean) {
    const last = regions.at(-1)
    // Only in document order (the bridge walks the tree the same way).
    if (last && start < last.end) return
    regions.push({start, end, value, atomic})
  }

  /** Region whose tokens may have been placed at `offset`. */
  function regionAt(offset: number): Region | undefined {
    // Tokens come in document order: start from the last region found.
    if (cursor >= regions.length || regions[cursor]!.start > offset) {
      let low = 0
      let high = regions.length - 1
      cursor = 0
      while (low <= high) {
        const middle = (low + high) >> 1
        if (regions[middle]!.start <= offset) {
          cursor = middle
          low = middle + 1
        } else {
          high = middle - 1
        }
      }
    }

    while (cursor + 1 < regions.length && regions[cursor + 1]!.start <= offset) {
      cursor++
    }

    const region = regions[cursor]!
    return region.start <= offset && offset <= region.start + Math.max(region.value.length, region.atomic ? 1 : 0)
      ? region
      : undefined
  }

  function fix(node: Node): void {
    if ('children' in node) {
      const children = (node as Parent).children
      for (const child of children) fix(child)
      if (!changed || node.type === 'RootNode' || children.length === 0) return
      const first = children[0]!.position
      const last = children.at(-1)!.position
      if (first && last) node.position = {start: first.start, end: last.end}
      return
    }

    const position = node.position
    const from = position?.start.offset
    const to = position?.end.offset
    if (typeof from !== 'number' || typeof to !== 'number') return
    const region = regionAt(from)
    if (!region) return
    if (region.atomic && node.type === 'SourceNode' && region.value && 'value' in node) {
      node.value = region.value
    }

    const start = region.start + sourceOffset(region, from - region.start, 'start')
    const end =
      to - region.start <= region.value.length || region.atomic
        ? region.start + sourceOffset(region, to - region.start, 'end')
        : to
    if (start === from && end === to) return
    const startPoint = place.toPoint(start)
    const endPoint = place.toPoint(end)
    if (!startPoint || !endPoint) return
    node.position = {start: startPoint, end: endPoint} satisfies Position
    changed = true
  }

  /** Source offset (from the region start) of a decoded offset. */
  function sourceOffset(region: Region, offset: number, side: 'end' | 'start'): number {
    const length = region.value.length

    if (region.atomic) {
      return side === 'start' && offset < Math.max(length, 1) ? 0 : region.end - region.start
    }

    if (!region.mapped) {
      region.mapped = true
      const source = document.slice(region.start, region.end)
      if (source !== region.value) {
        region.map = align(decode(source, syntax), region.value, source.length)
      }
    }

    const map = region.map
    if (!map) return offset
    const at = Math.min(offset, length)
    // A token starts where its first character starts and ends where its
    // last one ends: what the value lacks between tokens stays between them.
    return side === 'start' && at < length ? map.starts[at]! : at === 0 ? map.starts[0]! : map.ends[at]!
  }
}

/** Decoded text and, for each decoded character, its source offset. */
interface Decoded {
  text: string
  /** Source offset of each character of `text`, then the source length. */
  from: Array<number>
}

/**
 * Decode character references (and, in Markdown, backslash escapes) of a
 * source slice, keeping where each decoded character came from.  In HTML a
 * CR or CRLF is read as LF.
 */
function decode(source: string, syntax: Syntax): Decoded {
  let text = ''
  const from: Array<number> = []
  let last = 0

  if (syntax === 'html') {
    parseEntities(source, {
      reference(value, position) {
        const start = position.start.offset ?? 0
        reference(start, position.end.offset ?? start, value)
      }
    })
  } else {
    const pattern =
      /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));|\\([!-/:-@[-`{-~])/g
    let match: RegExpExecArray | null

    while ((match = pattern.exec(source))) {
      const value = match[1]
        ? decodeNumericCharacterReference(match[1], 10)
        : match[2]
          ? decodeNumericCharacterReference(match[2], 16)
          : match[3]
            ? decodeNamedCharacterReference(match[3])
            : match[4]!
      if (value === false) {
        // Not a known name: `&` is literal, and so is the rest.
        pattern.lastIndex = match.index + 1
        continue
      }

      reference(match.index, match.index + match[0].length, value)
    }
  }

  literal(last, source.length)
  from.push(source.length)
  return {text, from}

  function reference(start: number, end: number, value: string) {
    literal(last, start)
    for (let index = 0; index < value.length; index++) from.push(start)
    text += value
    last = end
  }

  function literal(start: number, end: number) {
    for (let index = start; index < end; index++) {
      from.push(index)

      if (syntax === 'html' && source.charCodeAt(index) === 13 /* `\r` */) {
        text += '\n'
        if (source.charCodeAt(index + 1) === 10) index++
      } else {
        text += source.charAt(index)
      }
    }
  }
}

/**
 * Align the decoded source with the value the bridge tokenised: characters
 * the value lacks (block-quote markers and indents of continuation lines,
 * spaces before a line ending) are skipped.  Gives, for each character of
 * `value`, the source offset where it starts and (at the next index) the
 * one where it ends.
 */
function align(
  decoded: Decoded,
  value: string,
  sourceLength: number
): {starts: Int32Array; ends: Int32Array} {
  const starts = new Int32Array(value.length + 1)
  const ends = new Int32Array(value.length + 1)
  const {text, from} = decoded
  let at = 0

  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    // What the value lacks is short (a quote marker and an indent): look
    // only so far ahead, so a mismatch cannot make this quadratic.
    const limit = Math.min(text.length, at + 256)
    let found = at
    while (found < limit && text.charCodeAt(found) !== code) found++

    if (found < limit) {
      starts[index] = from[found]!
      // Characters decoded from one reference share its source.
      let next = found + 1
      while (next < text.length && from[next] === from[found]) next++
      ends[index + 1] = from[next]!
      at = found + 1
    } else {
      // Nothing left to match: keep the rest where the last one ended.
      const here = index === 0 ? from[Math.min(at, text.length)]! : ends[index]!
      starts[index] = here
      ends[index + 1] = here
    }
  }

  starts[value.length] = value.length === 0 ? sourceLength : ends[value.length]!
  ends[0] = starts[0]!
  return {starts, ends}
}

/**
 * micromark drops a byte order mark before parsing, so every offset of an
 * mdast tree of a document that starts with one is one short: put it back.
 */
export function shiftForByteOrderMark(tree: MdastRoot): void {
  visit(tree as unknown as Node)

  function visit(node: Node) {
    const position = node.position
    if (position) {
      node.position = {start: shift(position.start), end: shift(position.end)}
    }

    if ('children' in node) {
      for (const child of (node as Parent).children) visit(child)
    }
  }

  function shift(point: Point): Point {
    return {
      line: point.line,
      column: point.line === 1 ? point.column + 1 : point.column,
      offset: typeof point.offset === 'number' ? point.offset + 1 : point.offset
    }
  }
}
