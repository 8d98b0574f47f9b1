import type Database from 'better-sqlite3'
import type { ClientProfileRecord } from './export-format'

type Row = { label: string; profile: string; created_at: string; updated_at: string }

/**
 * Saved screener profiles exactly as stored, for export and import (the
 * screener's own list checks each one; here nothing may be dropped). A row
 * whose text is not a JSON object is kept as an empty profile.
 */
export function storedClientProfiles(db: Database.Database): ClientProfileRecord[] {
  return (db.prepare('SELECT label, profile, created_at, updated_at FROM client_profiles ORDER BY label COLLATE NOCASE').all() as Row[]).map((r) => {
    let profile: Record<string, unknown> = {}
    try {
      const parsed: unknown = JSON.parse(r.profile)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) profile = parsed as Record<string, unknown>
    } catch {
      // Unreadable: exported empty, which the screener lists as a profile to redo.
    }
    return { label: r.label, profile, createdAt: r.created_at, updatedAt: r.updated_at }
  })
}
