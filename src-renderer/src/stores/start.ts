import type { CatalogFilters } from '../../../src-main/api/contract'
import { api } from '../api/client'
import { takeEarlyStart } from '../api/early-start'
import { useCatalogStore } from './catalog'
import { useCompareStore } from './compare'
import { useKnowledgeStore } from './knowledge'
import { useSettingsStore } from './settings'

/**
 * The app's start: one call brings the knowledge base's description and
 * vocabularies, the list the first screen shows (when it opens on the list),
 * and the notebook's settings and selection; each store takes its part as if
 * it had asked itself. A retry after an error asks each store's own channel.
 */
export function start(filters?: CatalogFilters): Promise<void> {
  // The entry script sent this call before the app's code arrived (api/early-start.ts) when it read the same filters.
  const answer = takeEarlyStart(filters) ?? api().app.start(filters ? { filters } : {})
  if (filters)
    void useCatalogStore().load(
      filters,
      answer.then((a) => a.list ?? api().catalog.list(filters)),
    )
  const knowledge = useKnowledgeStore().load(answer)
  const user = answer.then(
    (a) => Promise.all([useSettingsStore().load(a.settings), useCompareStore().restore(a.selection)]),
    // Without the knowledge base the error screen shows; the notebook's parts then come from their own channels.
    () => Promise.all([useSettingsStore().load(), useCompareStore().restore()]),
  )
  return Promise.all([knowledge, user]).then(() => undefined)
}
