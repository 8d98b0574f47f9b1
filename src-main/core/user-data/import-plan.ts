import type Database from 'better-sqlite3'
import { getBranding, hasBranding } from './branding'
import { listBookmarks, type StoredBookmark } from './bookmarks'
import { getSelection, listComparisons, type StoredComparison } from './comparisons'
import type { ClientProfileRecord, ComparisonRecord, ExportFile, NoteRecord } from './export-format'
import { listNotes, type StoredNote } from './notes'
import { DEFAULT_SETTINGS, type ImportChanges, type ImportItem, type ImportMode, type ImportPreview, type SettingKey, type Settings } from './schema'
import { chosenSettings } from './settings'
import { storedClientProfiles } from './stored-client-profiles'

/** What an import will write: the preview shows it, the import executes exactly it. */
export interface ImportPlan {
  preview: ImportPreview
  /** Replace starts from an empty notebook; merge writes only the records below. */
  clearAll: boolean
  notes: NoteRecord[]
  bookmarks: ExportFile['bookmarks']
  comparisons: ComparisonRecord[]
  clientProfiles: ClientProfileRecord[]
  selection: string[] | null
  settings: Partial<Settings>
  branding: ExportFile['branding'] | undefined
}

const changes = (): ImportChanges => ({ added: [], updated: [], removed: [], kept: [], unchanged: 0 })
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i])
const newer = (a: string, b: string) => Date.parse(a) > Date.parse(b)
const labelOf = (slug: string, ...names: (string | null | undefined)[]) => names.find((n) => n) ?? slug

/**
 * Notes, comparisons and client profiles, matched by key with what this
 * notebook holds: counts each in the preview and returns the file's records
 * the import writes. Matched local records are taken out of `local`, so what
 * stays there is what a replace removes.
 */
function planEdited<R extends { updatedAt: string }, L extends { updatedAt: string }>(
  incoming: R[],
  local: Map<string, L>,
  keyOf: (r: R) => string,
  same: (l: L, r: R) => boolean,
  itemOf: (r: R, l: L | undefined) => ImportItem,
  replace: boolean,
  counts: ImportChanges,
): R[] {
  const write: R[] = []
  for (const r of incoming) {
    const l = local.get(keyOf(r))
    local.delete(keyOf(r))
    const unchanged = l !== undefined && same(l, r)
    if (!l) counts.added.push(itemOf(r, l))
    else if (unchanged) counts.unchanged++
    else if (replace || newer(r.updatedAt, l.updatedAt)) counts.updated.push(itemOf(r, l))
    // Edited in both places and newer here: merge keeps this notebook's version, and says so.
    else counts.kept.push(itemOf(r, l))
    if (!l || (!unchanged && newer(r.updatedAt, l.updatedAt))) write.push(r)
  }
  return replace ? incoming : write
}

/**
 * Merge adds what this notebook lacks and takes the newer side of a note or
 * comparison edited in both places; the practitioner's own settings and
 * clinic details stay unless none were set here. Replace makes the notebook
 * exactly the file, and lists what that removes.
 */
