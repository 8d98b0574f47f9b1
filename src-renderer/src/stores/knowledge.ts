import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Changelog, MetaInfo, Taxonomy } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'

/** What the knowledge base is and its fixed vocabularies (layers, mechanisms, concerns…), loaded once. */
export const useKnowledgeStore = defineStore('knowledge', () => {
  // Shallow: read-only answers, replaced whole; the first screen reads them without building reactive proxies.
  const meta = shallowRef<MetaInfo>()
  const taxonomy = shallowRef<Taxonomy>()
  const error = ref<ApiError>()
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  // What changed since the previous release: ~110 KB kept off the start-up call, asked for once by the pages that show it.
  const changelog = shallowRef<Changelog | null>()
  let changelogAsked: Promise<void> | undefined

  /** Loads both, or takes them from an answer already on its way (the start-up call's). */
  async function load(given?: Promise<{ meta: MetaInfo; taxonomy: Taxonomy }>) {
    status.value = 'loading'
    error.value = undefined
    try {
      const [m, t] = given ? await given.then((g) => [g.meta, g.taxonomy] as const) : await Promise.all([api().meta.get({}), api().taxonomy.get({})])
      meta.value = m
      taxonomy.value = t
      status.value = 'ready'
    } catch (e) {
      error.value = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: (e as Error).message })
      status.value = 'error'
    }
  }

  /**
   * Loads the changelog once (About, a changed treatment's marker), unless meta says this version has none;
   * a failure leaves it unknown and lets a later page ask again.
   */
  function loadChangelog(): Promise<void> {
    if (meta.value?.hasChangelog === false) return Promise.resolve()
    changelogAsked ??= api()
      .meta.changelog({})
      .then((log) => {
        changelog.value = log
      })
      .catch(() => {
        changelogAsked = undefined
      })
    return changelogAsked
  }

  const byId = <T extends { id: string }>(list: T[] | undefined) => new Map((list ?? []).map((x) => [x.id, x]))
  const layers = computed(() => taxonomy.value?.layers ?? [])
  const mechanismById = computed(() => byId(taxonomy.value?.mechanisms))
  const concernById = computed(() => byId(taxonomy.value?.concerns))
  const layerById = computed(() => byId(taxonomy.value?.layers))
  const contraindicationById = computed(() => byId(taxonomy.value?.contraindications))
  const treatmentName = computed(() => new Map((taxonomy.value?.treatments ?? []).map((t) => [t.slug, t.name])))

  return { meta, taxonomy, changelog, error, status, load, loadChangelog, layers, mechanismById, concernById, layerById, contraindicationById, treatmentName }
})
