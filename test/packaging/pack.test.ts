/**
 * Every package is publishable: `npm pack --dry-run --json` lists the built
 * JavaScript and its types, the readme and the license, and nothing else
 * (no sources, tests, fixtures or source maps); package.json has the
 * metadata the registry shows; the readme’s links work on the registry’s
 * page (absolute, not relative to the repository).
 *
 * Needs the build (`npm test` builds first).
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const repository = 'https://github.com/retext-attribution/retext-attribution'

interface Manifest {
  name: string
  description?: string
  license?: string
  author?: string
  keywords?: Array<string>
  homepage?: string
  bugs?: string
  repository?: {type: string; url: string; directory?: string}
  engines?: {node?: string}
  files?: Array<string>
  type?: string
  bin?: Record<string, string>
  exports?: Record<string, {types?: string; default?: string}>
  dependencies?: Record<string, string>
}

const packages: Array<{folder: string; name: string}> = [
  {folder: '.', name: 'retext-attribution'},
  {folder: 'packages/processor', name: 'retext-attribution-processor'},
  {folder: 'packages/cli', name: 'retext-attribution-cli'},
  {folder: 'packages/language-server', name: 'retext-attribution-language-server'}
]

describe.each(packages)('$name', ({folder, name}) => {
  const directory = path.join(root, folder)
  const manifest = JSON.parse(
    readFileSync(path.join(directory, 'package.json'), 'utf8')
  ) as Manifest

  it('has the metadata the registry shows', () => {
    expect(manifest.name).toBe(name)
    expect(manifest.description).toBeTruthy()
    expect(manifest.license).toBe('MIT')
    expect(manifest.author).toBeTruthy()
    expect(manifest.keywords?.length).toBeGreaterThan(3)
    expect(manifest.type).toBe('module')
    expect(manifest.engines?.node).toBe('>=20')
    expect(manifest.bugs).toBe(repository + '/issues')
    expect(manifest.repository?.url).toBe('git+' + repository + '.git')
    if (folder === '.') {
      expect(manifest.repository?.directory).toBeUndefined()
      expect(manifest.homepage).toBe(repository + '#readme')
    } else {
      expect(manifest.repository?.directory).toBe(folder)
      expect(manifest.homepage).toBe(repository + '/tree/main/' + folder + '#readme')
      // Companions depend on published versions, never on file: links.
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
        expect(range, dependency).toMatch(/^\^\d/)
      }
    }
    expect(manifest.files).toEqual(['dist/', '!dist/**/*.map'])
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      expect(target.types, subpath).toMatch(/^\.\/dist\/.+\.d\.ts$/)
      expect(target.default, subpath).toMatch(/^\.\/dist\/.+\.js$/)
    }
  })

  it('packs the build, its types, the readme and the license, and nothing else', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: directory,
      encoding: 'utf8'
    })
    const [report] = JSON.parse(output) as Array<{files: Array<{path: string}>}>
    const files = report!.files.map((d) => d.path)

    expect(files).toContain('package.json')
    expect(files).toContain('README.md')
    expect(files).toContain('LICENSE')
    for (const target of Object.values(manifest.exports ?? {})) {
      expect(files).toContain(target.default!.slice(2))
      expect(files).toContain(target.types!.slice(2))
    }
    for (const bin of Object.values(manifest.bin ?? {})) {
      expect(files).toContain(bin.replace(/^\.\//, ''))
    }

    const unexpected = files.filter(
      (d) =>
        !['package.json', 'README.md', 'LICENSE'].includes(d) &&
        !/^dist\/.+\.(js|d\.ts)$/.test(d)
    )
    expect(unexpected).toEqual([])
    expect(files.filter((d) => /(^|\/)(test|fixtures?|src)\//.test(d))).toEqual([])
    expect(files.filter((d) => d.endsWith('.map'))).toEqual([])
    // Each module comes with its types.
    for (const file of files.filter((d) => d.endsWith('.js'))) {
      expect(files, file).toContain(file.replace(/\.js$/, '.d.ts'))
    }
  })

  it('has a readme whose links and images work on the registry’s page', () => {
    const readme = readFileSync(path.join(directory, 'README.md'), 'utf8')
    const targets = [
      ...readme.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g),
      ...readme.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm),
      ...readme.matchAll(/\bsrc="([^"]+)"/g)
    ].map((d) => d[1]!)

    expect(targets.length).toBeGreaterThan(0)
    const relative = targets.filter((d) => !/^(https?:|mailto:|#)/.test(d))
    expect(relative).toEqual([])
    expect(readme).toMatch(/npm install/)
  })
})
