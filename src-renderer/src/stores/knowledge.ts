import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { MetaInfo, Taxonomy } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'

/** What the knowledge base is and its fixed vocabularies (layers, mechanisms, concerns…), loaded once. */
export const useKnowledgeStore = defineStore('knowledge', () => {
  // Shallow: read-only answers, replaced whole; the first screen reads them without building reactive proxies.
  const meta = shallowRef<MetaInfo>()
  const taxonomy = shallowRef<Taxonomy>()
  const error = ref<ApiError>()
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')

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

  const byId = <T extends { id: string }>(list: T[] | undefined) => new Map((list ?? []).map((x) => [x.id, x]))
  const layers = computed(() => taxonomy.value?.layers ?? [])
  const mechanismById = computed(() => byId(taxonomy.value?.mechanisms))
  const concernById = computed(() => byId(taxonomy.value?.concerns))
  const layerById = computed(() => byId(taxonomy.value?.layers))
  const contraindicationById = computed(() => byId(taxonomy.value?.contraindications))
  const treatmentName = computed(() => new Map((taxonomy.value?.treatments ?? []).map((t) => [t.slug, t.name])))

  return { meta, taxonomy, error, status, load, layers, mechanismById, concernById, layerById, contraindicationById, treatmentName }
})
