/**
 * Shared helpers for the rule tables: run the plugin with its defaults (or
 * given options) and read back what one rule flagged.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextAttribution from '../../src/index.js'
import type {Options} from '../../src/options.js'
import type {RuleId} from '../../src/rules/ids.js'

/** Process `text` and return the file with its messages and data. */
export async function check(text: string, options?: Options): Promise<VFile> {
  const processor = unified().use(retextEnglish).use(retextAttribution, options)
  const file = new VFile({value: text})
  await processor.run(processor.parse(file), file)
  return file
}

/** The `actual` of each message of `ruleId`, in document order. */
export async function flagged(
  text: string,
  ruleId: RuleId,
  options?: Options
): Promise<Array<string | undefined>> {
  const file = await check(text, options)
  return file.messages
    .filter((message) => message.ruleId === ruleId)
    .sort((a, b) => start(a.place) - start(b.place))
    .map((message) => message.actual)
}

function start(place: VFile['messages'][number]['place']): number {
  if (!place) return -1
  return ('start' in place ? place.start.offset : place.offset) ?? -1
}
