/**
 * A format-aware unified processor for `retext-attribution`: one processor
 * that checks plain text, Markdown, MDX and HTML files, choosing the parser
 * per file from its extension (or an explicit `format`).
 *
 * unified-engine (the CLI) and unified-language-server (editors) run one
 * processor over many files, so unlike alex (one format per invocation) the
 * parser here dispatches on the file, and the transformer applies the matching
 * bridge to retext: mdast → nlcst as `mdast-util-to-nlcst` does, hast → nlcst
 * with `rehype-retext`, both with the English parser (their bridge mode would
 * use `parse-latin`, which splits “Sen. Ortiz said” into two sentences), and
 * both, like plain text, in time linear in the size of the text
 * (`./parse.ts`).
 *
 * Inline control comments (`<!-- retext-attribution ignore -->`,
 * `disable`/`enable`, optionally followed by rule ids) work in Markdown, MDX
 * (`{/* retext-attribution ignore *\/}`) and HTML, and in plain text on a
 * line of their own (`./text-control.ts`).
 *
 * No Node.js built-ins: this module runs in browsers too.
 */
import type {Element as HastElement, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Parent, Position} from 'unist'
import type {VFile} from 'vfile'
import {commentMarker} from 'mdast-comment-marker'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkMessageControl from 'remark-message-control'
import remarkParse from 'remark-parse'
import retextEnglish from 'retext-english'
import {unified, type Preset, type Processor} from 'unified'
import {messageControl} from 'unified-message-control'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import retextAttribution from 'retext-attribution'
import {
  describe,
  didYouMean,
  isPlainObject,
  list,
  optionKeys,
  resolveOptions,
  type Options
} from 'retext-attribution/options'
import {mdastToNlcst, parseText, splitLongText, windowedParser} from './parse.js'
import {exactPositions, shiftForByteOrderMark} from './positions.js'
import {blankMarkers, textControl} from './text-control.js'
import {ruleIds} from 'retext-attribution'
import type {Attribution} from 'retext-attribution'

// Plain text parsed as this processor parses it, for checkers that parse
// themselves (the language server’s incremental checks of plain text).
export {parseText} from './parse.js'

/** Input formats. */
export type Format = 'html' | 'markdown' | 'mdx' | 'text'

export const formats: ReadonlyArray<Format> = [
  'text',
  'markdown',
  'mdx',
  'html'
]

/**
 * File extensions (without dot) of each format; anything else is plain text.
 * The CLI searches folders for these.
 */
export const formatExtensions: Readonly<Record<Format, ReadonlyArray<string>>> =
  {
    text: ['txt', 'text'],
    markdown: ['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mkdown', 'ron'],
    mdx: ['mdx'],
    html: ['html', 'htm', 'xhtml']
  }

/** Options of the processor: the plugin options plus how to read files. */
export interface ProcessorOptions extends Options {
  /**
   * Parse every file as this format instead of choosing by extension
   * (used for stdin, or for files with unusual extensions).
   */
  format?: Format | null | undefined
  /** Do not check text inside block quotes (Markdown, MDX, HTML). */
  skipBlockquotes?: boolean | null | undefined
}

/**
 * Documents longer than this (in UTF-16 units, about bytes for English) are
 * checked section by section, in sections of about `sectionSize`, cut
 * between paragraphs: memory then grows with the section, not the document.
 */
export const sectionThreshold = 1_048_576
export const sectionSize = 262_144

/** Documents longer than this are refused (a clean error for that file). */
export const maximumSize = 33_554_432

/** Name used in control comments and as message source. */
export const controlName = 'retext-attribution'

declare module 'vfile' {
  interface DataMap {
    /** Format the file was parsed as by the `retext-attribution` processor. */
    attributionFormat: Format
  }
}

/**
 * Format of a file from its path or extension (`'.md'`, `'md'`, or
 * `'notes/a.md'`); plain text when unknown or absent.
 */
export function formatFromPath(path: string | null | undefined): Format {
  if (!path) return 'text'
  const dot = path.lastIndexOf('.')
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  const extension = (
    dot === -1 ? path : dot > slash ? path.slice(dot + 1) : ''
  ).toLowerCase()

  for (const format of formats) {
    if (formatExtensions[format].includes(extension)) return format
  }

  return 'text'
}

