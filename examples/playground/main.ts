/**
 * The playground: a CodeMirror 6 editor with retext-attribution running in
 * the page.  Each lint pass checks the text with the incremental checker
 * (`src/incremental.ts`: the result of retext-english + retext-attribution,
 * re-parsing and re-analysing only the paragraphs that changed), turns its
 * messages into CodeMirror diagnostics and redraws the sourcing summary
 * from `file.data.attributions`.  No server is involved.
 */
import {linter, lintKeymap, type Action, type Diagnostic} from '@codemirror/lint'
import {StateEffect, type Text} from '@codemirror/state'
import {keymap, placeholder, type ViewUpdate} from '@codemirror/view'
import {EditorView, minimalSetup} from 'codemirror'
import type {Point} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createIncrementalChecker} from '../../src/incremental.js'
import type {Options, RuleId} from '../../src/options.js'
import {presets, type PresetName} from '../../src/presets.js'
import {defaultRuleIds, policyRuleIds} from '../../src/rules/ids.js'
import type {Attribution, SourceKind} from '../../src/types.js'
import {markupChecker} from './formats.js'
import {ruleDescription} from './rule-info.js'
import {currentFormat, recordCheck, setupToolbar} from './toolbar.js'

const sample = `The county will replace all 412 of its voting machines before the November election. The decision followed a review that found 37 machines had failed a routine test, said Lena Ortiz, the county’s chief election officer.

A senior official who asked not to be named said the contract had been awarded without a public tender. Experts say older machines are increasingly hard to repair, and the vendor is reportedly struggling to supply spare parts.

“We are confident in the count,” Ortiz said.`

const kindLabels: Record<SourceKind, string> = {
  named: 'named',
  anonymous: 'anonymous',
  vague: 'vague',
  none: 'agentless'
}

const presetSelect = byId('preset', HTMLSelectElement)
const ruleBoxes = new Map<RuleId, HTMLInputElement>()
const ruleCounts = new Map<RuleId, HTMLElement>()
const status = byId('status', HTMLElement)
const summary = byId('summary', HTMLElement)
const attributionList = byId('attributions', HTMLOListElement)

for (const name of Object.keys(presets)) {
  presetSelect.append(new Option(name, name))
}

addRuleToggles(byId('default-rules', HTMLFieldSetElement), defaultRuleIds)
addRuleToggles(byId('policy-rules', HTMLFieldSetElement), policyRuleIds)
applyPreset()

/** Dispatched when the rule settings change, so the linter runs again. */
const optionsChanged = StateEffect.define<null>()
let checker = createChecker()

const view = new EditorView({
  parent: byId('editor', HTMLElement),
  doc: sample,
  extensions: [
    minimalSetup,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({
      'aria-labelledby': 'editor-label',
      'aria-describedby': 'editor-help'
    }),
    placeholder('Paste or type an article…'),
    keymap.of(lintKeymap),
    linter(check, {
      delay: 300,
      needsRefresh: (update: ViewUpdate) =>
        update.transactions.some((transaction) =>
          transaction.effects.some((effect) => effect.is(optionsChanged))
        )
    })
  ]
})

setupToolbar({view, presetSelect, ruleBoxes, applyPreset, optionsUpdated})

presetSelect.addEventListener('change', () => {
  applyPreset()
  optionsUpdated()
})
byId('rules', HTMLFormElement).addEventListener('change', (event) => {
  if (event.target !== presetSelect) optionsUpdated()
})

function createChecker() {
  const rules: Partial<Record<RuleId, boolean>> = {}
  for (const [id, box] of ruleBoxes) rules[id] = box.checked
  const options: Options = {preset: presetSelect.value as PresetName, rules}
const format = currentFormat()
  // Markdown and HTML go through the CLI’s processor; plain text through
  // the incremental checker, which re-checks only the changed paragraphs.
  if (format !== 'text') {
    const processor = markupChecker(format, options)
    return {
      async check(file: VFile) {
        await processor.run(processor.parse(file), file)
      }
    }
  }

  return createIncrementalChecker(options)
}

function optionsUpdated() {
  checker = createChecker()
  view.dispatch({effects: optionsChanged.of(null)})
}

async function check(view: EditorView): Promise<Array<Diagnostic>> {
  const doc = view.state.doc
  const file = new VFile(doc.toString())

  try {
    await checker.check(file)
  } catch (error) {
    status.textContent =
      'Could not check the text: ' +
      (error instanceof Error ? error.message : String(error))
    status.classList.add('error')
    return []
  }

  // The text changed while checking: a newer pass will report.
  if (view.state.doc !== doc) return []

  status.classList.remove('error')
  renderSummary(file.data.attributions ?? [], file.messages)
  return file.messages.map((message) => toDiagnostic(message, doc))
}

