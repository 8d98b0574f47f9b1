import type Database from 'better-sqlite3'
import { HandbookError } from '../handbook-error'

export interface StoredBookmark {
  slug: string
  createdAt: string
  treatmentName: string | null
}
type Row = { slug: string; created_at: string; treatment_name: string | null }

/** Bookmarks, newest first. */
export function listBookmarks(db: Database.Database): StoredBookmark[] {
  return (db.prepare('SELECT * FROM bookmarks ORDER BY created_at DESC, slug').all() as Row[]).map((r) => ({
    slug: r.slug,
    createdAt: r.created_at,
    treatmentName: r.treatment_name,
  }))
}

export function isBookmarked(db: Database.Database, slug: string): boolean {
  return !!db.prepare('SELECT 1 FROM bookmarks WHERE slug = ?').get(slug)
}

/**
 * Sets (or, without `want`, flips) the bookmark on a treatment. Saying the
 * wanted state makes a repeated call harmless. A treatment no longer in the
 * handbook can be un-bookmarked but not bookmarked anew.
 */
export function setBookmark(db: Database.Database, slug: string, want: boolean | undefined, treatmentName: string | undefined, now = new Date()): boolean {
  return db.transaction(() => {
    const on = want ?? !isBookmarked(db, slug)
    if (!on) {
      db.prepare('DELETE FROM bookmarks WHERE slug = ?').run(slug)
      return false
    }
    if (treatmentName === undefined && !isBookmarked(db, slug))
      throw new HandbookError('NOT_FOUND', `No treatment "${slug}" in this version of the handbook to bookmark.`)
    db.prepare(
      `INSERT INTO bookmarks (slug, created_at, treatment_name) VALUES (?, ?, ?)
       ON CONFLICT (slug) DO UPDATE SET treatment_name = coalesce(excluded.treatment_name, bookmarks.treatment_name)`,
    ).run(slug, now.toISOString(), treatmentName ?? null)
    return true
  })()
}
