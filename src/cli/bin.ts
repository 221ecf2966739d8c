#!/usr/bin/env node
/**
 * The `retext-attribution` command.  Sets the exit code instead of calling
 * `process.exit`, so reports piped to other programs are written in full.
 */
import {main} from './main.js'

process.title = 'retext-attribution'

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin
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
