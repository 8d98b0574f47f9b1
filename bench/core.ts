// Figures measured in core, under plain Node: compiling, opening, searching,
// comparing, screening and assembling a handout on the real knowledge base.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CandidateProfile } from '../src-main/core/screener-profile'
import { buildComparison } from '../src-main/core/compare'
import { buildHandout } from '../src-main/core/handout'
import { openKnowledgeBase } from '../src-main/core/knowledge-base'
import { screenCandidate } from '../src-main/core/screener'
import { measureSearch, type SearchFigures } from './search-figures'
import { median, percentile, timeOnce, timeRepeated } from './stats'

export const ROOT = resolve(import.meta.dirname, '..')
export const KB_PATH = join(ROOT, 'resources/handbook.db')

/** Four treatments a practitioner weighs for the same concern, one of each kind of device. */
export const COMPARED = ['fractional-co2-laser', 'rf-microneedling', 'tca-peel-medium', 'microfocused-ultrasound']
export const HANDOUT_SLUG = 'fractional-co2-laser'

/** A client with several concerns and conditions, so the rules have work to do. */
const PROFILE: CandidateProfile = {
  age: 52,
  fitzpatrick: 'IV',
  glogau: 3,
  concerns: ['laxity', 'static-wrinkles', 'hyperpigmentation', 'rough-texture'],
  flags: ['herpes-history', 'isotretinoin', 'anticoagulants'],
  endedOn: { isotretinoin: '2026-03-01' },
  maxDowntimeDays: 7,
  injectionsAcceptable: true,
  energyDevicesAcceptable: true,
}
const TODAY = '2026-06-01'

export interface CallFigures {
  first: number
  median: number
  p95: number
}

export interface CoreFigures {
  compile: { ms: number; runs: number[] }
  kbBytes: number
  openMs: number
  search: SearchFigures
  compare: CallFigures
  screening: CallFigures
  handout: CallFigures
}

/** Compiles in a fresh process each time, as `npm run kb` does: module loading is excluded, JIT warm-up is not. */
function compileRuns(contentDir: string, n: number): { ms: number; runs: number[]; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-bench-kb-'))
  try {
    const runs: number[] = []
    let bytes = 0
    for (let i = 0; i < n; i++) {
      let out: string
      try {
        out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/compile-child.ts'), contentDir, join(dir, 'handbook.db')], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      } catch (e) {
        const stderr = String((e as { stderr?: string }).stderr ?? '')
        throw new Error(
          `The content does not compile:\n${stderr
            .split('\n')
            .filter((l) => /^\s+- |Error/.test(l))
            .slice(0, 12)
            .join('\n')}`,
        )
      }
      const r = JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; bytes: number }
      runs.push(r.ms)
      bytes = r.bytes
    }
    return { ms: median(runs), runs, bytes }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The first call on a freshly opened file (caches empty), then the steady
 * state: the median of `n` calls stands for "one call", since back-to-back
 * repetition piles up garbage and a busy machine adds pauses no single click
 * would meet; the p95 is kept beside it.
 */
function figures(kbPath: string, fn: (kb: ReturnType<typeof openKnowledgeBase>) => unknown, n = 200) {
  const kb = openKnowledgeBase(kbPath)
  try {
    const first = timeOnce(() => fn(kb))
    const samples = timeRepeated(() => fn(kb), n)
    return { first, median: median(samples), p95: percentile(samples, 95) }
  } finally {
    kb.close()
  }
}

export function measureCore(kbPath: string, contentDir: string): CoreFigures {
  const compile = compileRuns(contentDir, 3)
  const openMs = median(timeRepeated(() => openKnowledgeBase(kbPath).close(), 20))
  return {
    compile: { ms: compile.ms, runs: compile.runs },
    kbBytes: compile.bytes,
    openMs,
    search: measureSearch(kbPath),
    compare: figures(kbPath, (kb) => buildComparison(kb, COMPARED, 'IV')),
    screening: figures(kbPath, (kb) => screenCandidate(kb, PROFILE, TODAY)),
    handout: figures(kbPath, (kb) => buildHandout(kb, { slugs: [HANDOUT_SLUG], clientName: 'A. Client', date: TODAY })),
  }
}
