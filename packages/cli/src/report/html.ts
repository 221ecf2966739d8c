/**
 * `--report html FILE`: one self-contained page (no network: Chart.js is
 * inlined) with the sourcing of a run: totals by kind of source, the share
 * of anonymous, vague and agentless attributions per document and per
 * group, the commonest anonymous and vague descriptors, and the findings,
 * which every chart links to (clicking a bar filters the list).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import * as path from 'node:path'
import type {ReportData} from './collect.js'

/** Kinds of source, with their rule (findings) and colour. */
const kinds = [
  {key: 'named', label: 'named', rule: undefined, color: '#4c78a8'},
  {key: 'anonymous', label: 'anonymous', rule: 'anonymous-source', color: '#e45756'},
  {key: 'vague', label: 'vague', rule: 'vague-source', color: '#f58518'},
  {key: 'agentless', label: 'agentless', rule: 'agentless-attribution', color: '#54a24b'}
] as const

let chartSource: string | undefined

/** The built Chart.js (UMD), to inline. */
function chartJs(): string {
  if (chartSource === undefined) {
    const main = createRequire(import.meta.url).resolve('chart.js')
    chartSource = readFileSync(path.join(path.dirname(main), 'chart.umd.min.js'), 'utf8')
  }

  return chartSource
}

