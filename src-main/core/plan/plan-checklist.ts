// The pre-treatment checklist: for each planned treatment, a yes/no line for
// every condition that rules it out or defers it, in the client's words, with a
// date to fill in where a wait applies, and lines to sign. It supports, and does
// not replace, the clinic's own consent form.
import { treatmentsBySlug } from '../catalog'
import type { Contraindication } from '../content/schema'
import { HandbookError } from '../handbook-error'
import { indexed } from '../kb-index'
import type { KnowledgeBase } from '../knowledge-base'

export const CHECKLIST_NOTICE =
  "This checklist supports, and does not replace, your clinic's own consent form and consultation. Answer each line; if you answer no, or are unsure, tell your practitioner before treatment."

export interface ChecklistLine {
  conditionId: string
  /** A statement the client can answer yes or no. */
  statement: string
  /** True when the line asks for a date (the wait counts from it). */
  dated: boolean
  /** The longest wait the treatment asks after this condition, in months, when it has one. */
  waitMonths?: number
  /** Whether the condition rules the treatment out or puts it off. */
  effect: 'rules-out' | 'puts-off'
}

export interface ChecklistSection {
  slug: string
  name: string
  lines: ChecklistLine[]
}

export interface Checklist {
  notice: string
  sections: ChecklistSection[]
}

type ItemRow = { condition_id: string; statement: string; dated: number }

/** A condition's yes/no line on the checklist, and whether it asks for the date it last applied. */
export interface ChecklistStatement {
  statement: string
  dated: boolean
}

function statements(kb: KnowledgeBase): Map<string, ChecklistStatement> {
  return indexed(kb, 'checklistStatements', () => {
    const rows = kb.db.prepare('SELECT condition_id, statement, dated FROM checklist_items').all() as ItemRow[]
    return new Map(rows.map((r) => [r.condition_id, { statement: r.statement, dated: r.dated === 1 }]))
  })
}

function conditions(kb: KnowledgeBase): Map<string, Contraindication> {
  return indexed(
    kb,
    'checklistConditions',
    () =>
      new Map(
        (kb.db.prepare('SELECT record FROM contraindications').all() as { record: string }[]).map((r) => {
          const c = JSON.parse(r.record) as Contraindication
          return [c.id, c]
        }),
      ),
  )
}

/**
 * The lines for one treatment: every condition of its resolved safety-matrix row
 * whose stance is exclude or defer, in consultation order. Cautions and "none"
 * are for the practitioner and are not asked here.
 */
function linesFor(kb: KnowledgeBase, slug: string): ChecklistSection {
  const found = treatmentsBySlug(kb).get(slug)
  if (!found) throw new HandbookError('NOT_FOUND', `No treatment "${slug}" in this version of the handbook.`)
  const t = found.treatment
  const said = statements(kb)
  const named = conditions(kb)
  const lines: ChecklistLine[] = []
  for (const entry of t.contraindications) {
    if (entry.stance !== 'exclude' && entry.stance !== 'defer') continue
    const item = said.get(entry.id)
    const condition = named.get(entry.id)
    const statement = item?.statement ?? `This does not apply to me: ${condition?.clientWording ?? condition?.name ?? entry.id}`
    const existing = lines.find((l) => l.conditionId === entry.id)
    if (existing) continue
    lines.push({
      conditionId: entry.id,
      statement,
      dated: item?.dated ?? false,
      ...(entry.waitMonths ? { waitMonths: entry.waitMonths } : {}),
      effect: entry.stance === 'defer' ? 'puts-off' : 'rules-out',
    })
  }
  return { slug, name: t.name, lines }
}

export function buildChecklist(kb: KnowledgeBase, slugs: readonly string[]): Checklist {
  return { notice: CHECKLIST_NOTICE, sections: slugs.map((s) => linesFor(kb, s)) }
}
