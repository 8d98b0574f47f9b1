import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { CatalogFilters } from '../../../src-main/api/contract'
import type { TreatmentSummary } from '../../../src-main/api/types'
import { api } from '../api/client'
import { latestRequest } from '../api/request'

type MechanismId = NonNullable<CatalogFilters['mechanism']>

/** The treatments that work through the mechanism being read. */
export const useMechanismStore = defineStore('mechanism', () => {
  const treatments = shallowRef<TreatmentSummary[]>([])
  const request = latestRequest((mechanism: MechanismId) => api().catalog.list({ mechanism }))

  /** `known` is false for an id the taxonomy lacks: nothing is asked and the list is empty. */
  async function load(id: string, known: boolean) {
    if (!known) {
      request.cancel()
      treatments.value = []
      return
    }
    const a = await request.run(id as MechanismId)
    // A failed list shows no treatments: the page still explains the mechanism.
    if (a.kind !== 'stale') treatments.value = a.kind === 'value' ? a.value.items : []
  }
  return { treatments, load, cancel: request.cancel }
})
