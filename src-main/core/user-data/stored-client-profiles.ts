import type Database from 'better-sqlite3'
import { candidateProfile } from '../screener-profile'
import type { ClientProfileRecord } from './export-format'

type Row = { label: string; profile: string; created_at: string; updated_at: string }

/**
 * Saved screener profiles for export and import, each read with the schema
 * 'profiles/save' uses, so an export holds only profiles an import accepts.
 * A row this version cannot read (damaged text, an older form) keeps its
 * label and dates with profile null, the way the screener lists it: nothing is dropped.
 */
export function storedClientProfiles(db: Database.Database): ClientProfileRecord[] {
  return (db.prepare('SELECT label, profile, created_at, updated_at FROM client_profiles ORDER BY label COLLATE NOCASE').all() as Row[]).map((r) => {
    let profile: ClientProfileRecord['profile'] = null
    try {
      const parsed = candidateProfile.safeParse(JSON.parse(r.profile))
      if (parsed.success) profile = parsed.data
    } catch {
      // Unreadable text: exported as null, which the screener lists as a profile to redo.
    }
    return { label: r.label, profile, createdAt: r.created_at, updatedAt: r.updated_at }
  })
}
