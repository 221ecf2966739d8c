/**
 * Code actions of the language server, per diagnostic of ours:
 *
 * - the rewrites a rule proposes (`expected`), as unified-language-server
 *   offers them;
 * - “Ignore `rule` here”: a control comment before the block of the
 *   finding (`<!-- retext-attribution ignore rule -->` in Markdown, HTML and
 *   plain text, `{/* … *\/}` in MDX), merged into one already there;
 * - “Turn off `rule` in `config`”: `"off"` for the rule in the JSON config
 *   file or `package.json` field that applies to the file, or a new
 *   `.retext-attributionrc.json` when none does (and the client can create
 *   files).  YAML and JavaScript configs are left to the user.
 *
 * Nothing else is advertised: the checker does not format.
 */
import {readFile} from 'node:fs/promises'
import * as path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Configuration, type ConfigResult} from 'unified-engine'
import {controlName, formatFromPath, type Format} from 'retext-attribution-processor'
import {packageField, rcName} from 'retext-attribution-cli'

export interface Position {
  line: number
  character: number
}

export interface Range {
  start: Position
  end: Position
}

export interface Diagnostic {
  range: Range
  code?: unknown
  source?: unknown
  data?: unknown
  message?: unknown
}

export interface TextEdit {
  range: Range
  newText: string
}

export interface CodeAction {
  title: string
  kind: 'quickfix'
  diagnostics?: Array<Diagnostic>
  isPreferred?: boolean
  edit: {
    changes?: Record<string, Array<TextEdit>>
    documentChanges?: Array<unknown>
  }
}

export interface ActionDocument {
  uri: string
  languageId: string
  text: string
}

export interface ActionOptions {
  /** Whether the client can create files in a workspace edit. */
  canCreateFiles: boolean
  /** Workspace folders (paths), longest first. */
  workspaces: ReadonlyArray<string>
}

/** Format of a document: from its path, else its language. */
export function documentFormat(document: {uri: string; languageId: string}): Format {
  if (document.uri.startsWith('file:')) {
    const fromPath = formatFromPath(fileURLToPath(document.uri))
    if (fromPath !== 'text') return fromPath
  }

  const language = document.languageId
  return language === 'markdown' || language === 'mdx' || language === 'html'
    ? language
    : 'text'
}

/** The code actions for the diagnostics of a request. */
export async function codeActions(
  document: ActionDocument,
  diagnostics: ReadonlyArray<Diagnostic>,
  options: ActionOptions
): Promise<Array<CodeAction>> {
  const actions: Array<CodeAction> = []
  const format = documentFormat(document)
  const lines = document.text.split(/\r\n|\r|\n/)
  const seenRules = new Set<string>()

  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== controlName) continue
    const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined

    // Rewrites the rule proposes.
    const data = diagnostic.data as {expected?: unknown} | undefined
    const expected = Array.isArray(data?.expected) ? data.expected : []
    for (const replacement of expected) {
      if (typeof replacement !== 'string') continue
      const actual = textOf(lines, diagnostic.range)
      actions.push({
        title: replacement
          ? 'Replace `' + actual + '` with `' + replacement + '`'
          : 'Remove `' + actual + '`',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: expected.length === 1,
        edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}}
      })
    }

    if (!ruleId || !/^[a-z][a-z-]*$/.test(ruleId)) continue

    const edit = ignoreEdit(lines, format, diagnostic.range, ruleId)
    actions.push({
      title: 'Ignore `' + ruleId + '` here',
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: {changes: {[document.uri]: [edit]}}
    })

    if (seenRules.has(ruleId)) continue
    seenRules.add(ruleId)
    const off = await configOffAction(document, ruleId, options)
    if (off) actions.push({...off, diagnostics: [diagnostic]})
  }

  return actions
}

/** The text of `range` (one line or more). */
function textOf(lines: ReadonlyArray<string>, range: Range): string {
  if (range.start.line === range.end.line) {
    return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character)
  }

  return [
    (lines[range.start.line] ?? '').slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    (lines[range.end.line] ?? '').slice(0, range.end.character)
  ].join('\n')
}

const markerPattern = (open: string, close: string) =>
  new RegExp(
    '^([ \\t]*)' + open + '\\s*' + controlName + '\\s+ignore((?:\\s+[a-z][a-z-]*)*)\\s*' + close + '[ \\t]*$'
  )
const markdownMarker = markerPattern('<!--', '-->')
const mdxMarker = markerPattern('\\{/\\*', '\\*/\\}')
/** Elements an HTML finding’s block starts with. */
const htmlBlock =
  /<(?:p|li|h[1-6]|td|th|dd|dt|blockquote|figcaption|caption|div|section|article|aside|pre|address|summary)\b[^>]*>/gi

/**
 * The edit that ignores `ruleId` for the block holding `range`: a control
 * comment on the line before the block (or before the block’s start tag in
 * HTML), or the rule added to an `ignore` comment already there.
 */
