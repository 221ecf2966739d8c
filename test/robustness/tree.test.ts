/**
 * The plugin refuses a tree that is not natural language (nlcst) with an
 * error that names what it got and what to use instead, rather than finding
 * nothing in it.
 */
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextAttribution from '../../src/index.js'

const story = 'Experts say the policy failed. It is believed the minister resigned.'

describe('trees that are not nlcst', () => {
  it('refuses a Markdown (mdast) tree, naming it and the way out', async () => {
    const tree = unified().use(remarkParse).parse(story)
    const run = unified().use(retextAttribution as never).run(tree, new VFile(story))
    await expect(run).rejects.toThrow(TypeError)
    await expect(run).rejects.toThrow(/got an mdast tree \(Markdown, `root`\)/)
    await expect(run).rejects.toThrow(/remark-retext/)
    await expect(run).rejects.toThrow(/retext-attribution-processor/)
  })

  it('refuses an HTML (hast) tree', async () => {
    const tree = unified().use(rehypeParse, {fragment: true}).parse('<p>' + story + '</p>')
    const run = unified().use(retextAttribution as never).run(tree, new VFile(story))
    await expect(run).rejects.toThrow(/got a hast tree \(HTML/)
    await expect(run).rejects.toThrow(/rehype-retext/)
  })

  it('refuses any other node and a missing tree', () => {
    const transform = retextAttribution()
    expect(() => transform({type: 'ParagraphNode', children: []} as never, new VFile(''))).toThrow(
      /got a tree of type `ParagraphNode`/
    )
    expect(() => transform(undefined as never, new VFile(''))).toThrow(/got no tree \(`undefined`\)/)
  })

  it('checks an nlcst tree as before', async () => {
    const processor = unified().use(retextEnglish).use(retextAttribution)
    const file = new VFile(story)
    await processor.run(processor.parse(file) as Node as never, file)
    expect(file.messages.map((d) => d.ruleId)).toEqual(['vague-source', 'agentless-attribution'])
  })
})