/**
 * Split processor options into the reading settings and the plugin options,
 * validating both.
 *
 * @throws {Error} naming the bad key (from the plugin’s own validation).
 */
export function splitOptions(options: ProcessorOptions | null | undefined): {
  format: Format | undefined
  skipBlockquotes: boolean
  plugin: Options
} {
  const value: unknown = options ?? {}

  if (!isPlainObject(value)) {
    throw new TypeError(
      'retext-attribution: expected options to be an object, not `' +
        describe(value) +
        '`'
    )
  }

  const {format, skipBlockquotes, ...plugin} = value as ProcessorOptions

  if (
    format !== null &&
    format !== undefined &&
    !formats.includes(format as Format)
  ) {
    throw new Error(
      'retext-attribution: unknown format `' +
        String(format) +
        '`' +
        didYouMean(format, formats) +
        '; expected one of ' +
        formats.map((d) => '`' + d + '`').join(', ')
    )
  }

  if (
    skipBlockquotes !== null &&
    skipBlockquotes !== undefined &&
    typeof skipBlockquotes !== 'boolean'
  ) {
    throw new TypeError(
      'retext-attribution: expected `skipBlockquotes` to be a boolean, not `' +
        describe(skipBlockquotes) +
        '`'
    )
  }

  // Validate the plugin options now, so errors surface before any file is
  // parsed (and, in config files, together with the file name).  A typo
  // may be of a reading setting too.
  const names = [...optionKeys, 'format', 'skipBlockquotes'].sort()
  for (const key of Object.keys(plugin)) {
    if (!optionKeys.has(key)) {
      throw new Error(
        'retext-attribution: unknown option `' +
          key +
          '`' +
          didYouMean(key, names) +
          '; expected one of ' +
          list(names)
      )
    }
  }

  resolveOptions(plugin)

  return {
    format: format ?? undefined,
    skipBlockquotes: skipBlockquotes ?? false,
    plugin
  }
}

interface Pipelines {
  format: Format | undefined
  text: Processor<NlcstRoot, NlcstRoot, NlcstRoot>
  markdown: Processor<MdastRoot>
  mdx: Processor<MdastRoot>
  html: Processor<HastRoot>
  /** mdast node types not checked. */
  ignore: Array<string>
  /** hast → nlcst. */
  fromHast: Processor<undefined, HastRoot, NlcstRoot>
  /** The attribution rules on nlcst. */
  check: Processor<undefined, NlcstRoot, NlcstRoot>
  /** Inline control comments in mdast (Markdown and MDX). */
  mdastControl: Processor<undefined, MdastRoot, MdastRoot>
  skipBlockquotes: boolean
}

// unified-engine configures a fresh processor per file, but with the same
// options object for every file that shares a config file: building the
// pipelines once per options object keeps 10,000 files from resolving the
// options (and compiling the rule data) 10,000 times.
const cache = new WeakMap<object, Pipelines>()
const noOptions = {}

function pipelines(options: ProcessorOptions | null | undefined): Pipelines {
  const key = options ?? noOptions
  let result = cache.get(key)

  if (!result) {
    result = createPipelines(options)
    cache.set(key, result)
  }

  return result
}

function createPipelines(options: ProcessorOptions | null | undefined) {
  const {format, skipBlockquotes, plugin} = splitOptions(options)
  const ignore = skipBlockquotes ? ['blockquote'] : []
  const controlOptions = {
    name: controlName,
    source: controlName,
    known: [...ruleIds]
  }

  const result: Pipelines = {
    format,
    skipBlockquotes,
    text: unified()
      .use(retextEnglish)
      .use(retextAttribution, plugin)
      .freeze() as unknown as Pipelines['text'],
    markdown: unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .freeze(),
    mdx: unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .freeze(),
    html: unified().use(rehypeParse).freeze(),
    // The bridges with the English parser (see the module comment), in
    // linear time (`./parse.ts`); the rules run once the positions are
    // exact (`./positions.ts`).
    ignore,
    fromHast: unified()
      .use(rehypeRetext, windowedParser() as never)
      .freeze() as unknown as Pipelines['fromHast'],
    check: unified()
      .use(retextAttribution, plugin)
      .freeze() as unknown as Pipelines['check'],
    mdastControl: unified()
      .use(remarkMessageControl, controlOptions)
      .freeze() as unknown as Pipelines['mdastControl']
  }

  return result
}

