// The start-up call, sent by the entry script before the app's code has arrived:
// the server then reads the knowledge base while the browser fetches, parses and
// runs Vue, the router and the first screen, instead of after. This file and what
// it imports stay free of Vue so the entry chunk is a few kilobytes.
import type { CatalogFilters } from '../../../src-main/api/contract'
import type { StartView } from '../../../src-main/api/types'
import { filtersFromQuery } from '../lib/filters-query'
import { api } from './client'

/** The call on its way, and the filters it asked for (undefined: the first screen is not the list). */
let early: { key: string; answer: Promise<StartView> } | undefined

const keyOf = (filters: CatalogFilters | undefined) => (filters ? JSON.stringify(filters) : '')

/**
 * The list's filters when the address opens the treatment list ('#/', '#/treatments?…'), read the way the router
 * will; any other screen has none. A reading that differs from the router's only costs the early call its use.
 */
export function filtersFromHash(hash: string): CatalogFilters | undefined {
  const route = hash.replace(/^#/, '')
  const at = route.indexOf('?')
  const [rawPath, search] = at < 0 ? [route, ''] : [route.slice(0, at), route.slice(at + 1)]
  const path = rawPath.replace(/\/+$/, '').toLowerCase()
  if (path !== '' && path !== '/treatments') return undefined
  const query: Record<string, string | string[]> = {}
  for (const [k, v] of new URLSearchParams(search)) {
    const had = query[k]
    query[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v]
  }
  return filtersFromQuery(query)
}

/** Sends 'app/start' for the screen the address names. Without a bridge it does nothing: the app's own start reports why. */
export function sendEarlyStart(hash: string): void {
  const filters = filtersFromHash(hash)
  try {
    const answer = api().app.start(filters ? { filters } : {})
    // Handled here so a call nobody takes (the router read the address otherwise) is not an unhandled rejection.
    answer.catch(() => undefined)
    early = { key: keyOf(filters), answer }
  } catch {
    early = undefined
  }
}

/** The early call's answer, once, if it asked for these filters; otherwise undefined and the caller asks itself. */
export function takeEarlyStart(filters: CatalogFilters | undefined): Promise<StartView> | undefined {
  const taken = early
  early = undefined
  return taken && taken.key === keyOf(filters) ? taken.answer : undefined
}
