import { z } from 'zod'
import { candidateProfile } from '../screener-profile'
import { HandbookError } from '../handbook-error'
import { decodeLogo } from './logo'
import { USER_SCHEMA_VERSION } from './migrations'
import {
  brandingInput,
  comparisonName,
  EXPORT_MAX_BYTES,
  EXPORT_MAX_LABEL,
  IMPORT_MAX_DEPTH,
  NOTE_MAX_CHARS,
  settingsSchema,
  slug,
  slugList,
  utf8Bytes,
} from './schema'

/** Marks a file as ours, so a random JSON file is refused before anything else is read. */
export const EXPORT_FORMAT = 'skin-rejuvenation-handbook/user-data'

const iso = z.iso.datetime({ message: 'must be a date and time such as 2024-05-01T14:03:00.000Z' })
const treatmentName = z.string().max(200).nullable().default(null)

const noteRecord = z
  .object({
    slug,
    body: z
      .string()
      .max(NOTE_MAX_CHARS)
      .refine((b) => b.trim().length > 0, 'is empty'),
    treatmentName,
    createdAt: iso.optional(),
    updatedAt: iso,
  })
  .strict()
  .transform((n) => ({ ...n, createdAt: n.createdAt ?? n.updatedAt }))

const bookmarkRecord = z.object({ slug, treatmentName, createdAt: iso }).strict()
const comparisonRecord = z.object({ name: comparisonName, slugs: slugList(2, 4), createdAt: iso, updatedAt: iso }).strict()
// A saved screener profile is checked by the very schema 'profiles/save' uses. Null is a profile this
// version cannot read (saved by an older form): its label travels, and the screener lists it to redo.
const clientProfileRecord = z.object({ label: z.string().trim().min(1).max(80), profile: candidateProfile.nullable(), createdAt: iso, updatedAt: iso }).strict()

const noDuplicates =
  <T>(key: (x: T) => string, what: string) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>()
    list.forEach((x, i) => {
      const k = key(x)
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `${what} "${k}" appears twice`, path: [i] })
      seen.add(k)
    })
  }

/** The export file. Fields added by later versions default to empty, so files from earlier versions still read. */
export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    schemaVersion: z.number().int().min(1).max(USER_SCHEMA_VERSION),
    exportedAt: iso,
    notes: z
      .array(noteRecord)
      .superRefine(noDuplicates((n) => n.slug, 'the note on'))
      .default([]),
    bookmarks: z
      .array(bookmarkRecord)
      .superRefine(noDuplicates((b) => b.slug, 'the bookmark on'))
      .default([]),
    comparisons: z
      .array(comparisonRecord)
      .superRefine(noDuplicates((c) => c.name.toLowerCase(), 'the comparison'))
      .default([]),
    clientProfiles: z
      .array(clientProfileRecord)
      .superRefine(noDuplicates((p) => p.label.toLowerCase(), 'the client profile'))
      .default([]),
    selection: slugList(0, 4).default([]),
    settings: settingsSchema.partial().default({}),
    branding: brandingInput.extend({ updatedAt: iso }).nullable().default(null),
  })
  .strict()

export type ExportFile = z.output<typeof exportFileSchema>
export type NoteRecord = ExportFile['notes'][number]
export type ComparisonRecord = ExportFile['comparisons'][number]
export type ClientProfileRecord = ExportFile['clientProfiles'][number]

const reject = (message: string, details?: string[]) => new HandbookError('IMPORT_REJECTED', `${message} Nothing was imported or changed.`, details)

/**
 * Reads an export file and proves every record before anything is written.
 * A file that is not JSON, not ours, from a newer version of the handbook, or
 * damaged anywhere is refused whole, with the reason.
 */
export function parseExportFile(text: string): ExportFile {
  const bytes = utf8Bytes(text)
  if (bytes > EXPORT_MAX_BYTES) {
    throw reject(`This file is ${megabytes(bytes)}, larger than any handbook export (the limit is ${EXPORT_MAX_LABEL}).`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    if (e instanceof RangeError) throw reject('This file nests its records deeper than any handbook export does; it was edited by hand or damaged.')
    throw reject(`This file is not valid JSON (${(e as Error).message}), so it cannot be a handbook export.`)
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw reject('This file is not a Skin Rejuvenation Handbook export of notes and settings.')
  }
  if (depthExceeds(raw, IMPORT_MAX_DEPTH)) {
    throw reject(`This file nests its records more than ${IMPORT_MAX_DEPTH} levels deep, which no handbook export does; it was edited by hand or damaged.`)
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > USER_SCHEMA_VERSION) {
    throw reject(
      `This file was made by a newer version of the handbook (data format ${version}; this version reads up to ${USER_SCHEMA_VERSION}). Update the handbook, then import it again.`,
    )
  }
  const parsed = exportFileSchema.safeParse(raw)
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 10).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    throw reject(`This file is damaged or was edited by hand: ${details[0]}.`, details)
  }
  if (parsed.data.branding?.logo) {
    try {
      decodeLogo(parsed.data.branding.logo)
    } catch (e) {
      throw reject(`The clinic logo in this file is not usable: ${(e as Error).message}`)
    }
  }
  return parsed.data
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Whether a parsed JSON value nests deeper than max; iterative, so no depth can overflow the stack. */
export function depthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [v, d] = stack.pop()!
    if (!v || typeof v !== 'object') continue
    if (d >= max) return true
    for (const child of Object.values(v)) if (child && typeof child === 'object') stack.push([child, d + 1])
  }
  return false
}
