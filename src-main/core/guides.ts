import type { GlossaryEntry, Guide, GuidesView } from './result-types'
import { referencesById } from './catalog'
import { indexed } from './kb-index'
import type { KnowledgeBase } from './knowledge-base'

export function listGuides(kb: KnowledgeBase): GuidesView {
  return indexed(kb, 'guides', () => {
    const guides = (kb.db.prepare('SELECT record FROM guides ORDER BY ord').all() as { record: string }[]).map((r) => JSON.parse(r.record) as Guide)
    const cited = new Set(guides.flatMap((g) => g.refs))
    return { guides, references: referencesById(kb).filter((r) => cited.has(r.id)) }
  })
}

export function listGlossary(kb: KnowledgeBase): GlossaryEntry[] {
  return indexed(kb, 'glossary', () =>
    (kb.db.prepare('SELECT record FROM glossary ORDER BY term COLLATE NOCASE').all() as { record: string }[]).map((r) => JSON.parse(r.record) as GlossaryEntry),
  )
}
