/**
 * The article toolbar and what hangs off it: the input format, the
 * shareable link (restored on load and when the fragment changes), the
 * JSON and CSV exports of the last check, and the unexplained-anonymity
 * count in the sourcing panel.
 *
 * `main.ts` owns the editor and the rule settings; it hands them over in
 * `setupToolbar` and reports each finished check to `recordCheck`.
 */
import type {EditorView} from '@codemirror/view'
import type {VFileMessage} from 'vfile-message'
import {presets, type PresetName} from '../../src/presets.js'
import type {RuleId} from '../../src/rules/ids.js'
import type {Attribution} from '../../src/types.js'
import {
  download,
  summarize,
  toCsv,
  toFinding,
  toJson,
  type Report
} from './export.js'
import {inputFormats, isInputFormat, loadMarkup, type InputFormat} from './formats.js'
import {decodeShare, shareUrl, type SharedState} from './share.js'

export interface PlaygroundControls {
  view: EditorView
  presetSelect: HTMLSelectElement
  ruleBoxes: ReadonlyMap<RuleId, HTMLInputElement>
  /** Check the boxes of the selected preset. */
  applyPreset(): void
  /** Rebuild the processor and check again. */
  optionsUpdated(): void
}

let controls: PlaygroundControls | undefined
let last: {attributions: Array<Attribution>; messages: Array<VFileMessage>} = {
  attributions: [],
  messages: []
}

/** The selected input format (plain text until the toolbar is set up). */
export function currentFormat(): InputFormat {
  const value = (document.getElementById('format') as HTMLSelectElement | null)?.value
  return isInputFormat(value) ? value : 'text'
}

export function setupToolbar(given: PlaygroundControls) {
  controls = given
  const formatSelect = element('format', HTMLSelectElement)

  for (const {value, label} of inputFormats) {
    formatSelect.append(new Option(label, value))
  }

  formatSelect.value = 'text'
  formatSelect.addEventListener('change', () => {
    // Start fetching the Markdown and HTML stacks at once.
    if (currentFormat() !== 'text') loadMarkup().catch(() => {})
    given.optionsUpdated()
  })

  element('share', HTMLButtonElement).addEventListener('click', () => {
    void share()
  })
  element('export-json', HTMLButtonElement).addEventListener('click', () => {
    download('findings.json', 'application/json', toJson(report()))
  })
  element('export-csv', HTMLButtonElement).addEventListener('click', () => {
    download('findings.csv', 'text/csv', toCsv(report().findings))
  })

  window.addEventListener('hashchange', () => restore(location.hash))
  restore(location.hash)
}

/** Keep the result of a finished check for the exports and the panel. */
export function recordCheck(
  attributions: ReadonlyArray<Attribution>,
  messages: ReadonlyArray<VFileMessage>
) {
  last = {attributions: [...attributions], messages: [...messages]}
  const count = document.querySelector('#summary [data-kind="unexplained"]')
  if (!count) return
  const {unexplainedAnonymity} = summarize(attributions, messages, unexplainedOn())
  count.textContent = unexplainedAnonymity === null ? 'off' : String(unexplainedAnonymity)
  count.setAttribute(
    'title',
    unexplainedAnonymity === null
      ? 'The rule unexplained-anonymity is switched off'
      : 'Anonymous sources with no reason for anonymity (rule unexplained-anonymity)'
  )
}

function unexplainedOn(): boolean {
  return controls?.ruleBoxes.get('unexplained-anonymity')?.checked ?? false
}

function report(): Report {
  const rules: Record<string, boolean> = {}
  for (const [id, box] of controls?.ruleBoxes ?? []) rules[id] = box.checked
  return {
    format: currentFormat(),
    preset: controls?.presetSelect.value ?? '',
    rules,
    summary: summarize(last.attributions, last.messages, unexplainedOn()),
    findings: last.messages.map((message) => toFinding(message)),
    attributions: last.attributions
  }
}

function currentState(): SharedState {
  const {view, presetSelect, ruleBoxes} = controls!
  const preset = presets[presetSelect.value as PresetName]
  const on: Array<string> = []
  const off: Array<string> = []

  for (const [id, box] of ruleBoxes) {
    const setting = preset?.rules[id]
    const inPreset = setting !== undefined && setting !== 'off'
    if (box.checked && !inPreset) on.push(id)
    if (!box.checked && inPreset) off.push(id)
  }

  return {
    format: currentFormat(),
    preset: presetSelect.value,
    on,
    off,
    text: view.state.doc.toString()
  }
}

/** Put the state in the address bar and the link field, and copy it. */
async function share() {
  const url = shareUrl(currentState(), location.href)
  history.replaceState(null, '', url)
  const field = element('share-link', HTMLInputElement)
  field.value = url
  element('share-box', HTMLElement).hidden = false
  field.select()
  const note = element('share-note', HTMLElement)

  try {
    await navigator.clipboard.writeText(url)
    note.textContent = 'Copied to the clipboard.'
  } catch {
    note.textContent = 'Copy the link above.'
  }
}

/** Apply the state in a fragment, if it holds one. */
function restore(fragment: string) {
  const state = decodeShare(fragment)
  if (!state || !controls) return
  if ('error' in state) {
    element('share-box', HTMLElement).hidden = false
    element('share-note', HTMLElement).textContent = state.error
    return
  }

  const {view, presetSelect, ruleBoxes} = controls
  element('format', HTMLSelectElement).value = state.format
  if (Object.hasOwn(presets, state.preset)) presetSelect.value = state.preset
  controls.applyPreset()

  for (const [list, checked] of [
    [state.on, true],
    [state.off, false]
  ] as const) {
    for (const id of list) {
      const box = ruleBoxes.get(id as RuleId)
      if (box) box.checked = checked
    }
  }

  view.dispatch({
    changes: {from: 0, to: view.state.doc.length, insert: state.text}
  })
  controls.optionsUpdated()
}

function element<T extends HTMLElement>(id: string, type: {new (): T}): T {
  const node = document.getElementById(id)
  if (!(node instanceof type)) throw new Error('Playground: missing #' + id)
  return node
}
