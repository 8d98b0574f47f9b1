// npm run bench: builds, then measures speed, size and growth against their
// targets; prints one table and writes the same figures to bench/results.json.
import { rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { COLD_RUNS, measureBrowser } from './browser'
import { measureBundle } from './bundle'
import { measureCore, ROOT, type CallFigures } from './core'
import { openKnowledgeBase } from '../src-main/core/knowledge-base'
import { measureRelevance } from './relevance'
import { measureSearch } from './search-figures'
import { snapshotBuild } from './snapshot'
import { buildSyntheticKb } from './synthetic'
import { passes, renderTable, type Section } from './table'

const started = performance.now()
const loadAtStart = loadavg()
const step = (what: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`)
const MB = 1024 * 1024

const build = snapshotBuild()
process.on('exit', () => build.remove())

step('core: compile, open, search, compare, screen, handout')
const core = measureCore(build.kbPath, build.contentDir)

step('search relevance: practitioner query set')
const relevance = (() => {
  const kb = openKnowledgeBase(build.kbPath)
  try {
    return measureRelevance(kb)
  } finally {
    kb.close()
  }
})()

step('growth: synthetic knowledge bases 10× and 100×')
const vocabulary = (() => {
  const db = new Database(build.kbPath, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM spell_terms').get() as { n: number }).n
  } finally {
    db.close()
  }
})()
const growth = [10, 100].map((scale) => {
  const path = join(tmpdir(), `handbook-bench-x${scale}-${process.pid}.db`)
  try {
    const built = buildSyntheticKb(build.contentDir, path, scale, vocabulary)
    return { scale, built, search: measureSearch(path, 5) }
  } finally {
    rmSync(path, { force: true })
  }
})

step('browser: cold load, keystrokes, handout PDF, server memory')
const browser = await measureBrowser(build)
step('bundle')
const bundle = measureBundle(build.rendererDir)

const calls = (c: CallFigures) => `first call ${c.first.toFixed(1)} ms, p95 ${c.p95.toFixed(2)} ms`
const [x10, x100] = growth as [(typeof growth)[0], (typeof growth)[0]]
const pdf = 'ms' in browser.handoutPdf ? browser.handoutPdf : undefined
const sections: Section[] = [
  {
    title: 'knowledge base',
    rows: [
      { id: 'kb.compile', figure: 'compile (fresh process, median of 3)', value: core.compile.ms / 1000, unit: 's', target: 3 },
      { id: 'kb.size', figure: 'database size', value: core.kbBytes / MB, unit: 'MB' },
      { id: 'kb.open', figure: 'open + integrity check (median)', value: core.openMs, unit: 'ms' },
    ],
  },
  {
    title: `search relevance: ${relevance.total} practitioner queries (bench/relevance-queries.ts), first hit acceptable`,
    rows: [
      {
        id: 'relevance.top1',
        figure: 'top-1 accuracy',
        value: relevance.top1 * 100,
        unit: '%',
        minimum: 95,
        note: relevance.misses.length
          ? `misses: ${relevance.misses
              .slice(0, 5)
              .map((m) => `"${m.query.q}"`)
              .join(', ')}`
          : 'no misses',
      },
      { id: 'relevance.top3', figure: 'top-3 accuracy', value: relevance.top3 * 100, unit: '%' },
    ],
  },
  {
    title: `core search: 50 fixed queries, each the median of ${core.search.rounds} runs`,
    rows: [
      { id: 'search.first', figure: 'first query after opening', value: core.search.firstMs, unit: 'ms' },
      { id: 'search.p50', figure: 'p50', value: core.search.p50, unit: 'ms' },
      {
        id: 'search.p95',
        figure: 'p95',
        value: core.search.p95,
        unit: 'ms',
        target: 2,
        note: `slowest: ${core.search.slowest.map((x) => `"${x.q}" ${x.ms.toFixed(2)} ms`).join(', ')}; p95 of all ${core.search.rounds * 50} single timings ${core.search.allSamplesP95.toFixed(2)} ms`,
      },
    ],
  },
  {
    title: `growth (synthetic: ${x10.built.treatments} and ${x100.built.treatments} treatments, ${(x100.built.bytes / MB).toFixed(0)} MB at 100×)`,
    rows: [
      { id: 'growth.x10.p50', figure: '10× search p50', value: x10.search.p50, unit: 'ms' },
      { id: 'growth.x10.p95', figure: '10× search p95', value: x10.search.p95, unit: 'ms' },
      { id: 'growth.x100.p50', figure: '100× search p50', value: x100.search.p50, unit: 'ms' },
      {
        id: 'growth.x100.p95',
        figure: '100× search p95',
        value: x100.search.p95,
        unit: 'ms',
        target: 10,
        note: `slowest: ${x100.search.slowest.map((x) => `"${x.q}" ${x.ms.toFixed(1)} ms`).join(', ')}`,
      },
      {
        id: 'growth.ratio',
        figure: 'search p95 growth for 100× the content',
        value: x100.search.p95 / core.search.p95,
        unit: '×',
        note: `p50 grew ${(x100.search.p50 / core.search.p50).toFixed(1)}×; building the 100× base took ${(x100.built.ms / 1000).toFixed(1)} s`,
      },
    ],
  },
  {
    title: 'core, one call (median of 200 after the first; first call and p95 in notes)',
    rows: [
      { id: 'compare.median', figure: 'comparison of four treatments', value: core.compare.median, unit: 'ms', target: 5, note: calls(core.compare) },
      { id: 'screening.median', figure: 'one screening', value: core.screening.median, unit: 'ms', target: 5, note: calls(core.screening) },
      { id: 'handout.median', figure: 'assembling one handout', value: core.handout.median, unit: 'ms', note: calls(core.handout) },
    ],
  },
  {
    title: `Chromium ${browser.chromium}, browser preview`,
    rows: [
      { id: 'cold.app', figure: `cold load to list painted (median of ${COLD_RUNS})`, value: browser.coldLoad.appMs, unit: 'ms' },
      {
        id: 'cold.bare',
        figure: 'bare Vue + Pinia page (same server, one fetch of the same list, same cards), same runs',
        value: browser.coldLoad.bareMs,
        unit: 'ms',
      },
      {
        id: 'cold.ratio',
        figure: 'cold load ratio app / bare',
        value: browser.coldLoad.ratio,
        unit: '×',
        target: 1.5,
        note:
          `each run's own ratio: median ${browser.coldLoad.runRatios.p50.toFixed(2)}×, quartiles ${browser.coldLoad.runRatios.p25.toFixed(2)}–${browser.coldLoad.runRatios.p75.toFixed(2)}×; ` +
          `medians: app code in at ${browser.coldLoad.appCode.toFixed(0)} ms, its API answers in at ${browser.coldLoad.appData.toFixed(0)} ms, ` +
          `${browser.coldLoad.appRequests} requests, ${browser.coldLoad.appElements} elements on screen; ` +
          `bare page code in at ${browser.coldLoad.bareCode.toFixed(0)} ms, its list in at ${browser.coldLoad.bareData.toFixed(0)} ms, ${browser.coldLoad.bareRequests} requests, ${browser.coldLoad.bareElements} elements`,
      },
      {
        id: 'keystroke.p95',
        figure: `keystroke to results painted p95 (${browser.keystroke.measured} keys)`,
        value: browser.keystroke.p95,
        unit: 'ms',
        target: 50,
        note: `each key the median of 3 passes; p50 ${browser.keystroke.p50.toFixed(1)} ms, of which keydown → answer parsed ${browser.keystroke.answerMedian.toFixed(1)} ms (HTTP to the preview server and back), answer → painted ${browser.keystroke.renderMedian.toFixed(1)} ms; p95 of all single timings ${browser.keystroke.allSamplesP95.toFixed(1)} ms; ${browser.keystroke.unchanged} of ${browser.keystroke.measured} keys left the list as it was`,
      },
      pdf
        ? {
            id: 'handout.pdf',
            figure: 'handout to PDF (median of 3)',
            value: pdf.ms / 1000,
            unit: 's',
            target: 1,
            note: `sheet ready ${pdf.readyMs} ms after navigation; ${(pdf.bytes / 1024).toFixed(0)} KB PDF`,
          }
        : { id: 'handout.pdf', figure: 'handout to PDF', value: NaN, unit: 's', target: 1, note: (browser.handoutPdf as { missing: string }).missing },
    ],
  },
  {
    title: 'size and memory',
    rows: [
      { id: 'bundle.raw', figure: 'renderer bundle, raw', value: bundle.raw / 1024, unit: 'KB' },
      { id: 'bundle.gzip', figure: 'renderer bundle, gzipped', value: bundle.gzip / 1024, unit: 'KB', target: 250 },
      { id: 'bundle.entry', figure: 'of which loaded at start, gzipped', value: bundle.entryGzip / 1024, unit: 'KB' },
      { id: 'memory.idle', figure: 'preview server RSS, started', value: browser.serverMemory.idle / MB, unit: 'MB' },
      {
        id: 'memory.walk',
        figure: `preview server RSS after walking ${browser.serverMemory.screens.length} screens`,
        value: browser.serverMemory.afterWalk / MB,
        unit: 'MB',
        note: `peak ${(browser.serverMemory.peak / MB).toFixed(1)} MB`,
      },
    ],
  },
]

const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ')
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; load average ${load(loadAtStart)} at start, ${load(loadavg())} at the end`
const table = renderTable(sections, [`machine: ${machine}`])
console.log(table)
const rows = sections.flatMap((s) => s.rows)
const missed = rows.filter((r) => !passes(r) || (r.target !== undefined && !Number.isFinite(r.value)))
writeFileSync(
  join(ROOT, 'bench/results.json'),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        node: process.version,
        loadAverage: { start: loadAtStart, end: loadavg() },
        chromium: browser.chromium,
      },
      figures: Object.fromEntries(
        rows.map((r) => [r.id, { figure: r.figure, value: r.value, unit: r.unit, ...(r.target !== undefined ? { target: r.target, pass: passes(r) } : {}) }]),
      ),
      details: { core, growth, browser, bundle },
      tookSeconds: (performance.now() - started) / 1000,
    },
    null,
    2,
  ) + '\n',
)
step(`done: ${rows.length} figures, ${missed.length} off target; bench/results.json written`)
