/**
 * Make text safe to print on a terminal.
 *
 * File names and the prose quoted in messages come from the files checked:
 * an escape sequence in either would reach the terminal raw and could move
 * the cursor, rewrite earlier lines, set the window title or hide text.
 * Control characters (C0, DEL, C1) and the bidirectional overrides that
 * reorder what is shown are written as `\u001b`-style escapes instead.
 */
import type {VFile} from 'vfile'

const controls = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
const controlsButLineFeed = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/** `text` with every control character escaped (line feeds too). */
export function escapeControls(text: string): string {
  return text.replace(controls, escape)
}

/** `text` with every control character but the line feed escaped. */
export function escapeControlsInLines(text: string): string {
  return text.replace(controlsButLineFeed, escape)
}

function escape(character: string): string {
  return '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
}

/**
 * Escape what the text reporter prints of files and their messages, in
 * place (the CLI drops the files once reported).
 */
export function escapeFiles(files: ReadonlyArray<VFile>): void {
  for (const file of files) {
    // The reporter names a file by the first path it had.
    file.history = file.history.map(escapeControls)

    for (const message of file.messages) {
      message.reason = escapeControls(message.reason)
      message.message = message.reason
      if (message.ruleId) message.ruleId = escapeControls(message.ruleId)
      if (message.source) message.source = escapeControls(message.source)
      if (message.note) message.note = escapeControlsInLines(message.note)
      if (message.url) message.url = escapeControls(message.url)
      if (message.file) message.file = escapeControls(message.file)
      if (message.stack) message.stack = escapeControlsInLines(message.stack)
      const cause = message.cause

      if (cause instanceof Error) {
        cause.message = escapeControls(cause.message)
        if (cause.stack) cause.stack = escapeControlsInLines(cause.stack)
      }
    }
  }
}
