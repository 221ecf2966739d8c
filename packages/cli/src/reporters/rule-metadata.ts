/**
 * SARIF `reportingDescriptor`s of the rules, from the rule data: code
 * scanning shows the short description as the alert title, the full one and
 * the help (Markdown) beside it, and filters by tags and default level.
 */
import type {ReportingDescriptor} from 'sarif'
import {
  documentation,
  policyRuleIds,
  presets,
  ruleDescriptions,
  ruleIds
} from 'retext-attribution'

const sarifLevel = {error: 'error', warning: 'warning', info: 'note'} as const

/** The default severity of a rule switched on with `true`. */
function defaultLevel(id: string): 'error' | 'info' | 'warning' {
  const recommended = presets.recommended.rules[id as keyof typeof presets.recommended.rules]
  if (recommended && recommended !== 'off') return recommended
  return id === 'unattributed-claim' ? 'info' : 'warning'
}

export function ruleDescriptors(): Array<ReportingDescriptor> {
  return ruleIds.map(function (id): ReportingDescriptor {
    const {description, flagged, notFlagged} = ruleDescriptions[id]
    const sentence = description.charAt(0).toUpperCase() + description.slice(1)
    const enabled = Boolean(
      presets.recommended.rules[id] && presets.recommended.rules[id] !== 'off'
    )
    const inPresets = Object.entries(presets)
      .filter(([, preset]) => preset.rules[id] && preset.rules[id] !== 'off')
      .map(([name]) => name)
    const policy = (policyRuleIds as ReadonlyArray<string>).includes(id)

    return {
      id,
      name: id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (d) => d.toUpperCase()),
      shortDescription: {text: sentence + '.'},
      fullDescription: {
        text:
          sentence +
          '. Flagged: “' +
          flagged +
          '” Not flagged: “' +
          notFlagged +
          '”'
      },
      help: {
        text:
          sentence +
          '.\n\nFlagged: ' +
          flagged +
          '\nNot flagged: ' +
          notFlagged +
          '\n\n' +
          documentation +
          id,
        markdown:
          '**' +
          id +
          '**: ' +
          description +
          '.\n\n' +
          '| | Example |\n| --- | --- |\n| Flagged | ' +
          cell(flagged) +
          ' |\n| Not flagged | ' +
          cell(notFlagged) +
          ' |\n\n' +
          (policy
            ? 'A policy rule, on in the presets ' + inPresets.map((d) => '`' + d + '`').join(', ') + '.'
            : enabled
              ? 'On by default.'
              : 'Off by default; switch it on in `rules`.') +
          ' See [the documentation](' +
          documentation +
          id +
          ').'
      },
      helpUri: documentation + id,
      defaultConfiguration: {enabled, level: sarifLevel[defaultLevel(id)]},
      properties: {
        tags: [
          'attribution',
          'journalism',
          policy ? 'policy' : 'sourcing',
          ...inPresets.map((d) => 'preset:' + d)
        ]
      }
    }
  })
}

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}
