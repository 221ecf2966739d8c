/**
 * Control comments in plain text: the Markdown form on a line of its own,
 * as the processor (and so the CLI and the language server) honours it.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessor} from 'retext-attribution-processor'

async function check(value: string, path = 'story.txt') {
  const file = new VFile({path, value})
  await createProcessor().process(file)
  return file.messages.map((d) => d.ruleId + '@' + d.line)
}

const flagged = 'It is believed that the mayor will resign.'

describe('control comments in plain text', () => {
  it('ignores the next paragraph, all rules or the ones named', async () => {
    expect(await check(flagged + '\n')).toEqual(['agentless-attribution@1'])
    expect(
      await check('<!-- retext-attribution ignore -->\n' + flagged + '\nExperts say so.\n\n' + flagged + '\n')
    ).toEqual(['agentless-attribution@5'])
    expect(
      await check('<!--retext-attribution ignore vague-source-->\n' + flagged + ' Experts say so.\n')
    ).toEqual(['agentless-attribution@2'])
  })

  it('disables and enables a range', async () => {
    expect(
      await check(
        [
          '<!-- retext-attribution disable agentless-attribution -->',
          flagged,
          '',
          flagged + ' Experts say so.',
          '<!-- retext-attribution enable agentless-attribution -->',
          flagged
        ].join('\n')
      )
    ).toEqual(['vague-source@4', 'agentless-attribution@6'])
  })

  it('reads the comment line as no prose, and keeps every position', async () => {
    // Without blanking, the comment’s words would run into the next
    // sentence and hide its source.
    expect(
      await check('Intro.\n<!-- retext-attribution enable vague-source -->\nAnalysts say the vote will be close.\n')
    ).toEqual(['vague-source@3'])
    const file = new VFile({path: 'a.txt', value: '<!-- retext-attribution ignore -->\r\n' + flagged + '\r\n\r\n' + flagged})
    await createProcessor().process(file)
    expect(file.messages.map((d) => [d.line, d.column, d.actual])).toEqual([[4, 1, 'It is believed']])
  })

  it('leaves a comment inside a line, and other comments, as prose', async () => {
    expect(await check(flagged + ' <!-- retext-attribution ignore -->\n')).toEqual([
      'agentless-attribution@1'
    ])
    expect(await check('<!-- a note -->\n' + flagged + '\n')).toEqual(['agentless-attribution@2'])
  })

  it('warns about unknown rule ids, as in Markdown', async () => {
    expect((await check('<!-- retext-attribution ignore no-such-rule -->\n' + flagged + '\n')).sort()).toEqual([
      'agentless-attribution@2',
      'known@1'
    ])
  })
})