function toDiagnostic(message: VFileMessage, doc: Text): Diagnostic {
  const place = message.place
  let from = 0
  let to = 0

  if (place) {
    from = offset('start' in place ? place.start : place, doc)
    to = Math.max(from, offset('end' in place ? place.end : place, doc))
  }

  const ruleId = message.ruleId ?? 'retext-attribution'
  const actions: Array<Action> = (message.expected ?? []).map(
    (replacement) => ({
      name: replacement ? 'Replace with “' + replacement + '”' : 'Remove',
      apply(view, from, to) {
        view.dispatch({changes: {from, to, insert: replacement}})
      }
    })
  )

  return {
    from,
    to,
    // unified convention: fatal true = error, false = warning, unset = info.
    severity:
      message.fatal === true
        ? 'error'
        : message.fatal === false
          ? 'warning'
          : 'info',
    source: ruleId,
    markClass: 'rule-' + ruleId,
    message: message.note ? message.reason + '\n' + message.note : message.reason,
    renderMessage: () => renderMessage(message),
    actions
  }
}

/** Offset of a unist point in the editor text, clamped into it. */
function offset(point: Point, doc: Text): number {
  if (typeof point.offset === 'number') {
    return Math.min(Math.max(point.offset, 0), doc.length)
  }

  const line = doc.line(Math.min(Math.max(point.line, 1), doc.lines))
  return Math.min(Math.max(line.from + point.column - 1, line.from), line.to)
}

function renderMessage(message: VFileMessage): Node {
  const box = document.createElement('div')
  box.className = 'message'
  box.append(withCode('p', message.reason))
  if (message.note) box.append(withCode('p', message.note, 'note'))

  if (message.url) {
    const link = document.createElement('a')
    link.href = message.url
    link.textContent = 'About this rule'
    box.append(link)
  }

  return box
}

/** An element whose backtick spans (as in unified reasons) become `<code>`. */
function withCode(name: string, text: string, className?: string) {
  const node = document.createElement(name)
  if (className) node.className = className

  for (const [index, part] of text.split('`').entries()) {
    if (!part) continue
    if (index % 2 === 1) {
      const code = document.createElement('code')
      code.textContent = part
      node.append(code)
    } else {
      node.append(part)
    }
  }

  return node
}

function renderSummary(
  attributions: ReadonlyArray<Attribution>,
  messages: ReadonlyArray<VFileMessage>
) {
  const counts: Record<SourceKind, number> = {
    named: 0,
    anonymous: 0,
    vague: 0,
    none: 0
  }
  for (const attribution of attributions) counts[attribution.kind]++

  for (const kind of Object.keys(counts) as Array<SourceKind>) {
    setCount(kind, String(counts[kind]))
  }

  setCount('total', String(attributions.length))
  setCount(
    'share',
    attributions.length === 0
      ? '–'
      : Math.round((counts.anonymous / attributions.length) * 100) + ' %'
  )

  attributionList.replaceChildren(
    ...attributions.map((attribution) => attributionItem(attribution))
  )
  if (attributions.length === 0) {
    const empty = document.createElement('li')
    empty.className = 'empty'
    empty.textContent = 'None found.'
    attributionList.append(empty)
  }

  for (const [id, node] of ruleCounts) {
    const count = messages.filter((message) => message.ruleId === id).length
    node.textContent = count ? count + ' found' : ''
  }

  recordCheck(attributions, messages)
  status.textContent =
    plural(messages.length, 'finding') +
    ', ' +
    plural(attributions.length, 'attribution')
}

function setCount(kind: string, value: string) {
  const node = summary.querySelector('[data-kind="' + kind + '"]')
  if (node) node.textContent = value
}

/** A list item whose button selects the source (or cue) in the editor. */
function attributionItem(attribution: Attribution) {
  const span = attribution.source ?? attribution.cue
  const item = document.createElement('li')
  const button = document.createElement('button')
  const badge = document.createElement('span')

  button.type = 'button'
  button.textContent = span.text
  button.addEventListener('click', () => {
    const length = view.state.doc.length
    view.dispatch({
      selection: {
        anchor: Math.min(span.start, length),
        head: Math.min(span.end, length)
      },
      scrollIntoView: true
    })
    view.focus()
  })

  badge.className = 'badge kind-' + attribution.kind
  badge.textContent = kindLabels[attribution.kind]
  item.append(button, ' ', badge)
  return item
}

function addRuleToggles(
  fieldset: HTMLFieldSetElement,
  ids: ReadonlyArray<RuleId>
) {
  for (const id of ids) {
    const label = document.createElement('label')
    const box = document.createElement('input')
    const name = document.createElement('code')
    const count = document.createElement('span')

    box.type = 'checkbox'
    box.name = 'rule'
    box.value = id
    name.textContent = id
    count.className = 'count'
    label.append(box, ' ', name, ' ', count)
    fieldset.append(label, ruleDescription(id, box))
    ruleBoxes.set(id, box)
    ruleCounts.set(id, count)
  }
}

/** Check the boxes of the rules the selected preset turns on. */
function applyPreset() {
  const preset = presets[presetSelect.value as PresetName]
  for (const [id, box] of ruleBoxes) {
    const setting = preset.rules[id]
    box.checked = setting !== undefined && setting !== 'off'
  }
}

function plural(count: number, noun: string) {
  return count + ' ' + noun + (count === 1 ? '' : 's')
}

function byId<T extends HTMLElement>(id: string, type: {new (): T}): T {
  const node = document.getElementById(id)
  if (!(node instanceof type)) throw new Error('Playground: missing #' + id)
  return node
}
