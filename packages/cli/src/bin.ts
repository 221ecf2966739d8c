#!/usr/bin/env node
/**
 * The `retext-attribution` command.  Sets the exit code instead of calling
 * `process.exit`, so reports piped to other programs are written in full.
 */
import {main} from './main.js'

process.title = 'retext-attribution'

// A reader that stops early (`| head`) closes the pipe: nothing more can be
// written, and that is no failure of the check, so stop without a word.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', function (error: NodeJS.ErrnoException) {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

// On the first interrupt, stop after the files being checked and end the
// report, so a report written to a file is a complete document; on the
// second, stop at once.
const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, function () {
    if (controller.signal.aborted) process.exit(130)
    controller.abort()
    // A file that never ends (a device given by name) would keep the run
    // from stopping: give it a few seconds.
    setTimeout(() => process.exit(130), 5000).unref()
  })
}

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  signal: controller.signal
}).then(
  function (code) {
    process.exitCode = code
  },
  function (error: unknown) {
    process.stderr.write(
      'retext-attribution: unexpected failure\n' +
        String((error as Error).stack ?? error) +
        '\n'
    )
    process.exitCode = 1
  }
)
