/**
 * Flatten an nlcst tree into paragraphs of sentences of tokens, once, with
 * what every later step needs: offsets, normalised words, capitalisation,
 * and whether a token stands inside a direct quotation.
 */
import type {Paragraph, Root, Sentence as SentenceNode} from 'nlcst'
import type {Node, Parent, Point} from 'unist'

export interface Token {
  /** Text as written. */
  text: string
  /** Lower case, apostrophes unified, numbers as `#` / `#scale`. */
  norm: string
  start: number
  end: number
  kind: 'punctuation' | 'symbol' | 'word'
  /** Starts with an upper-case letter. */
  cap: boolean
  /** Inside a direct quotation (quote marks included). */
  quoted: boolean
  /** Index in `Sentence.tokens`. */
  index: number
}

export interface Sentence {
  /** The whole document, for slicing spans out of it. */
  value: string
  /** Index in document order. */
  index: number
  paragraph: number
  start: number
  end: number
  /** Words, symbols and punctuation; no white space. */
  tokens: Array<Token>
  /**
   * Normalised words for pattern matching, contractions split (“wasn’t” →
   * `was`, `not`), with currency signs and `%` kept as words.
   */
  words: Array<string>
  /** For each entry of `words`, the token it comes from. */
  wordTokens: Array<Token>
  node: SentenceNode
  ancestors: Array<Parent>
  /** Position points of the sentence, for messages. */
  startPoint: Point
  endPoint: Point
}

const quoteOpen = new Set(['“', '«', '„', '‹'])
const quoteClose = new Set(['”', '»', '›'])
const matchSymbols = new Set(['$', '£', '€', '¥', '₹', '%'])
const contractions = new Map([
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["cannot", ['can', 'not']]
])
const pronounContractions = new Set(['it', 'he', 'she', 'that', 'there', 'who', 'what'])
const numberLike = /^\d[\d.,]*$/
const scaled = /^\d[\d.,]*(?:k|m|mn|bn|tn|million|billion|trillion)$/

/**
 * Collect sentences, grouped by paragraph index, in document order.
 */
export function collectSentences(tree: Root, value: string): Array<Sentence> {
  const sentences: Array<Sentence> = []
  let paragraph = -1
  let quoteParagraph = -1
  let quoted = {open: false}

  walk(tree, [])

  return sentences

  function walk(node: Node, ancestors: Array<Parent>): void {
    if (node.type === 'SentenceNode') {
      // A sentence outside any paragraph is its own paragraph.
      const parent = ancestors.at(-1)
      if (!parent || parent.type !== 'ParagraphNode') paragraph++
      // Quotes are tracked per paragraph: news quotes run over sentences.
      if (paragraph !== quoteParagraph) {
        quoteParagraph = paragraph
        quoted = {open: false}
      }

      const sentence = toSentence(
        node as SentenceNode,
        ancestors,
        value,
        sentences.length,
        paragraph,
        quoted
      )
      if (sentence) sentences.push(sentence)
      return
    }

    if (node.type === 'ParagraphNode') paragraph++

    if ('children' in node && Array.isArray((node as Parent).children)) {
      const next = [...ancestors, node as Parent]
      for (const child of (node as Parent).children) walk(child, next)
    }
  }
}

function toSentence(
  node: SentenceNode,
  ancestors: Array<Parent>,
  value: string,
  index: number,
  paragraph: number,
  quoted: {open: boolean}
): Sentence | undefined {
  const start = node.position?.start
  const end = node.position?.end
  if (
    !start ||
    !end ||
    typeof start.offset !== 'number' ||
    typeof end.offset !== 'number'
  ) {
    return undefined
  }

  const tokens: Array<Token> = []
  const words: Array<string> = []
  const wordTokens: Array<Token> = []
  const children = node.children

  for (let position = 0; position < children.length; position++) {
    const child = children[position]!
    if (child.type === 'WhiteSpaceNode') continue
    const from = child.position?.start.offset
    const to = child.position?.end.offset
    if (typeof from !== 'number' || typeof to !== 'number') continue
    // Reuse the tree’s own strings where a node holds one.
    const text =
      'value' in child
        ? child.value
        : child.children.length === 1 && child.children[0]!.type === 'TextNode'
          ? child.children[0]!.value
          : value.slice(from, to)

    if (child.type === 'WordNode') {
      const norm = normalise(text)
      const token: Token = {
        text,
        norm,
        start: from,
        end: to,
        kind: 'word',
        cap: isUpper(text),
        quoted: quoted.open,
        index: tokens.length
      }
      tokens.push(token)

      // Most words are no contraction: skip the split for them.
      if (norm.includes("'") || norm === 'cannot') {
        for (const part of split(norm)) {
          words.push(part)
          wordTokens.push(token)
        }
      } else {
        words.push(norm)
        wordTokens.push(token)
      }

      continue
    }

    const kind = child.type === 'SymbolNode' ? 'symbol' : 'punctuation'
    let isQuote = false

    if (quoteOpen.has(text)) {
      quoted.open = true
      isQuote = true
    } else if (quoteClose.has(text)) {
      isQuote = true
    } else if (text === '"') {
      // Straight quotes open after a space and close before one, so a
      // quote nested in a quote does not flip the state.
      isQuote = true
      const previous = tokens.at(-1)
      const opening = !previous || previous.end < from || quoteOpen.has(previous.text)
      quoted.open = opening
    } else if (text === '‘' && children[position + 1]?.type === 'WordNode') {
      quoted.open = true
      isQuote = true
    }

    const token: Token = {
      text,
      norm: text,
      start: from,
      end: to,
      kind,
      cap: false,
      quoted: quoted.open || isQuote,
      index: tokens.length
    }
    tokens.push(token)

    if (quoteClose.has(text) || (text === '’' && quoted.open)) {
      quoted.open = false
    }

    if (matchSymbols.has(text)) {
      words.push(text)
      wordTokens.push(token)
    }
  }

  return {
    value,
    index,
    paragraph,
    start: start.offset,
    end: end.offset,
    tokens,
    words,
    wordTokens,
    node,
    ancestors,
    startPoint: start,
    endPoint: end
  }
}

function isUpper(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  const first = text.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Lower case, one apostrophe, numbers as classes. */
export function normalise(text: string): string {
  let norm = text.toLowerCase()
  if (norm.includes('\u2019') || norm.includes('\u2018') || norm.includes('\u02BC') || norm.includes('`')) {
    norm = norm.replace(/[\u2018\u2019\u02BC`]/g, "'")
  }

  const first = norm.charCodeAt(0)
  if (first >= 48 && first <= 57 && norm.length < 40) {
    if (numberLike.test(norm)) return '#'
    if (scaled.test(norm)) return '#scale'
  }

  return norm
}

/** Split contractions into words: “wasn’t” → `was not`, “it’s” → `it 's`. */
function split(norm: string): Array<string> {
  const known = contractions.get(norm)
  if (known) return known

  if (norm.length > 3 && norm.endsWith("n't")) {
    return [norm.slice(0, -3), 'not']
  }

  const apostrophe = norm.indexOf("'")
  if (apostrophe > 0) {
    const head = norm.slice(0, apostrophe)
    const tail = norm.slice(apostrophe)
    if (
      (tail === "'s" && pronounContractions.has(head)) ||
      tail === "'re" ||
      tail === "'ve" ||
      tail === "'ll" ||
      tail === "'d" ||
      tail === "'m"
    ) {
      return [head, tail]
    }
  }

  return [norm]
}