/**
 * Plugin that turns a bare processor into the format-aware checker: sets a
 * parser that reads each file by its format, a transformer that runs the
 * attribution rules on it and applies control comments, and a compiler that
 * returns the document unchanged.
 *
 * Messages are left on `file.messages` and attributions on
 * `file.data.attributions`, as with the plain plugin.
 */
export function retextAttributionFiles(
  this: Processor,
  options?: ProcessorOptions | null | undefined
) {
  const state = pipelines(options)

  this.parser = function (document: string, file: VFile): Node {
    const format = state.format ?? formatFromPath(file.path)
    file.data.attributionFormat = format

    if (document.length > maximumSize) {
      file.fail(
        'Cannot check file: it is ' +
          megabytes(document.length) +
          ', more than the ' +
          megabytes(maximumSize) +
          ' this checker reads; split it',
        {source: controlName}
      )
    }

    if (format === 'markdown' || format === 'mdx') {
      // micromark drops a byte order mark, and with it one from every offset.
      const bom = document.charCodeAt(0) === 0xfe_ff
      const tree = state[format].parse(bom ? document.slice(1) : document)
      if (bom) shiftForByteOrderMark(tree)
      return tree
    }

    if (format === 'html') {
      const tree = state.html.parse(document)
      // An empty document gives a root without a position, which the bridge
      // refuses: it is a document without words.
      tree.position ??= {
        start: {line: 1, column: 1, offset: 0},
        end: {line: 1, column: 1, offset: 0}
      }
      return tree
    }

    // A long text is parsed a section at a time, when it is checked.
    if (document.length > sectionThreshold) {
      return {type: 'RootNode', children: [], data: {attributionSections: true}} as Node
    }

    // retext-english’s parse, in linear time (`./parse.ts`).
    return parseText(blankMarkers(document))
  }

  // Checking never changes a document: compiling gives it back as is, so
  // `process()` works and editors asking to format get no edits.
  this.compiler = function (_tree: Node, file: VFile): string {
    return String(file)
  }

  return async function (tree: Node, file: VFile): Promise<undefined> {
    const format =
      file.data.attributionFormat ?? state.format ?? formatFromPath(file.path)

    if (format === 'text') {
      if (tree.data && 'attributionSections' in tree.data) {
        await bySection(file, textSections(blankMarkers(String(file))), function (section) {
          return state.text.run(section, file)
        })
      } else {
        await state.text.run(tree as NlcstRoot, file)
      }

      textControl(file, controlOptionsFor(file))
    } else if (format === 'html') {
      const hast = tree as HastRoot
      if (state.skipBlockquotes) markBlockquotes(hast)
      const groups =
        String(file).length > sectionThreshold ? hastSections(hast) : [hast]

      await bySection(
        file,
        groups.map(function (group) {
          return function () {
            return state.fromHast.runSync(splitLongText(group, file), file)
          }
        }),
        function (section) {
          return state.check.run(section, file)
        },
        function (section, index) {
          exactPositions(section, groups[index]!, String(file), 'html')
        }
      )
      messageControl(withoutWhitespace(hast), {
        ...controlOptionsFor(file),
        marker: hastCommentMarker,
        test: 'comment'
      })
    } else {
      const mdast = tree as MdastRoot
      const groups =
        String(file).length > sectionThreshold ? mdastSections(mdast) : [mdast]

      await bySection(
        file,
        groups.map(function (group) {
          return function () {
            const nlcst = mdastToNlcst(group, file, {ignore: state.ignore})
            exactPositions(nlcst, group, String(file), 'markdown')
            return nlcst
          }
        }),
        function (section) {
          return state.check.run(section, file)
        }
      )
      await state.mdastControl.run(mdast, file)
    }

    return undefined
  }
}

/**
 * Check a document one section at a time: build each section’s tree only
 * when it is checked, and put the attributions of all sections together
 * (paragraphs numbered through the document).
 */
