import type Database from 'better-sqlite3'
import { HandbookError } from '../handbook-error'
import type { Note } from './schema'

type Row = { slug: string; body: string; created_at: string; updated_at: string; treatment_name: string | null }
export type StoredNote = Note & { treatmentName: string | null }

const toNote = (r: Row): StoredNote => ({ slug: r.slug, body: r.body, createdAt: r.created_at, updatedAt: r.updated_at, treatmentName: r.treatment_name })

/** Every note, most recently edited first. */
export function listNotes(db: Database.Database): StoredNote[] {
  return (db.prepare('SELECT * FROM notes ORDER BY updated_at DESC, slug').all() as Row[]).map(toNote)
}

export function getNote(db: Database.Database, slug: string): StoredNote | null {
  const row = db.prepare('SELECT * FROM notes WHERE slug = ?').get(slug) as Row | undefined
  return row ? toNote(row) : null
}

/**
 * Saves the note on one treatment; an empty note is removed rather than kept
 * blank. `treatmentName` is the handbook's name for the slug, or undefined when
 * the handbook has no such treatment: then only an existing note (on a
 * treatment since dropped from the handbook) may still be edited.
 */
export function saveNote(db: Database.Database, slug: string, body: string, treatmentName: string | undefined, now = new Date()): StoredNote | null {
  return db.transaction(() => {
    const existing = getNote(db, slug)
    if (!body.trim()) {
      if (existing) db.prepare('DELETE FROM notes WHERE slug = ?').run(slug)
      return null
    }
    if (!existing && treatmentName === undefined)
      throw new HandbookError('NOT_FOUND', `No treatment "${slug}" in this version of the handbook to write a note on.`)
    const at = now.toISOString()
    db.prepare(
      `INSERT INTO notes (slug, body, created_at, updated_at, treatment_name) VALUES (@slug, @body, @at, @at, @name)
       ON CONFLICT (slug) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at,
         treatment_name = coalesce(excluded.treatment_name, notes.treatment_name)`,
    ).run({ slug, body, at, name: treatmentName ?? null })
    return getNote(db, slug)
  })()
}

export function deleteNote(db: Database.Database, slug: string): boolean {
  return db.prepare('DELETE FROM notes WHERE slug = ?').run(slug).changes > 0
}
