// A client's record, kept only when the practitioner saves it under a label:
// the saved screening, the plan with its schedule, notes, and the handouts
// given. Forgetting it overwrites the freed pages (secure_delete) and rebuilds
// the file (VACUUM), so the label is gone from user.db itself.
import type Database from 'better-sqlite3'
import { candidateProfile, type CandidateProfile } from '../screener-profile'
import { planRequest, type PlanRequestArgs } from '../plan/plan-request'

export interface HandoutGiven {
  givenOn: string
  title: string
  slugs: string[]
}

export interface ClientRecordInput {
  label: string
  screening: CandidateProfile | null
  plan: PlanRequestArgs | null
  notes: string
  handouts: HandoutGiven[]
}

export interface ClientRecord extends ClientRecordInput {
  id: number
  createdAt: string
  updatedAt: string
  /** Set when a stored part no longer fits this version's form; the rest still opens. */
  unreadable: ('screening' | 'plan')[]
}

export interface ClientRecordItem {
  id: number
  label: string
  updatedAt: string
}

type Row = { id: number; label: string; screening: string | null; plan: string | null; notes: string; created_at: string; updated_at: string }

function parsePart<T>(text: string | null, schema: { safeParse(v: unknown): { success: boolean; data?: T } }): T | null | 'unreadable' {
  if (text === null) return null
  try {
    const r = schema.safeParse(JSON.parse(text))
    return r.success ? (r.data as T) : 'unreadable'
  } catch {
    return 'unreadable'
  }
}

export function listClientRecords(db: Database.Database): ClientRecordItem[] {
  return (db.prepare('SELECT id, label, updated_at FROM client_records ORDER BY label COLLATE NOCASE').all() as Row[]).map((r) => ({
    id: r.id,
    label: r.label,
    updatedAt: r.updated_at,
  }))
}

export function getClientRecord(db: Database.Database, id: number): ClientRecord | null {
  const r = db.prepare('SELECT * FROM client_records WHERE id = ?').get(id) as Row | undefined
  if (!r) return null
  const screening = parsePart<CandidateProfile>(r.screening, candidateProfile)
  const plan = parsePart<PlanRequestArgs>(r.plan, planRequest)
  const handouts = (
    db.prepare('SELECT given_on, title, slugs FROM client_handouts WHERE record_id = ? ORDER BY given_on, id').all(id) as {
      given_on: string
      title: string
      slugs: string
    }[]
  ).map((h) => ({ givenOn: h.given_on, title: h.title, slugs: JSON.parse(h.slugs) as string[] }))
  return {
    id: r.id,
    label: r.label,
    screening: screening === 'unreadable' ? null : screening,
    plan: plan === 'unreadable' ? null : plan,
    notes: r.notes,
    handouts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    unreadable: [...(screening === 'unreadable' ? (['screening'] as const) : []), ...(plan === 'unreadable' ? (['plan'] as const) : [])],
  }
}

/** Saves the whole record under its label; saving again under the same label (any letter case) replaces it. */
export function saveClientRecord(db: Database.Database, input: ClientRecordInput, now = new Date()): ClientRecord {
  const at = now.toISOString()
  const id = db.transaction(() => {
    db.prepare(
      `INSERT INTO client_records (label, screening, plan, notes, created_at, updated_at) VALUES (@label, @screening, @plan, @notes, @at, @at)
       ON CONFLICT (label COLLATE NOCASE) DO UPDATE SET label = excluded.label, screening = excluded.screening, plan = excluded.plan, notes = excluded.notes, updated_at = excluded.updated_at`,
    ).run({
      label: input.label,
      screening: input.screening ? JSON.stringify(input.screening) : null,
      plan: input.plan ? JSON.stringify(input.plan) : null,
      notes: input.notes,
      at,
    })
    const { id } = db.prepare('SELECT id FROM client_records WHERE label = ? COLLATE NOCASE').get(input.label) as { id: number }
    db.prepare('DELETE FROM client_handouts WHERE record_id = ?').run(id)
    const h = db.prepare('INSERT INTO client_handouts (record_id, given_on, title, slugs) VALUES (?, ?, ?, ?)')
    for (const x of input.handouts) h.run(id, x.givenOn, x.title, JSON.stringify(x.slugs))
    return id
  })()
  return getClientRecord(db, id)!
}

/**
 * Deletes the record, and the screener profile saved under the same label,
 * with secure_delete on so the freed pages are zeroed; then VACUUM rebuilds the
 * file and a truncating checkpoint empties the write-ahead log.
 */
export function forgetClientRecord(db: Database.Database, id: number): { deleted: boolean; label: string | null } {
  const row = db.prepare('SELECT label FROM client_records WHERE id = ?').get(id) as { label: string } | undefined
  if (!row) return { deleted: false, label: null }
  db.pragma('secure_delete = ON')
  db.transaction(() => {
    db.prepare('DELETE FROM client_records WHERE id = ?').run(id)
    db.prepare('DELETE FROM client_profiles WHERE label = ? COLLATE NOCASE').run(row.label)
  })()
  db.exec('VACUUM')
  db.pragma('wal_checkpoint(TRUNCATE)')
  return { deleted: true, label: row.label }
}
