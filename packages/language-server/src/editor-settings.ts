/**
 * Editor settings for the checker: `preset` and `rules` in the client’s
 * `retext-attribution` section (initialization options, or answers to
 * `workspace/configuration`).  They are defaults: a config file that
 * applies to a file wins over them (its preset, and its rule settings on top
 * of the editor’s).
 */
import type {ProcessorOptions} from 'retext-attribution-processor'
import {record} from './order.js'

type Settings = {preset?: string | undefined; rules?: Record<string, unknown> | undefined}

/** From `initializationOptions` and from `workspace/configuration`. */
const sources: {initial: Settings; workspace: Settings} = {initial: {}, workspace: {}}

/** The settings in force: the workspace’s answer, else the initial ones. */
export const editorSettings: Settings = {}

/**
 * Take `preset` and `rules` from a settings object (absent: unset in that
 * source; the other source still applies).
 */
export function readEditorSettings(value: unknown, source: 'initial' | 'workspace'): void {
  const settings = record(value)
  const preset = settings?.preset
  sources[source] = {
    preset: typeof preset === 'string' && preset ? preset : undefined,
    rules: record(settings?.rules)
  }
  editorSettings.preset = sources.workspace.preset ?? sources.initial.preset
  editorSettings.rules = sources.workspace.rules ?? sources.initial.rules
}

/** Options for a file: the editor’s settings under its config file’s. */
export function withEditorSettings(
  options: ProcessorOptions | undefined
): ProcessorOptions | undefined {
  const {preset, rules} = editorSettings
  if (!preset && !rules) return options
  const result: ProcessorOptions = {...options}
  if (preset && !options?.preset) result.preset = preset as ProcessorOptions['preset']
  if (rules) result.rules = {...rules, ...options?.rules} as ProcessorOptions['rules']
  return result
}