/** Render the page. */
export function renderReport(data: ReportData): string {
  const total = data.total
  const share = (value: number) =>
    total.attributions === 0 ? '–' : ((value / total.attributions) * 100).toFixed(1) + ' %'
  const groupSection = data.groupField
    ? `<section class="chart"><h2>Share of attributions by ${escape(data.groupField)}</h2>
<div class="canvas" style="height:${Math.max(160, 28 * data.groups.length + 60)}px"><canvas id="chart-groups" role="img" aria-label="Share of each kind of source by ${escape(data.groupField)}"></canvas></div>
<p class="links">Click a bar for the findings of that ${escape(data.groupField)}.</p></section>`
    : ''

  const documents = new Map(data.listed.map((d) => [d.index, d]))
  const byDocument = new Map<number, Array<ReportData['findings'][number]>>()
  for (const finding of data.findings) {
    const list = byDocument.get(finding.document) ?? []
    list.push(finding)
    byDocument.set(finding.document, list)
  }

  const findings = [...byDocument]
    .map(function ([index, list]) {
      const document = documents.get(index)!
      return (
        `<section class="document" id="doc-${index}" data-group="${escape(document.group ?? '')}">` +
        `<h3>${escape(document.id)}${document.group === undefined ? '' : ` <span class="group">${escape(document.group)}</span>`}</h3><ul>` +
        list
          .map(
            (d) =>
              `<li class="${d.severity}" data-rule="${escape(d.ruleId ?? '')}" data-text="${escape((d.actual ?? '').toLowerCase())}">` +
              `<span class="where">${d.line ?? ''}${d.column === null ? '' : ':' + d.column}</span> ` +
              `<code>${escape(d.ruleId ?? '')}</code> ${escape(d.reason)}</li>`
          )
          .join('') +
        '</ul></section>'
      )
    })
    .join('\n')

  const page = {
    kinds,
    total,
    groups: data.groups,
    top: data.top,
    histogram: data.histogram,
    descriptors: data.descriptors
  }

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(data.title)}</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:20px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:17px;margin:0 0 10px}
h3{font-size:14px;margin:14px 0 4px}
.meta{color:#555;margin:0 0 16px}
.totals{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 18px;padding:0;list-style:none}
.totals li{background:#fff;border-radius:8px;padding:10px 14px;min-width:120px;box-shadow:0 1px 2px #0001}
.totals b{display:block;font-size:22px}
.totals a{color:inherit;text-decoration:none}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.chart{background:#fff;border-radius:8px;padding:14px;box-shadow:0 1px 2px #0001;margin-bottom:16px}
.chart.wide{grid-column:1/-1}
.canvas{position:relative;height:260px}
.links{margin:8px 0 0;font-size:13px;color:#555}
#findings{background:#fff;border-radius:8px;padding:14px;box-shadow:0 1px 2px #0001;margin-bottom:40px}
#filter{background:#fff4d6;padding:6px 10px;border-radius:6px;display:none}
#filter.on{display:block}
.document ul{margin:0;padding-left:20px}
.document li{margin:2px 0}
.where{color:#777;font-variant-numeric:tabular-nums}
.group{font-weight:normal;color:#555;background:#eee;border-radius:4px;padding:0 6px}
li.error code{color:#b00}
li.info{color:#555}
.hidden{display:none}
@media (max-width:800px){.grid{grid-template-columns:1fr}}
</style>
</head>
<body>
<header>
<h1>${escape(data.title)}</h1>
<p class="meta">${data.documents.toLocaleString('en-US')} documents, ${data.attributed.toLocaleString('en-US')} with attributions; ${total.attributions.toLocaleString('en-US')} attributions; ${data.findingCount.toLocaleString('en-US')} findings.</p>
<ul class="totals">
${kinds
  .map(
    (kind) =>
      `<li><a href="${kind.rule ? '#rule=' + kind.rule : '#findings'}"><span style="color:${kind.color}">■</span> ${kind.label}<b>${total[kind.key].toLocaleString('en-US')}</b>${share(total[kind.key])}</a></li>`
  )
  .join('\n')}
<li>unexplained anonymity<b><a href="#rule=unexplained-anonymity">${total.unexplainedAnonymity.toLocaleString('en-US')}</a></b></li>
</ul>
</header>
<main>
<div class="grid">
<section class="chart"><h2>Attributions by kind of source</h2>
<div class="canvas"><canvas id="chart-kinds" role="img" aria-label="Attributions by kind of source"></canvas></div>
<p class="links">Findings: ${kinds
    .filter((d) => d.rule)
    .map((d) => `<a href="#rule=${d.rule}">${d.label}</a>`)
    .join(', ')}</p></section>
<section class="chart"><h2>Documents by share of each kind</h2>
<div class="canvas"><canvas id="chart-histogram" role="img" aria-label="Documents by share of anonymous, vague and agentless attributions"></canvas></div>
<p class="links">Each bar counts documents whose share of that kind falls in the range. Click for the findings of that kind.</p></section>
${groupSection.replace('class="chart"', 'class="chart wide"')}
<section class="chart"><h2>Commonest anonymous descriptors</h2>
<div class="canvas"><canvas id="chart-anonymous" role="img" aria-label="Commonest anonymous descriptors"></canvas></div>
<p class="links"><a href="#rule=anonymous-source">All anonymous sources</a></p></section>
<section class="chart"><h2>Commonest vague descriptors</h2>
<div class="canvas"><canvas id="chart-vague" role="img" aria-label="Commonest vague descriptors"></canvas></div>
<p class="links"><a href="#rule=vague-source">All vague sources</a></p></section>
<section class="chart wide"><h2>Share of attributions per document${data.top.length < data.attributed ? ` (the ${data.top.length} with the most attributions)` : ''}</h2>
<div class="canvas" style="height:${Math.max(200, 18 * data.top.length + 60)}px"><canvas id="chart-documents" role="img" aria-label="Share of each kind of source per document"></canvas></div>
<p class="links">Click a bar for the findings of that document.</p></section>
</div>
<section id="findings"><h2>Findings</h2>
<p id="filter"><span id="filter-text"></span> <a href="#findings">show all</a></p>
${data.findings.length < data.findingCount ? `<p class="meta">The first ${data.findings.length.toLocaleString('en-US')} of ${data.findingCount.toLocaleString('en-US')} findings; the JSON or JSONL output has them all.</p>` : ''}
${findings || '<p>No findings.</p>'}
</section>
</main>
<script>${chartJs().replace(/<\/(script)/gi, '<\\/$1')}</script>
<script type="application/json" id="report-data">${JSON.stringify(page).replace(/</g, '\\u003c')}</script>
<script>${client}</script>
</body>
</html>
`
}

/** The page’s own script: draws the charts and filters the findings. */
const client = `
(function () {
  'use strict'
  var data = JSON.parse(document.getElementById('report-data').textContent)
  var kinds = data.kinds
  var unsourced = kinds.slice(1)
  Chart.defaults.animation = false
  Chart.defaults.maintainAspectRatio = false
  Chart.defaults.font.family = 'system-ui, sans-serif'

  function go(hash) { location.hash = hash }
  function percent(part, whole) { return whole ? Math.round(part / whole * 1000) / 10 : 0 }
  function clicked(chart, handler) {
    return function (event, elements) {
      if (elements.length > 0) handler(elements[0].index, elements[0].datasetIndex)
    }
  }
  function shares(rows, label) {
    return {
      labels: rows.map(label),
      datasets: kinds.map(function (kind) {
        return {
          label: kind.label,
          backgroundColor: kind.color,
          data: rows.map(function (row) { return percent(row.summary[kind.key], row.summary.attributions) })
        }
      })
    }
  }
  var stacked = {
    indexAxis: 'y',
    scales: {
      x: {stacked: true, max: 100, ticks: {callback: function (v) { return v + ' %' }}},
      y: {stacked: true, ticks: {autoSkip: false}}
    },
    plugins: {tooltip: {callbacks: {label: function (c) { return c.dataset.label + ': ' + c.parsed.x + ' %' }}}}
  }

  new Chart(document.getElementById('chart-kinds'), {
    type: 'bar',
    data: {
      labels: kinds.map(function (d) { return d.label }),
      datasets: [{label: 'attributions', data: kinds.map(function (d) { return data.total[d.key] }),
        backgroundColor: kinds.map(function (d) { return d.color })}]
    },
    options: {plugins: {legend: {display: false}},
      onClick: clicked(null, function (index) { go(kinds[index].rule ? '#rule=' + kinds[index].rule : '#findings') })}
  })

  var bins = []
  for (var b = 0; b < 10; b++) bins.push(b * 10 + '–' + (b + 1) * 10 + ' %')
  new Chart(document.getElementById('chart-histogram'), {
    type: 'bar',
    data: {labels: bins, datasets: unsourced.map(function (kind) {
      return {label: kind.label, backgroundColor: kind.color, data: data.histogram[kind.key]}
    })},
    options: {scales: {y: {title: {display: true, text: 'documents'}}},
      onClick: clicked(null, function (index, dataset) { go('#rule=' + unsourced[dataset].rule) })}
  })

  new Chart(document.getElementById('chart-documents'), {
    type: 'bar',
    data: shares(data.top, function (d) { return d.id.length > 40 ? '…' + d.id.slice(-39) : d.id }),
    options: Object.assign({}, stacked, {onClick: clicked(null, function (index) { go('#doc-' + data.top[index].index) })})
  })

  var groups = document.getElementById('chart-groups')
  if (groups) {
    new Chart(groups, {
      type: 'bar',
      data: shares(data.groups, function (d) { return d.name + ' (' + d.documents + ')' }),
      options: Object.assign({}, stacked, {onClick: clicked(null, function (index) { go('#group=' + encodeURIComponent(data.groups[index].name)) })})
    })
  }

  ;[['anonymous', 'anonymous-source', kinds[1].color], ['vague', 'vague-source', kinds[2].color]].forEach(function (spec) {
    var rows = data.descriptors[spec[0]]
    new Chart(document.getElementById('chart-' + spec[0]), {
      type: 'bar',
      data: {labels: rows.map(function (d) { return d[0] }),
        datasets: [{label: 'attributions', backgroundColor: spec[2], data: rows.map(function (d) { return d[1] })}]},
      options: {indexAxis: 'y', plugins: {legend: {display: false}}, scales: {y: {ticks: {autoSkip: false}}},
        onClick: clicked(null, function (index) { go('#rule=' + spec[1] + '&find=' + encodeURIComponent(rows[index][0])) })}
    })
  })

  // Links from the charts: #rule=…(&find=…), #group=…, #doc-N.
  function filter() {
    var hash = location.hash.slice(1)
    var params = new URLSearchParams(hash.indexOf('=') === -1 ? '' : hash)
    var rule = params.get('rule'), group = params.get('group'), find = params.get('find')
    var sections = document.querySelectorAll('#findings .document')
    function apply(find) {
      var shown = 0
      sections.forEach(function (section) {
        var any = false
        section.querySelectorAll('li').forEach(function (item) {
          var show = (!rule || item.dataset.rule === rule) &&
            (!find || item.dataset.text.indexOf(find) !== -1) &&
            (group === null || section.dataset.group === group)
          item.classList.toggle('hidden', !show)
          if (show) { any = true; shown++ }
        })
        section.classList.toggle('hidden', !any)
      })
      return shown
    }
    var shown = apply(find)
    // A head noun the findings do not spell (“person” for “people”): all of the rule.
    if (find && shown === 0) { find = null; shown = apply(null) }
    var bar = document.getElementById('filter')
    var on = Boolean(rule || group !== null || find)
    bar.classList.toggle('on', on)
    document.getElementById('filter-text').textContent = on
      ? 'Showing ' + shown + ' findings' + (rule ? ' of ' + rule : '') + (find ? ' with “' + find + '”' : '') + (group !== null ? ' in ' + group : '')
      : ''
    if (on) document.getElementById('findings').scrollIntoView()
  }
  window.addEventListener('hashchange', filter)
  filter()
})()
`

function escape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
