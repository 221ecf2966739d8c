/**
 * Cut a long text into article-sized documents, for `npm run bench`: what
 * an editor or the CLI checks is one article at a time, not one 100,000-word
 * file, and retext-english’s parse grows faster than the length of its
 * input, so the two give different cost ratios.
 */
import {countWords} from './news-corpus.js'

export interface SplitArticlesOptions {
  /** Words per document to aim for; default `700`. */
  words?: number
}

/**
 * Cut `value` (paragraphs separated by blank lines, as `newsCorpus` makes
 * it) into documents of about `words` words each.  Cuts fall only between
 * paragraphs: a document is whole paragraphs, in order, joined by a blank
 * line and ending in a line feed.  A document is closed at whichever
 * paragraph boundary lies nearest the target; a last document shorter than
 * half the target joins the one before it.  Every paragraph, and so every
 * word, lands in exactly one document.
 */
export function splitArticles(
  value: string,
  options: SplitArticlesOptions = {}
): Array<string> {
  const target = options.words ?? 700

  if (!Number.isFinite(target) || target < 1) {
    throw new Error('splitArticles: expected `words` to be a positive number, not `' + target + '`')
  }

  const paragraphs = value
    .split(/\n[ \t]*\n/)
    .map((d) => d.trim())
    .filter((d) => d !== '')
  const groups: Array<{paragraphs: Array<string>; words: number}> = []
  let current: Array<string> = []
  let size = 0

  for (const paragraph of paragraphs) {
    const count = countWords(paragraph)
    // Close the document here when that leaves it nearer the target than
    // taking this paragraph in would.
    if (current.length > 0 && Math.abs(size - target) <= Math.abs(size + count - target)) {
      groups.push({paragraphs: current, words: size})
      current = []
      size = 0
    }

    current.push(paragraph)
    size += count
  }

  if (current.length > 0) {
    const previous = groups.at(-1)
    if (previous && size < target / 2) {
      previous.paragraphs.push(...current)
      previous.words += size
    } else {
      groups.push({paragraphs: current, words: size})
    }
  }

  return groups.map((d) => d.paragraphs.join('\n\n') + '\n')
}
