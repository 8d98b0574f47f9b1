/**
 * The one table of the API: every channel, the zod schema of its arguments and
 * the type of its result. Main (ipc.ts), the handlers, the renderer's types and
 * the browser preview derive from it. Its keys are exactly the zod-free channel
 * list in src-shared/channels.ts (checked below), which the bridges read.
 */
import { z } from 'zod'
import { FITZPATRICK_TYPES } from '../../src-shared/taxonomy'
import { catalogFilters, type CatalogFilters } from '../core/catalog-filters'
import { CHANNELS, type Channel as ChannelName } from '../../src-shared/channels'
import { candidateProfile } from '../core/screener-profile'
import type { ScreeningResult } from './screener-types'
import type { SavedProfile } from '../core/user-data/client-profiles'
import { HANDOUT_LIMITS, HANDOUT_SECTIONS, isRealDate, PAPER_SIZES } from '../core/handout-options'
import type { Handout } from '../core/handout-types'
import type { Plan } from '../core/plan/plan-builder'
import type { Checklist } from '../core/plan/plan-checklist'
import { planDate, planExportRequest, planRequest } from '../core/plan/plan-request'
import { clientLabel, clientRecordInput } from './client-record-request'
import type { ClientRecord, ClientRecordItem } from '../core/user-data/client-records'
import type {
  CatalogList,
  Changelog,
  Comparison,
  ConcernPage,
  GlossaryEntry,
  GuidesView,
  MetaInfo,
  SafetyMatrixView,
  SearchResult,
  StartView,
  Taxonomy,
  TreatmentView,
} from './types'
import {
  brandingInput,
  comparisonName,
  COMPARISON_MAX,
  CONTESTED_POLICIES,
  EXPORT_MAX_BYTES,
  IMPORT_MODES,
  NOTE_MAX_CHARS,
  settingsSchema,
  slug,
  slugList,
} from '../core/user-data/schema'
import type {
  Branding,
  BookmarkItem,
  ImportPreview,
  ImportResult,
  Note,
  NoteList,
  SavedComparison,
  Selection,
  Settings,
  UserDataStatus,
} from '../core/user-data/schema'

const none = z.object({}).strict()

/** Declares a result type without a runtime value (results are produced by our own code, not parsed). */
const returns = <T>() => undefined as unknown as T

export { catalogFilters, type CatalogFilters }

const L = HANDOUT_LIMITS
/** The 'handout/build' arguments; the print channels carry the same request. The clinic's details come from user data. */
export const handoutRequest = z
  .object({
    slugs: z
      .array(slug)
      .min(1, 'Choose at least one treatment for the handout.')
      .max(L.maxTreatments, `A treatment plan holds at most ${L.maxTreatments} treatments.`)
      .refine((s) => new Set(s).size === s.length, 'Each treatment can appear only once in a plan.'),
    sections: z.array(z.enum(HANDOUT_SECTIONS)).min(1, 'Choose at least one section to print.').max(HANDOUT_SECTIONS.length).optional(),
    clientName: z.string().max(L.clientName, `The client's name is limited to ${L.clientName} characters.`).optional(),
    date: z
      .string()
      .refine((d) => d === '' || isRealDate(d), 'The date must be a real day written YYYY-MM-DD.')
      .optional(),
    practitionerNote: z.string().max(L.practitionerNote, `The note is limited to ${L.practitionerNote} characters.`).optional(),
    schedule: z
      .array(z.object({ slug, date: planDate }).strict())
      .max(200, 'A plan holds at most 200 sessions.')
      .optional(),
  })
  .strict()
const printRequest = z.object({ request: handoutRequest, paper: z.enum(PAPER_SIZES) }).strict()

