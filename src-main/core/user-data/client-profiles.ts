import type Database from 'better-sqlite3'
import { candidateProfile, type CandidateProfile } from '../screener-profile'

export interface SavedProfile {
  id: number
  label: string
  /** Null when the stored profile no longer fits this version's form; the row is kept, never dropped. */
  profile: CandidateProfile | null
  createdAt: string
  updatedAt: string
}
type Row = { id: number; label: string; profile: string; created_at: string; updated_at: string }

function toSaved(r: Row): SavedProfile {
  let profile: CandidateProfile | null = null
  try {
    const parsed = candidateProfile.safeParse(JSON.parse(r.profile))
    if (parsed.success) profile = parsed.data
  } catch {
    // Unreadable JSON: listed with profile null so the practitioner can delete it.
  }
  return { id: r.id, label: r.label, profile, createdAt: r.created_at, updatedAt: r.updated_at }
}

/** Saved client profiles by label. */
export function listClientProfiles(db: Database.Database): SavedProfile[] {
  return (db.prepare('SELECT * FROM client_profiles ORDER BY label COLLATE NOCASE').all() as Row[]).map(toSaved)
}

/** Saves a profile under a label; saving again under the same label (in any letter case) replaces it. */
export function saveClientProfile(db: Database.Database, label: string, profile: CandidateProfile, now = new Date()): SavedProfile {
  const at = now.toISOString()
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO client_profiles (label, profile, created_at, updated_at) VALUES (@label, @profile, @at, @at)
       ON CONFLICT (label COLLATE NOCASE) DO UPDATE SET label = excluded.label, profile = excluded.profile, updated_at = excluded.updated_at`,
    ).run({ label, profile: JSON.stringify(profile), at })
    return toSaved(db.prepare('SELECT * FROM client_profiles WHERE label = ? COLLATE NOCASE').get(label) as Row)
  })()
}

export function deleteClientProfile(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM client_profiles WHERE id = ?').run(id).changes > 0
}
