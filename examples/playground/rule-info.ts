/**
 * One line on what each rule flags, beside its switch: the `description`
 * the rule itself carries (the README’s rules table is generated from the
 * same field), linked to the checkbox with `aria-describedby`.
 */
import type {RuleId} from '../../src/rules/ids.js'
import {rules} from '../../src/rules/index.js'

/** The description of rule `id`, to put after its label. */
export function ruleDescription(id: RuleId, box: HTMLInputElement): HTMLElement {
  const text = rules[id].description
  const node = document.createElement('p')
  node.id = 'rule-description-' + id
  node.className = 'rule-description'
  node.textContent = text.charAt(0).toUpperCase() + text.slice(1) + '.'
  box.setAttribute('aria-describedby', node.id)
  return node
}
