import type Database from 'better-sqlite3'

/**
 * The user database's schema, as numbered steps. A shipped step is never
 * edited: a change is a new step. PRAGMA user_version holds the last step
 * applied; tests/fixtures/user-data/user-v1.sql freezes version 1 as shipped.
 */
export const MIGRATIONS: readonly { version: number; why: string; sql: string }[] = [
  {
    version: 1,
    why: 'notes, bookmarks and settings',
    sql: `
      CREATE TABLE notes (slug TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE bookmarks (slug TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    why: 'saved comparisons and the current comparison selection',
    sql: `
      CREATE TABLE comparisons (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        slugs TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX comparisons_name ON comparisons (name COLLATE NOCASE);
      CREATE TABLE selection (position INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE);
    `,
  },
  {
    version: 3,
    why: 'clinic branding; remember treatment names so notes on a treatment dropped from the handbook still say what it was',
    sql: `
      ALTER TABLE notes ADD COLUMN created_at TEXT;
      UPDATE notes SET created_at = updated_at;
      ALTER TABLE notes ADD COLUMN treatment_name TEXT;
      ALTER TABLE bookmarks ADD COLUMN treatment_name TEXT;
      CREATE TABLE branding (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        phone TEXT NOT NULL,
        logo BLOB,
        logo_type TEXT,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    why: 'client profiles for the screener, kept only when the practitioner saves one under a label of their choosing',
    sql: `
      CREATE TABLE client_profiles (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        profile TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX client_profiles_label ON client_profiles (label COLLATE NOCASE);
    `,
  },
  {
    version: 5,
    why: "a client's record under a label of the practitioner's choosing: the saved screening, the plan and its schedule, notes, and the handouts given with their dates",
    sql: `
      CREATE TABLE client_records (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        screening TEXT,
        plan TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX client_records_label ON client_records (label COLLATE NOCASE);
      CREATE TABLE client_handouts (
        id INTEGER PRIMARY KEY,
        record_id INTEGER NOT NULL REFERENCES client_records (id) ON DELETE CASCADE,
        given_on TEXT NOT NULL,
        title TEXT NOT NULL,
        slugs TEXT NOT NULL
      );
      CREATE INDEX client_handouts_record ON client_handouts (record_id);
    `,
  },
]

export const USER_SCHEMA_VERSION = MIGRATIONS.length

export function schemaVersionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Applies the steps above the database's version, each with its version bump in one transaction. */
export function applyMigrations(db: Database.Database): number[] {
  const from = schemaVersionOf(db)
  const applied: number[] = []
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue
    db.transaction(() => {
      db.exec(m.sql)
      db.pragma(`user_version = ${m.version}`)
    })()
    applied.push(m.version)
  }
  return applied
}