async function bySection(
  file: VFile,
  sections: Iterable<() => NlcstRoot>,
  check: (tree: NlcstRoot) => Promise<unknown>,
  prepare?: (tree: NlcstRoot, index: number) => void
): Promise<undefined> {
  const attributions: Array<Attribution> = []
  let paragraphs = 0

  const several = !(Array.isArray(sections) && sections.length === 1)

  let index = 0

  for (const build of sections) {
    const tree = build()
    prepare?.(tree, index++)
    const from = file.messages.length
    await check(tree)
    // A message’s ancestors would keep every section’s tree alive.
    if (several) {
      for (let index = from; index < file.messages.length; index++) {
        file.messages[index]!.ancestors = undefined
      }
    }

    for (const attribution of file.data.attributions ?? []) {
      attributions.push(
        paragraphs === 0
          ? attribution
          : {...attribution, paragraph: attribution.paragraph + paragraphs}
      )
    }

    paragraphs += countParagraphs(tree)
  }

  file.data.attributions = attributions
  return undefined
}

/** Paragraphs as the analysis numbers them. */
function countParagraphs(tree: NlcstRoot): number {
  let count = 0
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') count++
    else if (child.type === 'SentenceNode') count++
  }

  return count
}

/**
 * Sections of a plain text, cut after a line break (in plain text every
 * line break ends a paragraph), each parsed when asked for, with positions
 * in the whole document.
 */
function* textSections(document: string): Generator<() => NlcstRoot> {
  const place = location(document)
  let start = 0

  while (start < document.length) {
    let end = document.length

    if (start + sectionSize < document.length) {
      const lineBreak = document.indexOf('\n', start + sectionSize)
      if (lineBreak !== -1) end = lineBreak + 1
    }

    const from = start
    const to = end
    yield function () {
      const tree = parseText(document.slice(from, to))
      shift(tree as unknown as Node, from, (place.toPoint(from)?.line ?? 1) - 1)
      return tree
    }

    start = end
  }
}

/** Move the positions of a tree parsed from a section starting at a line. */
function shift(node: Node, offset: number, lines: number): void {
  const position = node.position
  if (position) {
    node.position = {
      start: {
        line: position.start.line + lines,
        column: position.start.column,
        offset: (position.start.offset ?? 0) + offset
      },
      end: {
        line: position.end.line + lines,
        column: position.end.column,
        offset: (position.end.offset ?? 0) + offset
      }
    }
  }

  if ('children' in node) {
    for (const child of (node as Parent).children) shift(child, offset, lines)
  }
}

/**
 * An HTML document in sections: the children of the element that holds
 * most of the document (the `body`, an `article`), in groups, each under a
 * copy of that element (so paragraphs are found as in the whole).
 */
function hastSections(tree: HastRoot): Array<HastRoot> {
  let holder: HastRoot | HastElement = tree
  const size = (position: Position | undefined) =>
    (position?.end.offset ?? 0) - (position?.start.offset ?? 0)
  const total = size(spanOf(tree.children))

  for (;;) {
    const children: Array<HastContent> = holder.children
    const inner = children.find(
      (d): d is HastElement =>
        d.type === 'element' && size(placed(d)) > total * 0.9
    )
    if (!inner || inner.children.length === 0) break
    holder = inner
  }

  return groupBySize(holder.children as Array<HastContent>, (d) => placed(d)?.start.offset).map(section)

  function section(children: Array<HastContent>): HastRoot {
    const content = holder.type === 'root' ? children : [{...holder, children} as HastElement]
    return {type: 'root', children: content, position: spanOf(children)}
  }
}

/**
 * From the first to the last positioned node of a list (elements the parser
 * implied, such as `body`, have no position: their content has).
 */
function spanOf(nodes: ReadonlyArray<HastRoot | HastContent>): Position | undefined {
  let start: Position['start'] | undefined
  let end: Position['end'] | undefined

  for (const node of nodes) {
    const position = placed(node)
    if (position) {
      start ??= position.start
      end = position.end
    }
  }

  return start && end ? {start, end} : undefined
}

function placed(node: HastRoot | HastContent): Position | undefined {
  return node.position ?? ('children' in node ? spanOf(node.children) : undefined)
}

/** The top-level blocks of a Markdown document, in sections. */
function mdastSections(tree: MdastRoot): Array<MdastRoot> {
  return groupBySize(tree.children, (d) => d.position?.start.offset).map(section)

  function section(children: MdastRoot['children']): MdastRoot {
    const first = children[0]!.position
    const last = children.at(-1)!.position
    return {
      type: 'root',
      children,
      position: first && last ? {start: first.start, end: last.end} : undefined
    }
  }
}

