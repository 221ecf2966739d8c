/**
 * Presets read from configuration by the built command line
 * (`node packages/cli/dist/bin.js`): `"preset"` in `.retext-attributionrc` or in the
 * `retext-attribution` field of `package.json`, explicit rules over the
 * preset, `--preset` over the file, and an unknown preset named in the
 * error.
 */
import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readdir, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js')
const story =
  'The plan was shelved, a senior official said, speaking on condition of anonymity because he was not authorized to speak publicly.\n\n' +
  '“It is dead,” the official said.\n'

let workspace: string

beforeAll(async () => {
  // Test the bin as shipped: build it when a source is newer than it.
  if (await stale()) await run('npm', ['run', 'build'], {cwd: root, timeout: 180_000})

  workspace = await mkdtemp(join(tmpdir(), 'retext-attribution-presets-'))
  const folders: Record<string, Record<string, string>> = {
    nyt: {'.retext-attributionrc': JSON.stringify({preset: 'nyt'})},
    ap: {'package.json': JSON.stringify({name: 'ap', private: true, 'retext-attribution': {preset: 'ap'}})},
    override: {
      '.retext-attributionrc': JSON.stringify({preset: 'nyt', rules: {'anonymous-quote': 'off', 'anonymous-source': 'error'}})
    },
    plain: {},
    bad: {'.retext-attributionrc': JSON.stringify({preset: 'guardian'})}
  }

  for (const [name, files] of Object.entries(folders)) {
    await mkdir(join(workspace, name))
    await writeFile(join(workspace, name, 'story.md'), story)
    for (const [file, value] of Object.entries(files)) await writeFile(join(workspace, name, file), value)
  }

  // The workspace must not pick up a config file above it.
  await writeFile(join(workspace, '.retext-attributionrc'), '{}')
}, 240_000)

afterAll(async () => {
  if (workspace) await rm(workspace, {recursive: true, force: true})
})

async function stale(): Promise<boolean> {
  let built: number
  try {
    built = (await stat(bin)).mtimeMs
  } catch {
    return true
  }

  // The command is built from the plugin, the processor and the CLI.
  for (const folder of ['src', 'packages/processor/src', 'packages/cli/src']) {
    const sources = await readdir(join(root, folder), {recursive: true})
    for (const file of sources) {
      if (!file.endsWith('.ts')) continue
      if ((await stat(join(root, folder, file))).mtimeMs > built) return true
    }
  }

  return false
}

interface Result {
  code: number
  stdout: string
  stderr: string
}

async function cli(folder: string, ...args: Array<string>): Promise<Result> {
  try {
    const {stdout, stderr} = await run(process.execPath, [bin, ...args], {
      cwd: join(workspace, folder),
      env: {...process.env, NO_COLOR: '1'}
    })
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failure = error as {code: number; stdout: string; stderr: string}
    return {code: failure.code, stdout: failure.stdout, stderr: failure.stderr}
  }
}

/** `ruleId:severity` of each message, sorted. */
async function rules(folder: string, ...args: Array<string>): Promise<Array<string>> {
  const result = await cli(folder, '--reporter', 'json', ...args, 'story.md')
  const report = JSON.parse(result.stdout) as {
    files: Array<{messages: Array<{ruleId: string; severity: string}>}>
  }
  return report.files
    .flatMap((d) => d.messages)
    .map((d) => d.ruleId + ':' + d.severity)
    .sort()
}

describe('presets in CLI configuration', () => {
  it('uses the default preset without configuration', async () => {
    expect(await rules('plain')).toEqual(['anonymous-source:warning'])
  })

  it('reads `"preset": "nyt"` from .retext-attributionrc', async () => {
    expect(await rules('nyt')).toEqual([
      'anonymous-quote:warning',
      'anonymous-source:warning',
      'boilerplate-anonymity-reason:warning'
    ])
  })

  it('reads the preset from the package.json field', async () => {
    expect(await rules('ap')).toEqual([
      'anonymous-source:warning',
      'single-anonymous-source:warning'
    ])
  })

  it('lets explicit rules in the same file override the preset', async () => {
    expect(await rules('override')).toEqual([
      'anonymous-source:error',
      'boilerplate-anonymity-reason:warning'
    ])
  })

  it('lets `--preset` override the file', async () => {
    expect(await rules('nyt', '--preset', 'reuters')).toEqual([
      'anonymous-lead:warning',
      'anonymous-source:warning',
      'single-anonymous-source:warning'
    ])
  })

  it('names an unknown preset in the error', async () => {
    const result = await cli('bad', 'story.md')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/unknown preset `guardian`/)
    expect(result.stderr).toMatch(/`recommended`, `ap`, `nyt`, `reuters`, `wikipedia`/)
  })
})
