// The safety grid's data: every treatment × every condition, as the compiler
// resolved it, with the references each cell cites. Read once per open knowledge base.
import type { SafetyMatrixView } from './result-types'
import { allTreatments, referencesById, taxonomy } from './catalog'
import { indexed } from './kb-index'
import type { KnowledgeBase } from './knowledge-base'
import { inConsultationOrder } from './safety/consultation-order'

export function safetyMatrix(kb: KnowledgeBase): SafetyMatrixView {
  return indexed(kb, 'safetyMatrix', () => {
    // Columns in consultation order, as the screener asks.
    const conditions = inConsultationOrder(taxonomy(kb).contraindications)
    const cited = new Set<string>()
    const rows = allTreatments(kb).map(({ treatment: t }) => {
      const byId = new Map(t.contraindications.map((d) => [d.id, d]))
      const cells = conditions.map((c) => {
        const d = byId.get(c.id)
        for (const r of [...(d?.refs ?? []), ...(d?.why?.refs ?? [])]) cited.add(r)
        return d ?? null
      })
      return { slug: t.slug, name: t.name, category: t.category, cells }
    })
    for (const c of conditions) {
      for (const r of c.refs) cited.add(r)
      for (const p of c.conflict?.positions ?? []) for (const r of p.refs) cited.add(r)
    }
    return {
      conditions,
      rows,
      references: referencesById(kb).filter((r) => cited.has(r.id)),
    }
  })
}
