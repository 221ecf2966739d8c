/**
 * Plugin options: their types, validation and resolution against the
 * defaults and presets.  Validation throws a plain `Error` naming the bad
 * key or value, so a CLI or editor can show it as is.
 */
import {defaultLexicon, type LexiconData} from './data/index.js'
import {wordClasses} from './data/grammar.js'
import {presets, type PresetName} from './presets.js'
import {ruleIds, type RuleId} from './rules/ids.js'
import {didYouMean} from './suggest.js'

export {closest, didYouMean} from './suggest.js'

export type {RuleId} from './rules/ids.js'
export type {PresetName} from './presets.js'

/**
 * How a rule reports: `error` (message with `fatal: true`, shown as an error
 * in editors; the file is never failed), `warning`, `info` (low
 * confidence), or `off`.  `true` means the rule’s default severity, `false`
 * means `off`.  ESLint’s spellings work too: `"warn"`, and `0` (off), `1`
 * (warning), `2` (error).
 */
export type Severity = 'error' | 'info' | 'off' | 'warning'
export type RuleSetting = Severity | boolean | 'warn' | 0 | 1 | 2

/**
 * Extra entries for the rule data.  Each list is added to the bundled data
 * (the lists are declared in `src/data/schema.ts`); nothing is removed.  Pattern syntax is described in
 * `src/analysis/patterns.ts`.
 */
export type Lexicon = {
  [Key in keyof LexiconData]?: ReadonlyArray<string>
}

/** Thresholds of the document-level policy rules. */
export interface Thresholds {
  /** `anonymous-density`: anonymous attributions per 1,000 words above which to report (default `5`). */
  anonymousPerThousandWords?: number
  /** `anonymous-density`: share of all attributions that are anonymous above which to report (default `0.5`). */
  anonymousShare?: number
  /** `anonymous-density`: fewest anonymous attributions before the rate counts, and fewest attributions before the share counts (default `4`). */
  minimumAttributions?: number
}

export interface Options {
  /**
   * A set of rule settings named after a newsroom standard: `recommended`
   * (default), `ap`, `nyt`, `reuters` or `wikipedia`.
   */
  preset?: PresetName | null | undefined
  /** Turn rules on or off or change their severity; overrides the preset. */
  rules?: Partial<Record<RuleId, RuleSetting>> | null | undefined
  /**
   * Phrases never to flag: a message is dropped when its flagged text
   * contains one of these (case-insensitive, whole words).
   */
  allow?: ReadonlyArray<string> | null | undefined
  /** Extend the bundled rule data. */
  lexicon?: Lexicon | null | undefined
  /**
   * Check vague and agentless wording inside direct quotations too
   * (default `false`: the quoted speaker is attributed, so their own hedges
   * are theirs).
   */
  checkQuotes?: boolean | null | undefined
  /** Thresholds of the document-level policy rules. */
  thresholds?: Thresholds | null | undefined
  /**
   * How to read officials and other institutional voices of a body the text
   * names (“FEMA officials said”, “the festival’s organisers said”):
   * `named` (default: the body speaks through its staff, as spokespeople
   * do) or `anonymous` (the people are not named, so they are an anonymous
   * source).  Officials described by a nationality, sector or place (“U.S.
   * officials”, “Whitehall officials”, “industry officials”) are anonymous
   * either way: no body is named.
   */
  namedBodyOfficials?: 'anonymous' | 'named' | null | undefined
}

export interface ResolvedOptions {
  severities: Map<RuleId, Exclude<Severity, 'off'>>
  allow: Array<Array<string>>
  lexicon: LexiconData
  checkQuotes: boolean
  thresholds: Required<Thresholds>
}

/** Names of the plugin’s options. */
export const optionKeys: ReadonlySet<string> = new Set([
  'allow',
  'checkQuotes',
  'lexicon',
  'namedBodyOfficials',
  'preset',
  'rules',
  'thresholds'
])
const severities = new Set(['error', 'info', 'off', 'warning'])
/** ESLint’s severities, in the words of this plugin. */
const eslintSeverities = new Map<unknown, Severity>([
  ['warn', 'warning'],
  [0, 'off'],
  [1, 'warning'],
  [2, 'error']
])
const defaultThresholds: Required<Thresholds> = {
  anonymousPerThousandWords: 5,
  anonymousShare: 0.5,
  minimumAttributions: 4
}

