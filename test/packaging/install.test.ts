/**
 * The plugin installs light: what `npm install retext-attribution` pulls
 * (its production dependencies and theirs, as resolved in package-lock.json)
 * stays at 40 packages or fewer.  The processor, the command line and the
 * language server are packages of their own (packages/), so Markdown, HTML,
 * MDX, unified-engine and the LSP stack must not creep back in here.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

interface LockEntry {
  name?: string
  version?: string
  link?: boolean
  resolved?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, {optional?: boolean}>
}

const lock = JSON.parse(readFileSync(root + 'package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>
}

/**
 * Lock locations of everything a package at `start` pulls in production,
 * found as Node finds them: in its own `node_modules`, then in each folder
 * above.
 */
function closure(start: string): Set<string> {
  const seen = new Set<string>()
  const queue = [start]

  while (queue.length > 0) {
    const location = queue.pop()!
    const entry = lock.packages[location]
    if (!entry) throw new Error('Missing lock entry `' + location + '`')
    const names = new Set([
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter(
        (d) => !entry.peerDependenciesMeta?.[d]?.optional
      )
    ])

    for (const name of names) {
      const found = find(location, name)
      if (found === undefined) {
        if (entry.optionalDependencies?.[name]) continue
        throw new Error('Cannot find `' + name + '` from `' + (location || 'the root') + '`')
      }
      const real = lock.packages[found]!.link ? lock.packages[found]!.resolved! : found
      if (seen.has(real) || real === start) continue
      seen.add(real)
      queue.push(real)
    }
  }

  return seen
}

function find(from: string, name: string): string | undefined {
  let base = from
  while (true) {
    const candidate = (base ? base + '/' : '') + 'node_modules/' + name
    if (lock.packages[candidate]) return candidate
    if (!base) return undefined
    // Up one level: out of `…/node_modules/x`, or from a top-level package
    // or a workspace folder (`packages/cli`) to the root.
    const index = base.lastIndexOf('/node_modules/')
    base = index === -1 ? '' : base.slice(0, index)
  }
}

function names(locations: Set<string>): Array<string> {
  return [...locations]
    .map((d) => lock.packages[d]!.name ?? d.slice(d.lastIndexOf('node_modules/') + 13))
    .sort()
}

describe('installing the plugin alone', () => {
  it('pulls at most 40 packages', () => {
    const pulled = closure('')
    // Named in the failure, so a heavy newcomer is easy to spot.
    expect(names(pulled), 'packages pulled by retext-attribution').toHaveLength(
      Math.min(pulled.size, 40)
    )
    expect(pulled.size).toBeLessThanOrEqual(40)
  })

  it('pulls nothing from the Markdown, HTML, CLI or editor stacks', () => {
    const pulled = names(closure(''))
    for (const heavy of [
      'unified-engine',
      'unified-language-server',
      'remark-parse',
      'rehype-parse',
      'remark-mdx',
      'vfile-reporter',
      'retext-attribution-processor'
    ]) {
      expect(pulled).not.toContain(heavy)
    }
  })

  it('has the companion packages depend on the plugin', () => {
    for (const folder of ['packages/processor', 'packages/cli']) {
      expect(names(closure(folder))).toContain('retext-attribution')
    }
    expect(names(closure('packages/language-server'))).toEqual(
      expect.arrayContaining(['retext-attribution', 'retext-attribution-cli', 'retext-attribution-processor'])
    )
  })
})
