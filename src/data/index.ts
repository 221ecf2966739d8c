/**
 * The rule data, gathered into one object.  Every list here can be
 * extended through the `lexicon` option; the engine (`../analysis/`) reads
 * only this object.  The lists, what they are and how they compile are
 * declared once, in `./schema.ts`: this module derives from it.
 */
import {schema, type ListName} from './schema.js'

export {schema, type Entry, type Form, type ListName, type Schema} from './schema.js'

/** The rule data: every list of the schema (`./schema.ts`), by name. */
export type LexiconData = {
  -readonly [Key in ListName]: ReadonlyArray<string>
}

/** The bundled rule data. */
export const defaultLexicon: LexiconData = bundled()

function bundled(): LexiconData {
  const data: Partial<LexiconData> = {}
  for (const key of Object.keys(schema) as Array<ListName>) data[key] = schema[key].data
  return data as LexiconData
}
