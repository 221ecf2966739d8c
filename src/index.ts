/**
 * retext-attribution: check who says so.
 *
 * The plugin runs the attribution analysis once per file, puts its result
 * on `file.data.attributions`, and lets each switched-on rule report on it.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {createCheck} from './check.js'
import type {Options} from './options.js'
import {rules} from './rules/index.js'
import type {RuleId} from './rules/ids.js'

export type {
  Attribution,
  CueType,
  Reference,
  SourceKind,
  Span
} from './types.js'
export type {
  Lexicon,
  Options,
  PresetName,
  RuleId,
  RuleSetting,
  Severity,
  Thresholds
} from './options.js'
export {
  attributionRuleIds,
  defaultRuleIds,
  policyRuleIds,
  ruleIds
} from './rules/ids.js'
export {presets} from './presets.js'
export {defaultLexicon} from './data/index.js'

export {documentation} from './check.js'

/** What a rule flags, an example it flags and a near miss it leaves alone. */
export interface RuleDescription {
  description: string
  flagged: string
  notFlagged: string
}

/** Each rule’s description (for reporters such as SARIF, and for docs). */
export const ruleDescriptions: Readonly<Record<RuleId, RuleDescription>> =
  Object.fromEntries(
    Object.values(rules).map((rule) => [
      rule.id,
      {
        description: rule.description,
        flagged: rule.flagged,
        notFlagged: rule.notFlagged
      }
    ])
  ) as Record<RuleId, RuleDescription>

/**
 * Check attribution in English prose: anonymous, vague and agentless
 * sources, unexplained anonymity, unattributed claims, and (with a preset)
 * newsroom policies.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export default function retextAttribution(
  options?: Options | null | undefined
): (tree: Root, file: VFile) => undefined {
  const {transform} = createCheck(options)

  return function (tree, file) {
    assertNlcst(tree)
    transform(tree, file)
  }
}

/**
 * Refuse a tree that is not natural language (nlcst): a Markdown or HTML
 * tree handed over as is would be checked as if it had no prose, and
 * nothing would be found.
 */
function assertNlcst(tree: unknown): asserts tree is Root {
  const type =
    tree && typeof tree === 'object' && 'type' in tree ? (tree as {type: unknown}).type : undefined
  if (type === 'RootNode') return

  let got: string
  if (type === 'root') {
    const children = (tree as {children?: unknown}).children
    const kinds = Array.isArray(children)
      ? children.map((d: unknown) =>
          d && typeof d === 'object' ? (d as {type?: unknown}).type : undefined
        )
      : []
    got = kinds.some((d) => d === 'element' || d === 'doctype')
      ? 'a hast tree (HTML, `root` of `element`s)'
      : 'an mdast tree (Markdown, `root`)'
  } else {
    got =
      typeof type === 'string'
        ? 'a tree of type `' + type + '`'
        : 'no tree (`' + (tree === null ? 'null' : typeof tree) + '`)'
  }

  throw new TypeError(
    'retext-attribution checks natural language (an nlcst `RootNode`, as retext-english makes) but got ' +
      got +
      ': put `remark-retext` or `rehype-retext` before it to turn Markdown or HTML into nlcst, or use `retext-attribution-processor`, which checks text, Markdown, MDX and HTML'
  )
}
