/**
 * Check a sample article and print what an editor would see: every message
 * with its note, then the sourcing summary built from
 * `file.data.attributions`.
 *
 *     npm run example [file]
 */
import {readFile} from 'node:fs/promises'
import {createProcessor} from 'retext-attribution-processor'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

const path = process.argv[2] ?? new URL('article.md', import.meta.url).pathname
const file = new VFile({path, value: await readFile(path, 'utf8')})

// The processor parses the file by its extension (text, Markdown, MDX or
// HTML), turns the prose into natural language, and runs
// retext-attribution on it.
await createProcessor().process(file)

console.log(reporter([file], {verbose: true}))

const counts = {named: 0, anonymous: 0, vague: 0, none: 0}
for (const attribution of file.data.attributions ?? []) counts[attribution.kind]++
const total = counts.named + counts.anonymous + counts.vague + counts.none
console.log('Sourcing: %o', counts)
console.log(
  'Share anonymous: %s of %d attributions',
  total ? ((counts.anonymous / total) * 100).toFixed(0) + ' %' : '—',
  total
)