/**
 * Check options and merge them with the preset and the bundled data.
 *
 * @throws {Error} naming the first unknown or invalid option.
 */
export function resolveOptions(
  options: Options | null | undefined
): ResolvedOptions {
  const settings = options ?? {}

  if (!isPlainObject(settings)) {
    throw new TypeError(
      'retext-attribution: expected options to be an object, not `' +
        describe(settings) +
        '`'
    )
  }

  for (const key of Object.keys(settings)) {
    if (!optionKeys.has(key)) {
      throw new Error(
        'retext-attribution: unknown option `' +
          key +
          '`' +
          didYouMean(key, optionKeys) +
          '; expected one of ' +
          list(optionKeys)
      )
    }
  }

  const presetName = settings.preset ?? 'recommended'
  if (typeof presetName !== 'string' || !Object.hasOwn(presets, presetName)) {
    throw new Error(
      'retext-attribution: unknown preset `' +
        describe(presetName) +
        '`' +
        didYouMean(presetName, Object.keys(presets)) +
        '; expected one of ' +
        list(Object.keys(presets))
    )
  }

  const severityMap = new Map<RuleId, Exclude<Severity, 'off'>>()
  const preset = presets[presetName as PresetName]

  for (const id of ruleIds) {
    const setting = onSeverity(preset.rules[id])
    if (setting) severityMap.set(id, setting)
  }

  const rules = settings.rules ?? {}
  if (!isPlainObject(rules)) {
    throw new TypeError(
      'retext-attribution: expected `rules` to be an object mapping rule ids to severities, not `' +
        describe(rules) +
        '`'
    )
  }

  for (const [id, given] of Object.entries(rules)) {
    if (!(ruleIds as ReadonlyArray<string>).includes(id)) {
      throw new Error(
        'retext-attribution: unknown rule `' +
          id +
          '` in `rules`' +
          didYouMean(id, ruleIds) +
          '; expected one of ' +
          list(ruleIds)
      )
    }

    const ruleId = id as RuleId
    const setting = eslintSeverities.get(given) ?? given

    if (setting === false || setting === 'off') {
      severityMap.delete(ruleId)
    } else if (setting === true) {
      severityMap.set(ruleId, onSeverity(preset.rules[ruleId]) ?? defaultSeverity(ruleId))
    } else if (typeof setting === 'string' && severities.has(setting)) {
      severityMap.set(ruleId, setting as Exclude<Severity, 'off'>)
    } else {
      throw new Error(
        'retext-attribution: invalid setting `' +
          describe(given) +
          '` for rule `' +
          id +
          '`' +
          didYouMean(given, [...severities, 'warn']) +
          '; expected `true`, `false`, `"error"`, `"warning"`, `"info"` or `"off"` (or ESLint’s `"warn"`, `0`, `1`, `2`)'
      )
    }
  }

  const allow = settings.allow ?? []
  if (!Array.isArray(allow) || allow.some((d) => typeof d !== 'string')) {
    throw new TypeError(
      'retext-attribution: expected `allow` to be an array of strings, not `' +
        describe(allow) +
        '`'
    )
  }

  const checkQuotes = settings.checkQuotes ?? false
  if (typeof checkQuotes !== 'boolean') {
    throw new TypeError(
      'retext-attribution: expected `checkQuotes` to be a boolean, not `' +
        describe(checkQuotes) +
        '`'
    )
  }

  const namedBodyOfficials = settings.namedBodyOfficials ?? 'named'
  if (namedBodyOfficials !== 'named' && namedBodyOfficials !== 'anonymous') {
    throw new TypeError(
      'retext-attribution: expected `namedBodyOfficials` to be `"named"` or `"anonymous"`, not `' +
        describe(namedBodyOfficials) +
        '`'
    )
  }

  let lexicon = extendLexicon(defaultLexicon, settings.lexicon)
  // Without institutional voices, “FEMA officials” are people of a named
  // body, like “Lumen employees”: anonymous.
  if (namedBodyOfficials === 'anonymous') lexicon = {...lexicon, institutionalVoices: []}

  return {
    severities: severityMap,
    allow: allow
      .map((phrase) => words(phrase))
      .filter((phrase) => phrase.length > 0),
    lexicon,
    checkQuotes,
    thresholds: resolveThresholds(settings.thresholds)
  }
}

/**
 * Severity a rule has when switched on with `true`: `unattributed-claim`
 * is a low-confidence finding, so information; every other rule warns.
 */
