/**
 * Input formats of the playground: plain text, Markdown and HTML.
 *
 * Plain text goes through retext-english and the plugin, in `main.ts`.
 * Markdown and HTML go through `retext-attribution-processor`, the same
 * processor the CLI and the language server use (no Node built-ins, so it
 * runs here): remark-parse / rehype-parse, the bridge to nlcst, exact
 * positions in the source (character references and markup included) and
 * the inline control comments.  Its Markdown and HTML stacks are loaded on
 * first use, so a page that only checks plain text does not download them.
 */
import type {Root as NlcstRoot} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {Options} from '../../src/options.js'

/** Formats the playground reads. */
export type InputFormat = 'html' | 'markdown' | 'text'

export const inputFormats: ReadonlyArray<{value: InputFormat; label: string}> = [
  {value: 'text', label: 'Plain text'},
  {value: 'markdown', label: 'Markdown'},
  {value: 'html', label: 'HTML'}
]

export function isInputFormat(value: unknown): value is InputFormat {
  return inputFormats.some((format) => format.value === value)
}

/** What `main.ts` calls: parse, then run; messages and data land on the file. */
export type Checker = Processor<NlcstRoot, NlcstRoot, NlcstRoot, undefined, undefined>

type ProcessorModule = typeof import('retext-attribution-processor')

let loading: Promise<ProcessorModule> | undefined

/** Load the Markdown and HTML stacks (once). */
export function loadMarkup(): Promise<ProcessorModule> {
  loading ??= import('retext-attribution-processor').catch((error: unknown) => {
    // Let a later check try again (a dropped connection, say).
    loading = undefined
    throw error
  })
  return loading
}

/**
 * A checker for Markdown or HTML with the given plugin options.
 *
 * Its parser only keeps the document; the transformer loads the processor
 * package if need be, then parses and checks the file with it, so messages
 * and `file.data.attributions` are in offsets of the source text, which is
 * what the editor shows.
 */
export function markupChecker(
  format: Exclude<InputFormat, 'text'>,
  options: Options
): Checker {
  const settings = {...options, format}
  let checker: ReturnType<ProcessorModule['createProcessor']> | undefined

  function markup(this: Processor) {
    this.parser = function (): Node {
      return {type: 'RootNode'}
    }

    return async function (_tree: Node, file: VFile): Promise<undefined> {
      if (!checker) {
        const {createProcessor} = await loadMarkup()
        checker = createProcessor(settings).freeze()
      }

      await checker.run(checker.parse(file), file)
      return undefined
    }
  }

  return unified().use(markup).freeze() as unknown as Checker
}