export const contract = {
  // Everything the first screen needs in one answer: the knowledge base's description and vocabularies,
  // the list for the filters the app opened with (when it opened on the list), and the notebook's
  // settings and comparison selection, each with its own error so a damaged notebook never hides the handbook.
  'app/start': { args: z.object({ filters: catalogFilters.optional() }).strict(), result: returns<StartView>() },
  'meta/get': { args: none, result: returns<MetaInfo>() },
  // Apart from meta: ~110 KB that only About and a changed treatment's marker read, kept off the start-up call.
  'meta/changelog': { args: none, result: returns<Changelog | null>() },
  'taxonomy/get': { args: none, result: returns<Taxonomy>() },
  'safety/matrix': { args: none, result: returns<SafetyMatrixView>() },
  'catalog/list': { args: catalogFilters, result: returns<CatalogList>() },
  'treatment/get': { args: z.object({ slug }).strict(), result: returns<TreatmentView>() },
  'concern/get': { args: z.object({ id: slug }).strict(), result: returns<ConcernPage>() },
  // Any text is a valid query (FTS syntax is neutralised in core); only its size is bounded.
  'search/query': { args: z.object({ q: z.string().max(200) }).strict(), result: returns<SearchResult>() },
  'guides/list': { args: none, result: returns<GuidesView>() },
  'glossary/list': { args: none, result: returns<GlossaryEntry[]>() },
  // Up to four columns; unknown slugs are reported back, not fatal, so the rest still compares.
  'compare/get': {
    args: z
      .object({ slugs: z.array(slug).min(1).max(4, 'A comparison holds at most four treatments.'), fitzpatrick: z.enum(FITZPATRICK_TYPES).optional() })
      .strict(),
    result: returns<Comparison>(),
  },
  // Screens one client profile against every treatment; the handler supplies today's date.
  // The contested-wait policy is the practitioner's setting; the renderer sends it so a screening depends only on its arguments.
  'screener/run': { args: z.object({ profile: candidateProfile, policy: z.enum(CONTESTED_POLICIES).optional() }).strict(), result: returns<ScreeningResult>() },
  'profiles/list': { args: none, result: returns<SavedProfile[]>() },
  // Saving is the only way anything about a client is kept: under a label the practitioner chooses.
  'profiles/save': {
    args: z.object({ label: z.string().trim().min(1, 'needs a label').max(80), profile: candidateProfile }).strict(),
    result: returns<SavedProfile>(),
  },
  'profiles/delete': { args: z.object({ id: z.number().int().positive() }).strict(), result: returns<{ deleted: boolean }>() },
  // Builds a client handout, headed with the clinic details saved in user data (none if there are none).
  'handout/build': { args: handoutRequest, result: returns<Handout>() },
  // Electron only (hidden print window, system dialogs); the browser preview answers NOT_AVAILABLE.
  'print/handout-pdf': { args: printRequest, result: returns<{ saved: true; path: string } | { saved: false }>() },
  'print/handout-dialog': { args: printRequest, result: returns<{ printed: boolean }>() },
  // A course of up to five treatments: proposed from a start date, or the practitioner's own sessions checked against every rule.
  'plan/build': { args: planRequest, result: returns<Plan>() },
  // The plan's sessions as an iCalendar file (text); 'plan/save-ics' saves it through the desktop save dialog.
  'plan/ics': { args: planExportRequest, result: returns<{ text: string; fileName: string }>() },
  'plan/save-ics': { args: planExportRequest, result: returns<{ path: string | null }>() },
  // The printable pre-treatment checklist for the planned treatments (supports, never replaces, the clinic's consent form).
  'plan/checklist': { args: z.object({ slugs: planRequest.shape.slugs }).strict(), result: returns<Checklist>() },
  // A client's record (opt-in, local, under a label): screening, plan and schedule, handouts given, notes.
  'clients/list': { args: none, result: returns<ClientRecordItem[]>() },
  // Null when there is no such record (it was forgotten), as 'notes/get' answers for a note.
  'clients/get': { args: z.object({ id: z.number().int().positive() }).strict(), result: returns<ClientRecord | null>() },
  'clients/save': { args: clientRecordInput, result: returns<ClientRecord>() },
  // Deletes the record with secure_delete, then VACUUM; says how many backup copies still hold the label and for how long.
  'clients/forget': {
    args: z.object({ id: z.number().int().positive() }).strict(),
    result: returns<{ deleted: boolean; label: string | null; backups: { count: number; text: string } }>(),
  },
  'clients/purge-backups': { args: z.object({ label: clientLabel }).strict(), result: returns<{ purged: number; failed: string[]; remaining: number }>() },
  // The practitioner's own data (user.db). Slugs refer to treatments; a slug the handbook dropped keeps its notes.
  // The most recently edited matches, at most NOTES_LIST_LIMIT of them, and how many match in all: a large notebook never blocks other calls.
  'notes/list': { args: z.object({ query: z.string().max(200).optional() }).strict(), result: returns<NoteList>() },
  'notes/get': { args: z.object({ slug }).strict(), result: returns<Note | null>() },
  // An empty body removes the note; the result is null then.
  'notes/save': {
    args: z.object({ slug, body: z.string().max(NOTE_MAX_CHARS, `A note is limited to ${NOTE_MAX_CHARS.toLocaleString('en')} characters.`) }).strict(),
    result: returns<Note | null>(),
  },
  'notes/delete': { args: z.object({ slug }).strict(), result: returns<{ deleted: boolean }>() },
  'bookmarks/list': { args: z.object({ query: z.string().max(200).optional() }).strict(), result: returns<BookmarkItem[]>() },
  // With `bookmarked` the call sets that state (safe to repeat); without, it flips it.
  'bookmarks/toggle': { args: z.object({ slug, bookmarked: z.boolean().optional() }).strict(), result: returns<{ slug: string; bookmarked: boolean }>() },
  'comparisons/list': { args: none, result: returns<SavedComparison[]>() },
  // Saving under an existing name (in any letter case) replaces that comparison's treatments.
  'comparisons/save': { args: z.object({ name: comparisonName, slugs: slugList(2, COMPARISON_MAX) }).strict(), result: returns<SavedComparison>() },
  'comparisons/delete': { args: z.object({ id: z.number().int().positive() }).strict(), result: returns<{ deleted: boolean }>() },
  'selection/get': { args: none, result: returns<Selection>() },
  'selection/set': { args: z.object({ slugs: slugList(0, COMPARISON_MAX) }).strict(), result: returns<Selection>() },
  'settings/get': { args: none, result: returns<Settings>() },
  'settings/set': { args: settingsSchema.partial(), result: returns<Settings>() },
  'branding/get': { args: none, result: returns<Branding>() },
  // The logo is a data: URL; the core accepts PNG or JPEG by its bytes, up to the handout's size limit.
  'branding/set': { args: brandingInput, result: returns<Branding>() },
  // Opens (and if need be recovers) the notebook; says what recovery did, if anything.
  'userdata/status': { args: none, result: returns<UserDataStatus>() },
  'userdata/export': { args: none, result: returns<{ json: string; fileName: string }>() },
  // A character takes at least one byte, so this bounds the text cheaply; the core then counts its UTF-8 bytes against the same limit.
  'userdata/preview-import': {
    args: z.object({ json: z.string().max(EXPORT_MAX_BYTES), mode: z.enum(IMPORT_MODES) }).strict(),
    result: returns<ImportPreview>(),
  },
  'userdata/import': { args: z.object({ json: z.string().max(EXPORT_MAX_BYTES), mode: z.enum(IMPORT_MODES) }).strict(), result: returns<ImportResult>() },
  // Restores the backup that 'userdata/status' offers (restoreOffer) into the empty notebook; NOT_FOUND once the notebook holds anything.
  'userdata/restore-backup': { args: none, result: returns<ImportResult>() },
  // Desktop only (system file dialogs); the browser preview answers NOT_AVAILABLE and downloads/uploads instead.
  'userdata/export-file': { args: none, result: returns<{ path: string | null }>() },
  'userdata/open-import-file': { args: none, result: returns<{ json: string; fileName: string } | null>() },
  // Every shared channel name has an entry and there is no entry without one.
} as const satisfies Record<ChannelName, { args: z.ZodType; result: unknown }>

export type Contract = typeof contract
export type Channel = keyof Contract
export type ArgsOf<C extends Channel> = z.infer<Contract[C]['args']>
export type ResultOf<C extends Channel> = Contract[C]['result']

export { CHANNELS }

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value)
}
