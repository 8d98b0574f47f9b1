import type Database from 'better-sqlite3'
import { clearBranding, getBranding, hasBranding } from './branding'
import { listBookmarks } from './bookmarks'
import { getSelection, listComparisons, setSelection } from './comparisons'
import { HandbookError } from '../handbook-error'
import { EXPORT_FORMAT, megabytes, parseExportFile, type ExportFile } from './export-format'
import { EXPORT_MAX_BYTES, EXPORT_MAX_LABEL, utf8Bytes } from './limits'
import { planImport } from './import-plan'
import { decodeLogo } from './logo'
import { schemaVersionOf } from './migrations'
import { listNotes } from './notes'
import { storedClientProfiles } from './stored-client-profiles'
import type { ImportMode, ImportPreview } from './schema'
import { chosenSettings } from './settings'

/** Everything the practitioner keeps, as one self-describing object. */
export function exportUserData(db: Database.Database, now = new Date()): ExportFile {
  const branding = hasBranding(db) ? getBranding(db) : null
  return {
    format: EXPORT_FORMAT,
    schemaVersion: schemaVersionOf(db),
    exportedAt: now.toISOString(),
    notes: listNotes(db).map((n) => ({ slug: n.slug, body: n.body, treatmentName: n.treatmentName, createdAt: n.createdAt, updatedAt: n.updatedAt })),
    bookmarks: listBookmarks(db),
    comparisons: listComparisons(db).map((c) => ({ name: c.name, slugs: c.slugs, createdAt: c.createdAt, updatedAt: c.updatedAt })),
    clientProfiles: storedClientProfiles(db),
    selection: getSelection(db),
    settings: chosenSettings(db),
    branding: branding && { name: branding.name, address: branding.address, phone: branding.phone, logo: branding.logo, updatedAt: branding.updatedAt! },
  }
}

/**
 * The export file's text. A notebook too large for import to read back is
 * refused here, before any file exists, rather than written and refused later.
 */
export function exportUserDataJson(db: Database.Database, now = new Date()): string {
  const json = JSON.stringify(exportUserData(db, now), null, 2) + '\n'
  const bytes = utf8Bytes(json)
  if (bytes > EXPORT_MAX_BYTES) {
    throw new HandbookError(
      'WRITE_FAILED',
      `The export was not made: your notebook comes to ${megabytes(bytes)}, more than the ${EXPORT_MAX_LABEL} an import can read back. Shorten or delete your longest notes (or remove the clinic logo), then export again. Your notebook is unchanged, and its backups are kept in the data folder.`,
    )
  }
  return json
}

/** A file name that sorts by date: handbook-notes-2024-05-01.json. */
export const exportFileName = (now = new Date()) => `handbook-notes-${now.toISOString().slice(0, 10)}.json`

/** What importing the file would change; reads only. A bad file throws IMPORT_REJECTED. */
export function previewImport(db: Database.Database, json: string, mode: ImportMode): ImportPreview {
  return planImport(db, parseExportFile(json), mode).preview
}

/**
 * Imports a parsed file (parseExportFile) in one transaction: it all lands, or (on any error) none
 * of it does. Records keep the dates they carry, so export → import → export
 * gives the same file.
 */
export function applyImport(db: Database.Database, file: ExportFile, mode: ImportMode): ImportPreview {
  return db.transaction(() => {
    const plan = planImport(db, file, mode)
    if (plan.clearAll) {
      for (const table of ['notes', 'bookmarks', 'comparisons', 'client_profiles', 'selection', 'settings', 'branding'])
        db.prepare(`DELETE FROM ${table}`).run()
    }
    const note = db.prepare(
      `INSERT INTO notes (slug, body, created_at, updated_at, treatment_name) VALUES (@slug, @body, @createdAt, @updatedAt, @treatmentName)
       ON CONFLICT (slug) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at,
         treatment_name = coalesce(excluded.treatment_name, notes.treatment_name)`,
    )
    for (const n of plan.notes) note.run(n)
    const mark = db.prepare('INSERT OR IGNORE INTO bookmarks (slug, created_at, treatment_name) VALUES (@slug, @createdAt, @treatmentName)')
    for (const b of plan.bookmarks) mark.run(b)
    const comparison = db.prepare(
      `INSERT INTO comparisons (name, slugs, created_at, updated_at) VALUES (@name, @slugs, @createdAt, @updatedAt)
       ON CONFLICT (name COLLATE NOCASE) DO UPDATE SET name = excluded.name, slugs = excluded.slugs, updated_at = excluded.updated_at`,
    )
    for (const c of plan.comparisons) comparison.run({ ...c, slugs: JSON.stringify(c.slugs) })
    const profile = db.prepare(
      `INSERT INTO client_profiles (label, profile, created_at, updated_at) VALUES (@label, @profile, @createdAt, @updatedAt)
       ON CONFLICT (label COLLATE NOCASE) DO UPDATE SET label = excluded.label, profile = excluded.profile, updated_at = excluded.updated_at`,
    )
    for (const p of plan.clientProfiles) profile.run({ ...p, profile: JSON.stringify(p.profile) })
    if (plan.selection) setSelection(db, plan.selection)
    const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    for (const [key, value] of Object.entries(plan.settings)) setting.run(key, JSON.stringify(value))
    if (plan.branding === null) clearBranding(db)
    else if (plan.branding) {
      const b = plan.branding
      const logo = b.logo ? decodeLogo(b.logo) : null
      db.prepare(
        `INSERT OR REPLACE INTO branding (id, name, address, phone, logo, logo_type, updated_at)
         VALUES (1, @name, @address, @phone, @logo, @type, @updatedAt)`,
      ).run({ name: b.name, address: b.address, phone: b.phone, logo: logo?.bytes ?? null, type: logo?.type ?? null, updatedAt: b.updatedAt })
    }
    return plan.preview
  })()
}