function defaultSeverity(id: RuleId): Exclude<Severity, 'off'> {
  return (
    onSeverity(presets.recommended.rules[id]) ??
    (id === 'unattributed-claim' ? 'info' : 'warning')
  )
}

function onSeverity(
  value: Severity | undefined
): Exclude<Severity, 'off'> | undefined {
  return value === 'off' ? undefined : value
}

function extendLexicon(
  base: LexiconData,
  extra: Lexicon | null | undefined
): LexiconData {
  if (extra === null || extra === undefined) return base

  if (!isPlainObject(extra)) {
    throw new TypeError(
      'retext-attribution: expected `lexicon` to be an object of string arrays, not `' +
        describe(extra) +
        '`'
    )
  }

  const result: LexiconData = {...base}

  for (const [key, values] of Object.entries(extra)) {
    if (!Object.hasOwn(base, key)) {
      throw new Error(
        'retext-attribution: unknown lexicon list `' +
          key +
          '`' +
          didYouMean(key, Object.keys(base)) +
          '; expected one of ' +
          list(Object.keys(base))
      )
    }

    if (
      !Array.isArray(values) ||
      values.some((d: unknown) => typeof d !== 'string')
    ) {
      throw new TypeError(
        'retext-attribution: expected `lexicon.' +
          key +
          '` to be an array of strings, not `' +
          describe(values) +
          '`'
      )
    }

    for (const pattern of values as Array<string>) {
      for (const name of classNames(pattern)) {
        // Names every object has (`constructor`, `__proto__`) are no word
        // classes either.
        if (name in wordClasses && !Object.hasOwn(wordClasses, name)) {
          throw new Error(
            'retext-attribution: unknown word class `{' +
              name +
              '}` in pattern `' +
              pattern +
              '` of `lexicon.' +
              key +
              '`; expected one of ' +
              list(Object.keys(wordClasses).map((d) => '{' + d + '}'))
          )
        }
      }
    }

    const name = key as keyof LexiconData
    result[name] = [...base[name], ...(values as Array<string>)]
  }

  return result
}

function resolveThresholds(
  value: Thresholds | null | undefined
): Required<Thresholds> {
  const result = {...defaultThresholds}
  if (value === null || value === undefined) return result

  if (!isPlainObject(value)) {
    throw new TypeError(
      'retext-attribution: expected `thresholds` to be an object, not `' +
        describe(value) +
        '`'
    )
  }

  for (const [key, number] of Object.entries(value)) {
    if (!Object.hasOwn(defaultThresholds, key)) {
      throw new Error(
        'retext-attribution: unknown threshold `' +
          key +
          '`' +
          didYouMean(key, Object.keys(defaultThresholds)) +
          '; expected one of ' +
          list(Object.keys(defaultThresholds))
      )
    }

    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
      throw new TypeError(
        'retext-attribution: expected `thresholds.' +
          key +
          '` to be a non-negative number, not `' +
          describe(number) +
          '`'
      )
    }

    result[key as keyof Thresholds] = number
  }

  return result
}

/** Lower-cased words of a phrase, as the analysis normalises them. */
export function words(phrase: string): Array<string> {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .split(/[^\p{L}\p{N}'.-]+/u)
    .filter(Boolean)
}

/** Values for an error message: “`a`, `b`, `c`”. */
export function list(values: Iterable<string>): string {
  return [...values].map((d) => '`' + d + '`').join(', ')
}

/** Names of the word classes (`{name}`) in a pattern. */
function classNames(pattern: string): Array<string> {
  const names: Array<string> = []
  let open = pattern.indexOf('{')

  while (open !== -1) {
    const close = pattern.indexOf('}', open + 1)
    if (close === -1) break
    const inner = pattern.slice(open + 1, close)
    const nested = inner.lastIndexOf('{')
    names.push(nested === -1 ? inner : inner.slice(nested + 1))
    open = pattern.indexOf('{', close + 1)
  }

  return names
}

/**
 * Whether `value` is a plain object (`{}`, JSON, YAML): a `Map`, a `Date`
 * or a class instance has no options in its own keys.
 */
export function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/** A value as written in an error message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return value
  // JSON has no `NaN` or `Infinity`: it would say `null`.
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isPlainObject(value)) {
    const name = (value as {constructor?: {name?: unknown}}).constructor?.name
    return 'a ' + (typeof name === 'string' && name ? name : 'non-plain object')
  }

  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
