/**
 * Control comments in plain text.
 *
 * Markdown, MDX and HTML have comments; plain text does not, so a plain-text
 * file takes the Markdown form on a line of its own:
 *
 *     <!-- retext-attribution ignore anonymous-source -->
 *     The plan was shelved, a senior official said.
 *
 * `ignore` applies to the next paragraph (up to a blank line); `disable`
 * and `enable` to the rest of the file or up to the matching `enable`, with
 * or without rule ids, exactly as remark-message-control applies them in
 * Markdown (the same engine, unified-message-control, runs over a tree of
 * the text’s marker lines and paragraphs).  A marker anywhere else in a line
 * is prose, as it would be to a reader.
 */
import type {Node, Parent, Point} from 'unist'
import type {VFile} from 'vfile'
import {commentMarker} from 'mdast-comment-marker'
import {messageControl} from 'unified-message-control'

const markerLine = /^[ \t]*(<!--[\s\S]*?-->)[ \t]*$/
const markerLines = /^[ \t]*<!--[^\r\n]*?-->[ \t]*$/gm

/**
 * The text with its control comment lines blanked out (spaces, so every
 * offset stays): their words are no prose, and the line parts paragraphs
 * as a blank line does.
 */
export function blankMarkers(value: string): string {
  if (!value.includes('<!--')) return value
  return value.replace(markerLines, function (line) {
    return commentMarker(html(line.trim(), {line: 1, column: 1}, {line: 1, column: 1}))
      ? ' '.repeat(line.length)
      : line
  })
}

interface Options {
  name: string
  source: string
  known: Array<string>
}

/** Apply the control comments of a plain-text `file` to its messages. */
export function textControl(file: VFile, options: Options): void {
  const value = String(file)
  // Most files have none: no work for them.
  if (!value.includes('<!--')) return

  const children: Array<Node> = []
  let line = 1
  let offset = 0
  let paragraph: {start: Point; end: Point} | undefined

  for (const text of value.split(/\r?\n|\r/)) {
    const start: Point = {line, column: 1, offset}
    const end: Point = {line, column: text.length + 1, offset: offset + text.length}
    const marker = markerLine.exec(text)

    if (marker && commentMarker(html(marker[1]!, start, end))) {
      close()
      children.push(html(marker[1]!, start, end))
    } else if (/^[ \t]*$/.test(text)) {
      close()
    } else if (paragraph) {
      paragraph.end = end
    } else {
      paragraph = {start, end}
    }

    offset += text.length + (value.charAt(offset + text.length) === '\r' && value.charAt(offset + text.length + 1) === '\n' ? 2 : 1)
    line++
  }

  close()
  if (!children.some((d) => d.type === 'html')) return

  const tree: Parent = {
    type: 'root',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: children.at(-1)!.position!.end
    }
  }

  messageControl(tree as never, {
    file,
    name: options.name,
    source: options.source,
    known: options.known,
    marker: (node: Node) =>
      node.type === 'html' ? commentMarker(node as never) : undefined,
    test: 'html'
  } as never)

  function close() {
    if (paragraph) {
      children.push({type: 'paragraph', position: paragraph} as Node)
      paragraph = undefined
    }
  }
}

function html(value: string, start: Point, end: Point): Node {
  return {type: 'html', value, position: {start, end}} as Node
}