export function planImport(db: Database.Database, file: ExportFile, mode: ImportMode): ImportPlan {
  const replace = mode === 'replace'
  const plan: ImportPlan = {
    preview: {
      mode,
      exportedAt: file.exportedAt,
      schemaVersion: file.schemaVersion,
      notes: changes(),
      bookmarks: changes(),
      comparisons: changes(),
      clientProfiles: changes(),
      selectionChanged: false,
      settingsChanged: [],
      settingChanges: [],
      brandingChanged: false,
      empty: false,
    },
    clearAll: replace,
    notes: [],
    bookmarks: [],
    comparisons: [],
    clientProfiles: [],
    selection: null,
    settings: {},
    branding: undefined,
  }
  const p = plan.preview

  const localNotes = new Map<string, StoredNote>(listNotes(db).map((n) => [n.slug, n]))
  plan.notes = planEdited(
    file.notes,
    localNotes,
    (n) => n.slug,
    (l, n) => l.body === n.body,
    (n, l) => ({ key: n.slug, label: labelOf(n.slug, n.treatmentName, l?.treatmentName) }),
    replace,
    p.notes,
  )

  const localMarks = new Map<string, StoredBookmark>(listBookmarks(db).map((b) => [b.slug, b]))
  for (const mark of file.bookmarks) {
    const local = localMarks.get(mark.slug)
    localMarks.delete(mark.slug)
    if (local) p.bookmarks.unchanged++
    else {
      p.bookmarks.added.push({ key: mark.slug, label: labelOf(mark.slug, mark.treatmentName) })
      plan.bookmarks.push(mark)
    }
  }
  if (replace) plan.bookmarks = file.bookmarks

  const localComparisons = new Map<string, StoredComparison>(listComparisons(db).map((c) => [c.name.toLowerCase(), c]))
  plan.comparisons = planEdited(
    file.comparisons,
    localComparisons,
    (c) => c.name.toLowerCase(),
    (l, c) => sameList(l.slugs, c.slugs),
    (c) => ({ key: c.name, label: c.name }),
    replace,
    p.comparisons,
  )

  const localProfiles = new Map<string, ClientProfileRecord>(storedClientProfiles(db).map((c) => [c.label.toLowerCase(), c]))
  plan.clientProfiles = planEdited(
    file.clientProfiles,
    localProfiles,
    (c) => c.label.toLowerCase(),
    (l, c) => JSON.stringify(l.profile) === JSON.stringify(c.profile),
    (c) => ({ key: c.label, label: c.label }),
    replace,
    p.clientProfiles,
  )

  if (replace) {
    for (const c of localProfiles.values()) p.clientProfiles.removed.push({ key: c.label, label: c.label })
    for (const n of localNotes.values()) p.notes.removed.push({ key: n.slug, label: labelOf(n.slug, n.treatmentName) })
    for (const b of localMarks.values()) p.bookmarks.removed.push({ key: b.slug, label: labelOf(b.slug, b.treatmentName) })
    for (const c of localComparisons.values()) p.comparisons.removed.push({ key: c.name, label: c.name })
  }

  const selection = getSelection(db)
  if (replace || (selection.length === 0 && file.selection.length > 0)) {
    plan.selection = file.selection
    p.selectionChanged = !sameList(selection, file.selection)
    if (p.selectionChanged) p.selection = { from: selection, to: file.selection }
  }

  const chosen = chosenSettings(db)
  const before: Settings = { ...DEFAULT_SETTINGS, ...chosen }
  plan.settings = replace ? file.settings : Object.fromEntries(Object.entries(file.settings).filter(([k]) => !(k in chosen)))
  const after: Settings = { ...DEFAULT_SETTINGS, ...(replace ? {} : chosen), ...plan.settings }
  p.settingsChanged = (Object.keys(DEFAULT_SETTINGS) as SettingKey[]).filter((k) => before[k] !== after[k])
  p.settingChanges = p.settingsChanged.map((key) => ({ key, from: String(before[key]), to: String(after[key]) }))

  const hadBranding = hasBranding(db)
  if (replace || (!hadBranding && file.branding)) {
    plan.branding = file.branding
    const local = hadBranding ? getBranding(db) : null
    const f = file.branding
    p.brandingChanged = !(local && f ? local.name === f.name && local.address === f.address && local.phone === f.phone && local.logo === f.logo : local === f)
    if (p.brandingChanged) p.branding = { from: local ? local.name || '(unnamed clinic)' : null, to: f ? f.name || '(unnamed clinic)' : null }
  }

  const counts = [p.notes, p.bookmarks, p.comparisons, p.clientProfiles].reduce((n, c) => n + c.added.length + c.updated.length + c.removed.length, 0)
  p.empty = counts === 0 && !p.selectionChanged && p.settingsChanged.length === 0 && !p.brandingChanged
  return plan
}