export function ignoreEdit(
  lines: ReadonlyArray<string>,
  format: Format,
  range: Range,
  ruleId: string
): TextEdit {
  const comment = (rules: string) =>
    format === 'mdx'
      ? '{/* ' + controlName + ' ignore ' + rules + ' */}'
      : '<!-- ' + controlName + ' ignore ' + rules + ' -->'

  if (format === 'html') {
    const before = lines.slice(0, range.start.line + 1)
    before[range.start.line] = (before[range.start.line] ?? '').slice(0, range.start.character)
    // Find the start tag of the block, line by line from the finding up.
    for (let line = range.start.line; line >= 0; line--) {
      let last: RegExpExecArray | undefined
      for (const match of (before[line] ?? '').matchAll(htmlBlock)) last = match
      if (last) {
        // An `ignore` comment right before the tag: add the rule to it.
        const head = (lines[line] ?? '').slice(0, last.index)
        const existing = new RegExp(
          '<!--\\s*' + controlName + '\\s+ignore((?:\\s+[a-z][a-z-]*)*)\\s*-->[ \\t]*$'
        ).exec(head)
        if (existing) {
          const rules = (existing[1] ?? '').trim().split(/\s+/).filter(Boolean)
          return {
            range: {
              start: {line, character: existing.index},
              end: {line, character: last.index}
            },
            newText:
              rules.length === 0 ? existing[0] : comment([...new Set([...rules, ruleId])].join(' '))
          }
        }

        return {
          range: {
            start: {line, character: last.index},
            end: {line, character: last.index}
          },
          newText: comment(ruleId)
        }
      }
    }
  }

  const marker = format === 'mdx' ? mdxMarker : markdownMarker
  // The block starts after the nearest blank line (or marker) above.
  let start = range.start.line
  while (start > 0) {
    const previous = lines[start - 1] ?? ''
    if (/^[ \t]*$/.test(previous) || marker.test(previous)) break
    if (format === 'text' && /^[ \t]*<!--.*-->[ \t]*$/.test(previous)) break
    start--
  }

  const previous = start > 0 ? marker.exec(lines[start - 1] ?? '') : null
  if (previous) {
    const rules = (previous[2] ?? '').trim().split(/\s+/).filter(Boolean)
    const merged = rules.length === 0 ? '' : [...new Set([...rules, ruleId])].join(' ')
    const line = start - 1
    return {
      range: {
        start: {line, character: 0},
        end: {line, character: (lines[line] ?? '').length}
      },
      // An `ignore` of every rule already covers this one: left as it is.
      newText: merged ? previous[1] + comment(merged) : (lines[line] ?? '')
    }
  }

  const indent = /^[ \t]*/.exec(lines[start] ?? '')![0]
  return {
    range: {start: {line: start, character: 0}, end: {line: start, character: 0}},
    newText: indent + comment(ruleId) + '\n'
  }
}

/**
 * “Turn off `rule`” in the config file that applies to the document (the
 * nearest; they do not merge), if it is JSON or a `package.json` field.
 */
async function configOffAction(
  document: ActionDocument,
  ruleId: string,
  options: ActionOptions
): Promise<Omit<CodeAction, 'diagnostics'> | undefined> {
  if (!document.uri.startsWith('file:')) return undefined
  const filePath = fileURLToPath(document.uri)
  let result: ConfigResult | undefined

  try {
    result = await new Promise<ConfigResult | undefined>(function (resolve, reject) {
      // Only to find the file: no transform, nothing of it runs.
      new Configuration({
        cwd: path.dirname(filePath),
        rcName,
        packageField,
        detectConfig: true,
        configTransform: () => ({plugins: []})
      }).load(filePath, function (error, result) {
        if (error) reject(error)
        else resolve(result)
      })
    })
  } catch {
    // An invalid config: the diagnostic says so; no edit to offer.
    return undefined
  }

  const configPath = result?.filePath

  if (!configPath) {
    if (!options.canCreateFiles) return undefined
    const folder =
      options.workspaces.find((d) => filePath.startsWith(d + path.sep)) ??
      path.dirname(filePath)
    const uri = pathToFileURL(path.join(folder, rcName + '.json')).href
    return {
      title: 'Turn off `' + ruleId + '` in a new `' + rcName + '.json`',
      kind: 'quickfix',
      edit: {
        documentChanges: [
          {kind: 'create', uri, options: {ignoreIfExists: true}},
          {
            textDocument: {uri, version: null},
            edits: [
              {
                range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
                newText: JSON.stringify({rules: {[ruleId]: 'off'}}, undefined, 2) + '\n'
              }
            ]
          }
        ]
      }
    }
  }

  const name = path.basename(configPath)
  const isPackage = name === 'package.json'
  if (!isPackage && name !== rcName && name !== rcName + '.json') return undefined

  let text: string
  let value: Record<string, unknown>
  try {
    text = await readFile(configPath, 'utf8')
    value = JSON.parse(text) as Record<string, unknown>
  } catch {
    return undefined
  }

  const target = isPackage ? (value[packageField] as Record<string, unknown> | undefined) : value
  if (!target || typeof target !== 'object' || Array.isArray(target)) return undefined
  const rules =
    target.rules && typeof target.rules === 'object' && !Array.isArray(target.rules)
      ? (target.rules as Record<string, unknown>)
      : {}
  target.rules = {...rules, [ruleId]: 'off'}

  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  '
  const newText = JSON.stringify(value, undefined, indent) + (text.endsWith('\n') ? '\n' : '')
  const lines = text.split(/\r\n|\r|\n/)

  return {
    title:
      'Turn off `' +
      ruleId +
      '` in `' +
      (isPackage ? 'package.json` (`' + packageField + '` field)' : name + '`'),
    kind: 'quickfix',
    edit: {
      changes: {
        [pathToFileURL(configPath).href]: [
          {
            range: {
              start: {line: 0, character: 0},
              end: {line: lines.length - 1, character: lines.at(-1)!.length}
            },
            newText
          }
        ]
      }
    }
  }
}
