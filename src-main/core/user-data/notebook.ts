import type Database from 'better-sqlite3'
import { treatmentsBySlug } from '../catalog'
import type { KnowledgeBase } from '../knowledge-base'
import { listBookmarks } from './bookmarks'
import { listComparisons, type StoredComparison } from './comparisons'
import { NOTES_LIST_LIMIT } from './limits'
import type { BookmarkItem, NoteList, NoteListItem, SavedComparison, Selection } from './schema'
import { matchesQuery } from './text-match'

/** The handbook's name for a slug, or undefined when this knowledge base has no such treatment. */
export type NameLookup = (slug: string) => string | undefined

export function handbookNames(kb: KnowledgeBase): NameLookup {
  const bySlug = treatmentsBySlug(kb)
  return (slug) => bySlug.get(slug)?.treatment.name
}

/** "glycolic-acid-peel" → "Glycolic acid peel": the last resort for a dropped treatment whose name was never remembered. */
export const nameFromSlug = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ')

function describe(slug: string, remembered: string | null, names: NameLookup) {
  const current = names(slug)
  return { name: current ?? remembered ?? nameFromSlug(slug), inHandbook: current !== undefined }
}

type NoteRow = { slug: string; body: string; created_at: string; updated_at: string; treatment_name: string | null }
const SCAN_BATCH = 500
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The notes with the name of their treatment, most recently edited first,
 * filtered by a query over the name and the text: the first `limit` matches
 * and how many match in all. A search reads the notebook in batches and lets
 * other calls run between them, so 20,000 notes never hold up a save. A note
 * on a treatment the knowledge base no longer has is listed with inHandbook false.
 */
export async function noteItems(db: Database.Database, names: NameLookup, query?: string, limit = NOTES_LIST_LIMIT): Promise<NoteList> {
  const item = (r: NoteRow): NoteListItem => ({
    slug: r.slug,
    body: r.body,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...describe(r.slug, r.treatment_name, names),
  })
  if (!query?.trim()) {
    const total = (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n
    const rows = db.prepare('SELECT * FROM notes ORDER BY updated_at DESC, slug LIMIT ?').all(limit) as NoteRow[]
    return { items: rows.map(item), total }
  }
  // The order first (row ids only, cheap), then the texts a batch at a time.
  const order = (db.prepare('SELECT rowid AS id FROM notes ORDER BY updated_at DESC, slug').all() as { id: number }[]).map((r) => r.id)
  const batch = db.prepare('SELECT rowid AS id, * FROM notes WHERE rowid IN (SELECT value FROM json_each(?))')
  const items: NoteListItem[] = []
  let total = 0
  for (let start = 0; start < order.length; start += SCAN_BATCH) {
    if (start > 0) await nextTurn()
    if (!db.open) break
    const ids = order.slice(start, start + SCAN_BATCH)
    const byId = new Map((batch.all(JSON.stringify(ids)) as (NoteRow & { id: number })[]).map((r) => [r.id, r]))
    for (const id of ids) {
      const r = byId.get(id)
      if (!r) continue // deleted meanwhile
      const n = item(r)
      if (!matchesQuery(query, n.name, n.body)) continue
      total++
      if (items.length < limit) items.push(n)
    }
  }
  return { items, total }
}

export function bookmarkItems(db: Database.Database, names: NameLookup, query?: string): BookmarkItem[] {
  return listBookmarks(db)
    .map((b) => ({ slug: b.slug, createdAt: b.createdAt, ...describe(b.slug, b.treatmentName, names) }))
    .filter((b) => matchesQuery(query, b.name))
}

export function comparisonItem(c: StoredComparison, names: NameLookup): SavedComparison {
  return { ...c, missing: c.slugs.filter((s) => names(s) === undefined) }
}

export function comparisonItems(db: Database.Database, names: NameLookup): SavedComparison[] {
  return listComparisons(db).map((c) => comparisonItem(c, names))
}

/** The stored selection split into what the handbook still has (to show) and what it dropped (to mention). */
export function selectionView(slugs: string[], names: NameLookup): Selection {
  return { slugs: slugs.filter((s) => names(s) !== undefined), missing: slugs.filter((s) => names(s) === undefined) }
}
