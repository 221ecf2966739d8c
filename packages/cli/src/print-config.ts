/**
 * `--print-config FILE`: the configuration that applies to a file, as the
 * check would use it — the config file found (the nearest one: config
 * files do not merge up the tree), the options in it with the command
 * line’s on top, and the severity each rule ends up with.
 */
import * as path from 'node:path'
import type {Preset} from 'unified'
import {Configuration, type ConfigResult, type ConfigTransform} from 'unified-engine'
import {ruleIds} from 'retext-attribution'
import {resolveOptions} from 'retext-attribution/options'
import {
  configurationProblem,
  configTransform,
  retextAttributionFiles,
  splitOptions,
  type ProcessorOptions
} from 'retext-attribution-processor'
import {installConfigGuard} from './config-guard.js'
import {packageField, rcName} from './run.js'

export interface PrintConfigOptions {
  cwd: string
  /** Options given on the command line (`--preset`, `--format`, …). */
  given: ProcessorOptions
  configPath?: string | undefined
  detectConfig?: boolean | undefined
}

export interface PrintedConfig {
  /** The file asked about, relative to `cwd`. */
  file: string
  /** The config file that applies, relative to `cwd`, or `null`. */
  configFile: string | null
  /** Its options, with the command line’s on top. */
  options: ProcessorOptions
  /** The severity of every rule. */
  rules: Record<string, 'error' | 'info' | 'off' | 'warning'>
}

/**
 * The configuration for `file`.
 *
 * @throws {Error} when the config file cannot be loaded or is invalid.
 */
export async function printConfig(
  file: string,
  options: PrintConfigOptions
): Promise<PrintedConfig> {
  installConfigGuard()
  const absolute = path.resolve(options.cwd, file)
  const configuration = new Configuration({
    cwd: options.cwd,
    rcName,
    packageField,
    rcPath: options.configPath,
    detectConfig: options.detectConfig ?? true,
    configTransform: configTransform as unknown as ConfigTransform,
    plugins:
      Object.keys(options.given).length > 0
        ? ([[retextAttributionFiles, options.given]] as Preset['plugins'])
        : []
  })

  const result = await new Promise<ConfigResult | undefined>(function (
    resolve,
    reject
  ) {
    configuration.load(absolute, function (error, result) {
      if (error) reject(new Error(configurationProblem(error), {cause: error}))
      else resolve(result)
    })
  })

  const entry = result?.plugins.find(([plugin]) => plugin === retextAttributionFiles)
  const merged = {...((entry?.[1] as ProcessorOptions | undefined) ?? {})}
  const {plugin} = splitOptions(merged)
  const severities = resolveOptions(plugin).severities
  const rules: PrintedConfig['rules'] = {}
  for (const id of ruleIds) rules[id] = severities.get(id) ?? 'off'

  return {
    file: relative(options.cwd, absolute),
    configFile: result?.filePath ? relative(options.cwd, result.filePath) : null,
    options: merged,
    rules
  }
}

function relative(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.'
}
