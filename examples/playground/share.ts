/**
 * Shareable links: the text and the settings in the URL fragment, which
 * browsers never send to a server.
 *
 * The fragment is a query string: `f` (format), `p` (preset), `on` and `off`
 * (rules switched away from the preset, comma-separated) and `t` (the text).
 * Past a few hundred characters the whole query string is compressed with
 * lz-string, as `z=…`, when that is shorter.
 */
import {
  compressToEncodedURIComponent,
  decompressFromEncodedURIComponent
} from 'lz-string'
import {isInputFormat, type InputFormat} from './formats.js'

export interface SharedState {
  format: InputFormat
  preset: string
  /** Rules switched on that the preset leaves off. */
  on: Array<string>
  /** Rules switched off that the preset turns on. */
  off: Array<string>
  text: string
}

/** Fragments up to this long stay readable, uncompressed. */
export const plainLimit = 400

/**
 * Fragments longer than this are not read: no browser keeps a URL anywhere
 * near it, and a crafted one should not make the page decompress megabytes.
 */
export const fragmentLimit = 1_000_000

/** The fragment (without `#`) for a state. */
export function encodeShare(state: SharedState): string {
  const parameters = new URLSearchParams()
  parameters.set('f', state.format)
  parameters.set('p', state.preset)
  if (state.on.length > 0) parameters.set('on', state.on.join(','))
  if (state.off.length > 0) parameters.set('off', state.off.join(','))
  parameters.set('t', state.text)
  const plain = parameters.toString()
  if (plain.length <= plainLimit) return plain
  const compressed = 'z=' + compressToEncodedURIComponent(plain)
  return compressed.length < plain.length ? compressed : plain
}

/**
 * The state in a fragment (with or without `#`); `undefined` when there is
 * none, and an error message when it cannot be read.  Values are checked by
 * the caller against the presets and rules it knows; only the format is
 * checked here.
 */
export function decodeShare(
  fragment: string
): SharedState | {error: string} | undefined {
  let value = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (!value) return undefined
  if (value.length > fragmentLimit) {
    return {error: 'The link is too long to read.'}
  }

  // Read raw: the compressed alphabet has `+`, which a query string reads
  // as a space.
  if (value.startsWith('z=')) {
    let expanded: string | null = null
    try {
      expanded = decompressFromEncodedURIComponent(value.slice(2))
    } catch {
      expanded = null
    }

    if (!expanded) return {error: 'The link is damaged: its text could not be read.'}
    value = expanded
  }

  const parameters = new URLSearchParams(value)

  if (!parameters.has('t')) return undefined

  const format = parameters.get('f')
  return {
    format: isInputFormat(format) ? format : 'text',
    preset: parameters.get('p') ?? '',
    on: list(parameters.get('on')),
    off: list(parameters.get('off')),
    text: parameters.get('t') ?? ''
  }
}

/** The page address with the fragment of a state. */
export function shareUrl(state: SharedState, base: string): string {
  const url = new URL(base)
  url.hash = encodeShare(state)
  return url.href
}

function list(value: string | null): Array<string> {
  return value ? value.split(',').filter(Boolean) : []
}
