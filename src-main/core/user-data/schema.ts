// The practitioner's own data: the shapes the API accepts and returns. Pure
// zod and types (no Node), so the contract and the renderer import them freely.
import { z } from 'zod'
import { CLINIC_LIMITS, LOGO_MAX_BYTES, LOGO_MAX_DATA_URL_CHARS } from './limits'
import { CONTESTED_POLICIES, DEPTH_UNITS, PAPER_SIZES, THEMES, type SettingKey, type Settings } from './settings-options'

export * from './limits'
export * from './settings-options'

export const slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a treatment slug')

export const settingsSchema = z
  .object({
    theme: z.enum(THEMES),
    paperSize: z.enum(PAPER_SIZES),
    depthUnit: z.enum(DEPTH_UNITS),
    contestedWaits: z.enum(CONTESTED_POLICIES),
  })
  .strict() satisfies z.ZodType<Settings>

const uniqueSlugs = (list: string[]) => new Set(list).size === list.length
export const slugList = (min: number, max: number) => z.array(slug).min(min).max(max).refine(uniqueSlugs, { message: 'lists the same treatment twice' })

export const comparisonName = z.string().trim().min(1, 'needs a name').max(80)

/** The shape only; the core decides by the image's bytes (logo.ts). */
export const logoDataUrl = z
  .string()
  .max(LOGO_MAX_DATA_URL_CHARS, `the logo is larger than ${LOGO_MAX_BYTES / 1024} KB`)
  .regex(/^data:[\w.+-]+\/[\w.+-]+;base64,[A-Za-z0-9+/]*={0,2}$/, 'the logo must be an image file')

export const brandingInput = z
  .object({
    name: z.string().trim().max(CLINIC_LIMITS.name),
    address: z.string().trim().max(CLINIC_LIMITS.address),
    phone: z.string().trim().max(CLINIC_LIMITS.phone),
    logo: logoDataUrl.nullable(),
  })
  .strict()
export type BrandingInput = z.infer<typeof brandingInput>

export const IMPORT_MODES = ['merge', 'replace'] as const
export type ImportMode = (typeof IMPORT_MODES)[number]

// ---- Results ----

export interface Note {
  slug: string
  body: string
  createdAt: string
  updatedAt: string
}

/** Names come from the knowledge base when the treatment is still in it, else from the name remembered at saving. */
export interface NoteListItem extends Note {
  name: string
  inHandbook: boolean
}

/** One page of the notes list: the first matches, and how many match in all. */
export interface NoteList {
  items: NoteListItem[]
  total: number
}

export interface BookmarkItem {
  slug: string
  name: string
  inHandbook: boolean
  createdAt: string
}

export interface SavedComparison {
  id: number
  name: string
  slugs: string[]
  /** Slugs of the comparison that the current knowledge base no longer has. */
  missing: string[]
  createdAt: string
  updatedAt: string
}

export interface Selection {
  /** The selected treatments still in the handbook, in the order chosen. */
  slugs: string[]
  missing: string[]
}

export interface Branding extends BrandingInput {
  updatedAt: string | null
}

export interface Recovery {
  /** What happened, in plain words, for the banner. */
  message: string
  /** Where the damaged file was moved; it is never deleted. */
  damagedPath: string
  /** The backup that was restored, or null when none was usable and an empty notebook was started. */
  restoredFrom: { path: string; createdAt: string } | null
  at: string
}

/** A backup offered in place of an empty notebook: when it was made and what it holds. */
export interface RestoreOffer {
  path: string
  createdAt: string
  counts: { notes: number; bookmarks: number; comparisons: number; clientProfiles: number }
}

export interface UserDataStatus {
  folder: string
  schemaVersion: number
  recovery: Recovery | null
  /** Set while the notebook is empty and a backup beside it holds notes or other records: the newest such backup. */
  restoreOffer: RestoreOffer | null
  lastBackupAt: string | null
  /** True in the desktop app, where export and import use the system's file dialogs. */
  fileDialogs: boolean
}

export interface ImportItem {
  key: string
  label: string
}
export interface ImportChanges {
  added: ImportItem[]
  updated: ImportItem[]
  removed: ImportItem[]
  /** Merge only: records edited in both places where this notebook's version is newer and stays. */
  kept: ImportItem[]
  unchanged: number
}
export interface ImportPreview {
  mode: ImportMode
  exportedAt: string
  schemaVersion: number
  notes: ImportChanges
  bookmarks: ImportChanges
  comparisons: ImportChanges
  /** Saved screener profiles. */
  clientProfiles: ImportChanges
  selectionChanged: boolean
  /** The comparison selection before and after, when it changes. */
  selection?: { from: string[]; to: string[] }
  settingsChanged: SettingKey[]
  /** Each setting that changes, with its value before and after. */
  settingChanges: { key: SettingKey; from: string; to: string }[]
  brandingChanged: boolean
  /** The clinic name before and after when the clinic details change (null: none set). */
  branding?: { from: string | null; to: string | null }
  /** True when importing would change nothing at all. */
  empty: boolean
}
export interface ImportResult {
  preview: ImportPreview
  /** The copy of the notebook taken just before the import, to undo it by hand if need be. */
  backupPath: string
}
