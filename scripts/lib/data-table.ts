/**
 * The rule data table in `docs/data.md`, generated from the schema of the rule data
 * (`src/data/schema.ts`), so the two cannot drift apart
 * (`test/readme.test.ts` checks it; `UPDATE_README=1` rewrites it).
 */
import {schema, type Entry, type Form} from '../../src/data/schema.js'

export const dataStart = '<!-- data:start (generated from src/data/schema.ts: UPDATE_README=1 npx vitest run test/readme.test.ts) -->'
export const dataEnd = '<!-- data:end -->'

/** How each form of list is matched, for a reader adding entries. */
const kinds: Record<Form, string> = {
  words: 'words',
  lastWords: 'nouns, by last word',
  heads: 'nouns, by last word, singular (plural derived)',
  patterns: 'patterns'
}

export function dataTable(): string {
  const rows = ['| list | entries | kind | what it is |', '| --- | --: | --- | --- |']

  for (const [key, entry] of Object.entries(schema) as Array<[string, Entry]>) {
    const plus = (entry.plus ?? []).map((d) => ', with `' + d + '`').join('')
    rows.push('| `' + key + '` | ' + entry.data.length + ' | ' + kinds[entry.form] + plus + ' | ' + cell(entry.doc) + ' |')
  }

  return [dataStart, '', ...rows, '', dataEnd].join('\n')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
