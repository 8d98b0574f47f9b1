import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { HandoutRequest, PaperSize } from '../../../src-shared/handout-options'
import type { Handout } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'
import { latestRequest, toApiError } from '../api/request'

/** The handout being prepared: rebuilt from the request on every change; nothing about the client is stored. */
export const useHandoutStore = defineStore('handout', () => {
  const handout = ref<Handout>()
  const error = ref<ApiError>()
  const request = latestRequest((r: HandoutRequest) => api().handout.build(r))

  /**
   * Resolves to this call's `current` check when its answer is the one shown, or
   * undefined when a newer call superseded it; `current()` turns false as soon as
   * another build starts, for work that follows (drawing the sheet).
   */
  async function build(req: HandoutRequest): Promise<{ current: () => boolean } | undefined> {
    const a = await request.run(req)
    if (a.kind === 'stale') return undefined
    if (a.kind === 'value') {
      handout.value = a.value
      error.value = undefined
    } else {
      // The last good sheet stays on screen beside the message, unless it is for other treatments.
      if (handout.value?.treatments.map((t) => t.slug).join() !== req.slugs.join()) handout.value = undefined
      error.value = a.error
    }
    return { current: a.current }
  }

  function clear() {
    request.cancel()
    handout.value = undefined
    error.value = undefined
  }

  /** Prints through the desktop app's dialog; throws an ApiError (NOT_AVAILABLE in the browser preview). */
  const print = (req: HandoutRequest, paper: PaperSize) =>
    api()
      .print['handout-dialog']({ request: req, paper })
      .catch((e: unknown) => Promise.reject(toApiError(e)))
  /** Saves a PDF through the desktop app's save dialog; throws an ApiError. */
  const savePdf = (req: HandoutRequest, paper: PaperSize) =>
    api()
      .print['handout-pdf']({ request: req, paper })
      .catch((e: unknown) => Promise.reject(toApiError(e)))

  return { handout, error, building: request.pending, build, clear, cancel: request.cancel, print, savePdf }
})
