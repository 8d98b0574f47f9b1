import type Database from 'better-sqlite3'

export interface StoredComparison {
  id: number
  name: string
  slugs: string[]
  createdAt: string
  updatedAt: string
}
type Row = { id: number; name: string; slugs: string; created_at: string; updated_at: string }

const toComparison = (r: Row): StoredComparison => ({
  id: r.id,
  name: r.name,
  slugs: JSON.parse(r.slugs) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

/** Saved comparisons by name. */
export function listComparisons(db: Database.Database): StoredComparison[] {
  return (db.prepare('SELECT * FROM comparisons ORDER BY name COLLATE NOCASE').all() as Row[]).map(toComparison)
}

export function findComparison(db: Database.Database, name: string): StoredComparison | null {
  const row = db.prepare('SELECT * FROM comparisons WHERE name = ? COLLATE NOCASE').get(name) as Row | undefined
  return row ? toComparison(row) : null
}

/** Saves a comparison under a name; saving again under the same name (in any letter case) replaces its treatments. */
export function saveComparison(db: Database.Database, name: string, slugs: string[], now = new Date()): StoredComparison {
  const at = now.toISOString()
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO comparisons (name, slugs, created_at, updated_at) VALUES (@name, @slugs, @at, @at)
       ON CONFLICT (name COLLATE NOCASE) DO UPDATE SET name = excluded.name, slugs = excluded.slugs, updated_at = excluded.updated_at`,
    ).run({ name, slugs: JSON.stringify(slugs), at })
    return findComparison(db, name)!
  })()
}

export function deleteComparison(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM comparisons WHERE id = ?').run(id).changes > 0
}

/** The treatments currently picked for comparison, in the order picked; it survives restarts. */
export function getSelection(db: Database.Database): string[] {
  return (db.prepare('SELECT slug FROM selection ORDER BY position').all() as { slug: string }[]).map((r) => r.slug)
}

export function setSelection(db: Database.Database, slugs: string[]): string[] {
  db.transaction(() => {
    db.prepare('DELETE FROM selection').run()
    const insert = db.prepare('INSERT INTO selection (position, slug) VALUES (?, ?)')
    slugs.forEach((slug, i) => insert.run(i, slug))
  })()
  return getSelection(db)
}
