/**
 * The one table of the API: every channel, the zod schema of its arguments and
 * the type of its result. Main (ipc.ts), preload, renderer and the browser
 * preview all derive from it; no channel name is written anywhere else.
 */
import { z } from 'zod'
import { CATEGORIES, FITZPATRICK_TYPES, MECHANISM_IDS } from '../core/content/schema'
import type { CatalogList, GlossaryEntry, GuidesView, MetaInfo, SearchResult, Taxonomy, TreatmentView } from './types'

const slug = z.string().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a treatment slug')
const id = slug
const none = z.object({}).strict()

/** Declares a result type without a runtime value (results are produced by our own code, not parsed). */
const returns = <T>() => undefined as unknown as T

export const catalogFilters = z
  .object({
    mechanism: z.enum(MECHANISM_IDS).optional(),
    category: z.enum(CATEGORIES).optional(),
    concern: id.optional(),
    layer: id.optional(),
    maxDowntimeDays: z.number().int().min(0).max(365).optional(),
    maxSessions: z.number().int().min(1).max(50).optional(),
    fitzpatrick: z.enum(FITZPATRICK_TYPES).optional(),
  })
  .strict()
export type CatalogFilters = z.infer<typeof catalogFilters>

export const contract = {
  'meta/get': { args: none, result: returns<MetaInfo>() },
  'taxonomy/get': { args: none, result: returns<Taxonomy>() },
  'catalog/list': { args: catalogFilters, result: returns<CatalogList>() },
  'treatment/get': { args: z.object({ slug }).strict(), result: returns<TreatmentView>() },
  // Any text is a valid query (FTS syntax is neutralised in core); only its size is bounded.
  'search/query': { args: z.object({ q: z.string().max(200) }).strict(), result: returns<SearchResult>() },
  'guides/list': { args: none, result: returns<GuidesView>() },
  'glossary/list': { args: none, result: returns<GlossaryEntry[]>() },
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ArgsOf<C extends Channel> = z.infer<Contract[C]['args']>
export type ResultOf<C extends Channel> = Contract[C]['result']

export const CHANNELS = Object.keys(contract) as Channel[]

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value)
}
