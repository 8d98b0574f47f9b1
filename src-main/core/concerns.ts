import type { ConcernPage, ConcernTreatment } from './result-types'
import { allTreatments, referencesById, toSummary } from './catalog'
import type { Concern } from './content/schema'
import { HandbookError } from './handbook-error'
import { indexed } from './kb-index'
import type { KnowledgeBase } from './knowledge-base'

const STRENGTH_RANK = { strong: 0, moderate: 1, mild: 2 } as const
const EVIDENCE_RANK = { A: 0, B: 1, C: 2 } as const

export function allConcerns(kb: KnowledgeBase): Concern[] {
  return indexed(kb, 'concerns', () =>
    (kb.db.prepare('SELECT record FROM concerns ORDER BY name COLLATE NOCASE').all() as { record: string }[]).map((r) => JSON.parse(r.record) as Concern),
  )
}

/**
 * One concern's page: what it is, then the treatments that address it, ranked
 * by the strength of their effect on it, then by their level of evidence, then
 * by the shallower typical depth (less injury for the same effect). A narrower
 * concern without treatments of its own borrows its broader concern's list and
 * says so.
 */
export function getConcernPage(kb: KnowledgeBase, id: string): ConcernPage {
  const concerns = allConcerns(kb)
  const concern = concerns.find((c) => c.id === id)
  if (!concern) throw new HandbookError('NOT_FOUND', `No concern "${id}" in this version of the handbook.`)
  const listFor = (cid: string): ConcernTreatment[] =>
    allTreatments(kb).flatMap(({ treatment: t, deepestLayer }) => {
      const link = t.concerns.find((c) => c.id === cid)
      return link ? [{ summary: toSummary(t, deepestLayer), strength: link.strength }] : []
    })
  let treatments = listFor(concern.id)
  const broader = concern.broader ? concerns.find((c) => c.id === concern.broader) : undefined
  const borrowed = treatments.length === 0 && broader !== undefined
  if (borrowed) treatments = listFor(broader.id)
  treatments.sort(
    (a, b) =>
      STRENGTH_RANK[a.strength] - STRENGTH_RANK[b.strength] ||
      EVIDENCE_RANK[a.summary.evidenceLevel] - EVIDENCE_RANK[b.summary.evidenceLevel] ||
      a.summary.typicalMaxMm - b.summary.typicalMaxMm ||
      a.summary.name.localeCompare(b.summary.name),
  )
  const refIds = new Set(concern.refs ?? [])
  return {
    concern,
    ...(broader ? { broader: { id: broader.id, name: broader.name } } : {}),
    borrowed,
    treatments,
    references: referencesById(kb).filter((r) => refIds.has(r.id)),
  }
}
