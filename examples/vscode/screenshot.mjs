/**
 * Render `images/screenshot.png` for the extension’s README: a mock of the
 * VS Code editor showing what the extension shows — squiggles from the real
 * checker, the hover with the rule’s advice, and the quick fixes the
 * language server offers — drawn by Debian’s Chromium through
 * playwright-core (no browser is downloaded).
 *
 *     node examples/vscode/screenshot.mjs
 */
import {fileURLToPath} from 'node:url'
import {chromium} from 'playwright-core'
import {VFile} from 'vfile'
import {createProcessor} from 'retext-attribution-processor'

const here = fileURLToPath(new URL('.', import.meta.url))
const text = [
  '# Council shelves bridge plan',
  '',
  'The plan was shelved on Monday, a senior official who was not named said.',
  'It is believed that the cost had doubled.',
  '',
  'Mayor Ana Ruiz said the city would review the plan. Experts say it will fail.'
].join('\n')

const file = new VFile({path: 'story.md', value: text})
await createProcessor().process(file)
const escape = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const lines = text.split('\n')
const marks = lines.map(() => [])
for (const message of file.messages) {
  const {start, end} = message.place
  if (start.line === end.line) marks[start.line - 1].push([start.column - 1, end.column - 1])
}

const body = lines
  .map((line, index) => {
    const ranges = marks[index].sort((a, b) => a[0] - b[0])
    let html = ''
    let at = 0
    for (const [from, to] of ranges) {
      if (from < at) continue
      html += escape(line.slice(at, from)) + '<span class="squiggle">' + escape(line.slice(from, to)) + '</span>'
      at = to
    }

    html += escape(line.slice(at))
    const kind = line.startsWith('#') ? ' heading' : ''
    return '<div class="line"><span class="number">' + (index + 1) + '</span><span class="code' + kind + '">' + (html || '&nbsp;') + '</span></div>'
  })
  .join('')

const first = file.messages.find((d) => d.ruleId === 'anonymous-source')
const problems = file.messages
  .map((d) => '<div class="problem"><span class="icon">⚠</span> ' + escape(d.reason).replace(/`([^`]+)`/g, '<code>$1</code>') + ' <span class="dim">retext-attribution(' + d.ruleId + ') [Ln ' + d.line + ', Col ' + d.column + ']</span></div>')
  .join('')

const page = `<!doctype html><meta charset=utf-8><style>
body{margin:0;background:#1e1e1e;font:13px/1.5 system-ui,sans-serif;color:#ccc;width:1100px}
.tabs{background:#252526;padding:8px 16px;color:#fff;border-bottom:1px solid #333}
.editor{font:14px/22px "DejaVu Sans Mono",monospace;padding:12px 0;position:relative;height:250px}
.line{display:flex}.number{width:48px;text-align:right;color:#858585;padding-right:20px}
.code{white-space:pre;color:#d4d4d4}.heading{color:#569cd6;font-weight:bold}
.squiggle{text-decoration:underline wavy #cca700;text-decoration-skip-ink:none;text-underline-offset:3px}
.hover{position:absolute;left:330px;top:150px;width:620px;background:#252526;border:1px solid #454545;padding:10px 12px;font:13px/1.5 system-ui,sans-serif;box-shadow:0 4px 12px #0008}
.hover code,.problem code{background:#3a3d41;padding:0 3px;border-radius:3px}
.actions{border-top:1px solid #454545;margin-top:8px;padding-top:6px;color:#3794ff}
.actions div{padding:2px 0}
.panel{border-top:1px solid #333;background:#1e1e1e;padding:8px 16px}
.panel h2{font-size:11px;letter-spacing:1px;color:#e7e7e7;margin:0 0 6px}
.problem{padding:2px 0}.icon{color:#cca700}.dim{color:#8b8b8b}
</style>
<div class=tabs>story.md</div>
<div class=editor>${body}
<div class=hover>${escape(first.reason).replace(/`([^`]+)`/g, '<code>$1</code>')}<br><span class=dim>${escape(first.note)}</span><br><span class=dim>retext-attribution(<u>anonymous-source</u>)</span>
<div class=actions><div>Ignore <code>anonymous-source</code> here</div><div>Turn off <code>anonymous-source</code> in <code>.retext-attributionrc.json</code></div></div></div>
</div>
<div class=panel><h2>PROBLEMS ${file.messages.length}</h2>${problems}</div>`

const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']})
try {
  const tab = await browser.newPage({viewport: {width: 1100, height: 460}, deviceScaleFactor: 1})
  await tab.setContent(page)
  await tab.screenshot({path: here + 'images/screenshot.png', fullPage: true})
} finally {
  await browser.close()
}
