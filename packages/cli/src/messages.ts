/**
 * Helpers shared by the reporters: severities and positions of messages.
 */
import type {Point, Position} from 'unist'
import type {VFileMessage} from 'vfile-message'

export type Level = 'error' | 'info' | 'warning'

/** unified convention: `fatal` true → error, false → warning, unset → info. */
export function level(message: VFileMessage): Level {
  return message.fatal === true
    ? 'error'
    : message.fatal === false
      ? 'warning'
      : 'info'
}

/** A point as reported: 1-based line and column, 0-based offset. */
export interface ReportedPoint {
  line: number
  column: number
  offset: number | null
}

/** Start and end of a message; `end` is `null` when only a point is known. */
export function span(message: VFileMessage): {
  start: ReportedPoint | null
  end: ReportedPoint | null
} {
  const place = message.place as Point | Position | null | undefined

  if (place && 'start' in place) {
    return {start: point(place.start), end: point(place.end)}
  }

  if (place && 'line' in place) {
    return {start: point(place), end: null}
  }

  if (typeof message.line === 'number') {
    return {
      start: {line: message.line, column: message.column ?? 1, offset: null},
      end: null
    }
  }

  return {start: null, end: null}
}

function point(value: Point | undefined): ReportedPoint | null {
  if (!value || typeof value.line !== 'number') return null
  return {
    line: value.line,
    column: typeof value.column === 'number' ? value.column : 1,
    offset: typeof value.offset === 'number' ? value.offset : null
  }
}

/** Whether a message is shown with `--silent` (only errors). */
export function shownWhenSilent(message: VFileMessage): boolean {
  return message.fatal === true
}

/** Order messages by where they start, then by rule. */
export function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    String(a.ruleId ?? '').localeCompare(String(b.ruleId ?? ''))
  )
}
