// The shipped knowledge base, screened one condition at a time: for every
// treatment and every condition, the result names that condition for that
// treatment (a block, a caution or an explicit "no known interaction"), never
// nothing. Silence is never safe.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CandidateProfile } from '../../src-main/core/screener-profile'
import type { ScreenedTreatment } from '../../src-main/api/screener-types'
import { allTreatments, taxonomy } from '../../src-main/core/catalog'
import { compileKnowledgeBase } from '../../src-main/core/content/compile'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { screenCandidate } from '../../src-main/core/screener'

const CONTENT = resolve(import.meta.dirname, '../../resources/content')
let dir: string
let kb: KnowledgeBase
let cells: Map<string, { stance: string; wait: number | null }>
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handbook-matrix-'))
  compileKnowledgeBase(CONTENT, join(dir, 'handbook.db'))
  kb = openKnowledgeBase(join(dir, 'handbook.db'))
  const db = new Database(join(dir, 'handbook.db'), { readonly: true })
  const rows = db.prepare('SELECT slug, contraindication_id AS id, stance, wait_months AS wait FROM safety_matrix').all() as {
    slug: string
    id: string
    stance: string
    wait: number | null
  }[]
  db.close()
  cells = new Map(rows.map((r) => [`${r.slug}:${r.id}`, r]))
})
afterAll(() => {
  kb?.close()
  rmSync(dir, { recursive: true, force: true })
})

const BASE: CandidateProfile = { age: 45, fitzpatrick: 'II', glogau: 2, concerns: [], flags: [], injectionsAcceptable: true, energyDevicesAcceptable: true }
const EXPECTED_RULE: Record<string, string[]> = {
  exclude: ['absolute-contraindication'],
  defer: ['temporary-contraindication', 'contested-wait'],
  caution: ['relative-contraindication'],
  none: ['no-known-interaction'],
}

describe('the shipped safety matrix, one condition at a time', () => {
  it('holds one decision for every treatment × condition pair', () => {
    const treatments = allTreatments(kb)
    const conditions = taxonomy(kb).contraindications
    expect(cells.size).toBe(treatments.length * conditions.length)
    for (const { treatment: t } of treatments) for (const c of conditions) expect(cells.has(`${t.slug}:${c.id}`), `${t.slug} × ${c.id}`).toBe(true)
  })

  it.each(['cautious', 'caution'] as const)('names the condition for every treatment in every single-condition screening (policy: %s)', (policy) => {
    let named = 0
    for (const c of taxonomy(kb).contraindications) {
      const r = screenCandidate(kb, { ...BASE, flags: [c.id] }, '2026-12-04', policy)
      const all: ScreenedTreatment[] = [...r.suitable, ...r.unmatched, ...r.deferred, ...r.excluded]
      expect(all).toHaveLength(allTreatments(kb).length)
      for (const item of all) {
        const finding = [...item.blocks, ...item.cautions].find((f) => f.contraindication?.id === c.id)
        expect(finding, `${item.slug} × ${c.id} is named`).toBeDefined()
        const cell = cells.get(`${item.slug}:${c.id}`)!
        expect(EXPECTED_RULE[cell.stance], `${item.slug} × ${c.id}: ${cell.stance} → ${finding!.rule}`).toContain(finding!.rule)
        if (cell.stance === 'none') expect(finding!.note, `${item.slug} × ${c.id} says why there is no interaction`).toMatch(/\w{3,}/)
        if (cell.stance === 'exclude') expect(r.excluded.map((x) => x.slug)).toContain(item.slug)
        named++
      }
    }
    expect(named).toBe(cells.size)
  })

  it('gives every finding from the matrix at least one reference that the result resolves', () => {
    const r = screenCandidate(
      kb,
      {
        ...BASE,
        flags: taxonomy(kb)
          .contraindications.map((c) => c.id)
          .slice(0, 40),
      },
      '2026-12-04',
    )
    for (const item of [...r.suitable, ...r.deferred, ...r.excluded])
      for (const f of [...item.blocks, ...item.cautions].filter((x) => x.contraindication && x.rule !== 'no-data')) {
        expect(f.refs.length, `${item.slug} × ${f.contraindication!.id}`).toBeGreaterThan(0)
        for (const id of f.refs) expect(r.references[id], id).toBeDefined()
      }
  })
})
