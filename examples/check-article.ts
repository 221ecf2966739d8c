/**
 * Check a sample article and print what an editor would see: every message
 * with its note, then the sourcing summary built from
 * `file.data.attributions`.
 *
 *     npm run example [file]
 */
import {readFile} from 'node:fs/promises'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import retextAttribution from '../src/index.js'

const path = process.argv[2] ?? new URL('article.md', import.meta.url).pathname
const file = new VFile({path, value: await readFile(path, 'utf8')})

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  // remark-retext turns Markdown into natural language with this parser;
  // retext-attribution then checks the result.
  .use(remarkRetext, unified().use(retextEnglish) as never)
  .use(retextAttribution)

await processor.run(processor.parse(file), file)

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
