import type Database from 'better-sqlite3'
import { treatmentsBySlug } from '../catalog'
import type { KnowledgeBase } from '../knowledge-base'
import { listBookmarks } from './bookmarks'
import { listComparisons, type StoredComparison } from './comparisons'
import { listNotes } from './notes'
import type { BookmarkItem, NoteListItem, SavedComparison, Selection } from './schema'
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

/**
 * Every note with the name of its treatment, most recently edited first,
 * filtered by a query over the name and the text. A note on a treatment the
 * knowledge base no longer has is kept and listed with inHandbook false.
 */
export function noteItems(db: Database.Database, names: NameLookup, query?: string): NoteListItem[] {
  return listNotes(db)
    .map(({ treatmentName, ...note }) => ({ ...note, ...describe(note.slug, treatmentName, names) }))
    .filter((n) => matchesQuery(query, n.name, n.body))
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