/**
 * Consecutive nodes in groups that each start within `sectionSize`
 * characters of their first node: sections cut between blocks.
 */
function groupBySize<Node>(nodes: ReadonlyArray<Node>, offsetOf: (node: Node) => number | undefined): Array<Array<Node>> {
  const groups: Array<Array<Node>> = []
  let group: Array<Node> = []
  let start = 0

  for (const node of nodes) {
    const from = offsetOf(node) ?? start
    if (group.length > 0 && from - start > sectionSize) {
      groups.push(group)
      group = []
    }

    if (group.length === 0) start = from
    group.push(node)
  }

  if (group.length > 0) groups.push(group)
  return groups
}

function megabytes(size: number): string {
  return (size / 1_048_576).toFixed(1) + ' MB'
}

function controlOptionsFor(file: VFile) {
  return {
    file,
    name: controlName,
    source: controlName,
    known: [...ruleIds]
  }
}

/** `hast-util-to-nlcst` skips elements marked `data-nlcst="ignore"`. */
function markBlockquotes(tree: HastRoot) {
  visit(tree, 'element', function (node) {
    if (node.tagName === 'blockquote') {
      node.properties = {...node.properties, dataNlcst: 'ignore'}
    }
  })
}

/**
 * Parse an HTML comment as a control marker, reusing the Markdown comment
 * syntax (`<!--name verb rule…-->`).
 */
function hastCommentMarker(node: Node) {
  if (node.type !== 'comment' || !('value' in node)) return undefined
  return commentMarker({
    type: 'html',
    value: '<!--' + String(node.value) + '-->',
    position: node.position
  })
}

/**
 * A view of the tree without whitespace-only text, so that “ignore” applies
 * to the next element, not to the line break after the comment.
 */
function withoutWhitespace(tree: HastRoot): HastRoot {
  return view(tree) as HastRoot

  function view(node: HastRoot | HastContent): Node {
    if (!('children' in node)) return node
    const children = (node.children as Array<HastContent>)
      .filter(
        (child) => !(child.type === 'text' && /^[ \t\n\f\r]*$/.test(child.value))
      )
      .map(view)
    return {...node, children} as Parent
  }
}

/**
 * Create the format-aware processor.
 *
 * @example
 *   const file = await createProcessor().process(
 *     new VFile({path: 'story.md', value: '# Hi\n\nIt is believed that…'})
 *   )
 */
export function createProcessor(
  options?: ProcessorOptions | null | undefined
): AttributionProcessor {
  return unified().use(
    retextAttributionFiles,
    options
  ) as unknown as AttributionProcessor
}

/** The processor: parses any supported format, compiles to the input text. */
export type AttributionProcessor = Processor<Node, Node, Node, Node, string>

/**
 * Map the contents of a config file (`.retext-attributionrc`, the
 * `retext-attribution` field in `package.json`) to unified-engine’s preset
 * format, validating it on the way.
 *
 * @throws {Error} naming the config file and the bad key.
 */
export function configTransform(config: unknown, filePath: string): Preset {
  try {
    splitOptions(config as ProcessorOptions)
  } catch (error) {
    throw new ConfigurationError(filePath, error as Error)
  }

  return {plugins: [[retextAttributionFiles, config as ProcessorOptions]]}
}

/** A config file whose contents are invalid. */
export class ConfigurationError extends Error {
  filePath: string

  constructor(filePath: string, cause: Error) {
    super(
      'Invalid configuration in `' +
        filePath +
        '`: ' +
        cause.message.replace(/^retext-attribution: /, ''),
      {cause}
    )
    this.name = 'ConfigurationError'
    this.filePath = filePath
  }
}

/** The most specific message in an error’s chain of causes. */
export function configurationProblem(error: unknown): string {
  let current: unknown = error
  let reason = String(error)

  while (current instanceof Error) {
    reason = current.message
    if (current instanceof ConfigurationError) break
    current = current.cause
  }

  return reason
}

/**
 * The default processor (not frozen, so unified-engine and
 * unified-language-server can configure it): load it as the default export.
 */
const processor = createProcessor()

export default processor
