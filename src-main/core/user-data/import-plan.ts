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
  const plan = emptyPlan(file, mode)
  planNotes(db, file, plan, replace)
  planBookmarks(db, file, plan, replace)
  planComparisons(db, file, plan, replace)
  planClientProfiles(db, file, plan, replace)
  planSelection(db, file, plan, replace)
  planSettings(db, file, plan, replace)
  planBranding(db, file, plan, replace)
  plan.preview.empty = changesNothing(plan.preview)
  return plan
}

/** A plan that writes nothing yet; replace already clears the notebook. */
function emptyPlan(file: ExportFile, mode: ImportMode): ImportPlan {
  return {
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
    clearAll: mode === 'replace',
    notes: [],
    bookmarks: [],
    comparisons: [],
    clientProfiles: [],
    selection: null,
    settings: {},
    branding: undefined,
  }
}

function planNotes(db: Database.Database, file: ExportFile, plan: ImportPlan, replace: boolean): void {
  const local = new Map<string, StoredNote>(listNotes(db).map((n) => [n.slug, n]))
  plan.notes = planEdited(
    file.notes,
    local,
    (n) => n.slug,
    (l, n) => l.body === n.body,
    (n, l) => ({ key: n.slug, label: labelOf(n.slug, n.treatmentName, l?.treatmentName) }),
    replace,
    plan.preview.notes,
  )
  if (replace) for (const n of local.values()) plan.preview.notes.removed.push({ key: n.slug, label: labelOf(n.slug, n.treatmentName) })
}

/** A bookmark has nothing to edit: it is either here already or added. */
function planBookmarks(db: Database.Database, file: ExportFile, plan: ImportPlan, replace: boolean): void {
  const counts = plan.preview.bookmarks
  const local = new Map<string, StoredBookmark>(listBookmarks(db).map((b) => [b.slug, b]))
  for (const mark of file.bookmarks) {
    const known = local.has(mark.slug)
    local.delete(mark.slug)
    if (known) counts.unchanged++
    else {
      counts.added.push({ key: mark.slug, label: labelOf(mark.slug, mark.treatmentName) })
      plan.bookmarks.push(mark)
    }
  }
  if (replace) {
    plan.bookmarks = file.bookmarks
    for (const b of local.values()) counts.removed.push({ key: b.slug, label: labelOf(b.slug, b.treatmentName) })
  }
}

function planComparisons(db: Database.Database, file: ExportFile, plan: ImportPlan, replace: boolean): void {
  const local = new Map<string, StoredComparison>(listComparisons(db).map((c) => [c.name.toLowerCase(), c]))
  plan.comparisons = planEdited(
    file.comparisons,
    local,
    (c) => c.name.toLowerCase(),
    (l, c) => sameList(l.slugs, c.slugs),
    (c) => ({ key: c.name, label: c.name }),
    replace,
    plan.preview.comparisons,
  )
  if (replace) for (const c of local.values()) plan.preview.comparisons.removed.push({ key: c.name, label: c.name })
}

function planClientProfiles(db: Database.Database, file: ExportFile, plan: ImportPlan, replace: boolean): void {
  const local = new Map<string, ClientProfileRecord>(storedClientProfiles(db).map((c) => [c.label.toLowerCase(), c]))
  plan.clientProfiles = planEdited(
    file.clientProfiles,
    local,
    (c) => c.label.toLowerCase(),
    (l, c) => JSON.stringify(l.profile) === JSON.stringify(c.profile),
    (c) => ({ key: c.label, label: c.label }),
    replace,
    plan.preview.clientProfiles,
  )
  if (replace) for (const c of local.values()) plan.preview.clientProfiles.removed.push({ key: c.label, label: c.label })
}

/** Merge takes the file's comparison selection only when this notebook has none. */
function planSelection(db: Database.Database, file: ExportFile, plan: ImportPlan, replace: boolean): void {
  const selection = getSelection(db)
  if (!replace && (selection.length > 0 || file.selection.length === 0)) return
  const p = plan.preview
  plan.selection = file.selection
  p.selectionChanged = !sameList(selection, file.selection)
  if (p.selectionChanged) p.selection = { from: selection, to: file.selection }
}

/** Merge takes only the settings the practitioner never chose here. */
function planSettings(db: Database.Database, file: ExportFile, plan: ImportPlan, replace: boolean): void {
  const p = plan.preview
  const chosen = chosenSettings(db)
  const before: Settings = { ...DEFAULT_SETTINGS, ...chosen }
  plan.settings = replace ? file.settings : Object.fromEntries(Object.entries(file.settings).filter(([k]) => !(k in chosen)))
  const after: Settings = { ...DEFAULT_SETTINGS, ...(replace ? {} : chosen), ...plan.settings }
  p.settingsChanged = (Object.keys(DEFAULT_SETTINGS) as SettingKey[]).filter((k) => before[k] !== after[k])
  p.settingChanges = p.settingsChanged.map((key) => ({ key, from: String(before[key]), to: String(after[key]) }))
}

/** Merge takes the file's clinic details only when none were set here. */
function planBranding(db: Database.Database, file: ExportFile, plan: ImportPlan, replace: boolean): void {
  const hadBranding = hasBranding(db)
  if (!replace && (hadBranding || !file.branding)) return
  const p = plan.preview
  plan.branding = file.branding
  const local = hadBranding ? getBranding(db) : null
  const f = file.branding
  p.brandingChanged = !(local && f ? local.name === f.name && local.address === f.address && local.phone === f.phone && local.logo === f.logo : local === f)
  if (p.brandingChanged) p.branding = { from: local ? local.name || '(unnamed clinic)' : null, to: f ? f.name || '(unnamed clinic)' : null }
}

function changesNothing(p: ImportPreview): boolean {
  const counts = [p.notes, p.bookmarks, p.comparisons, p.clientProfiles].reduce((n, c) => n + c.added.length + c.updated.length + c.removed.length, 0)
  return counts === 0 && !p.selectionChanged && p.settingsChanged.length === 0 && !p.brandingChanged
}
