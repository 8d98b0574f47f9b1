import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { DEFAULT_SETTINGS, type Settings } from '../../../src-shared/settings-options'
import type { StartView } from '../../../src-main/api/types'
import { api } from '../api/client'
import { depthUnit } from '../lib/units'

/** Theme, paper size and depth unit: applied the moment they change, saved in the notebook. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>({ ...DEFAULT_SETTINGS })
  const saving = ref(false)
  const error = ref<string>()

  /** Loads the settings, or takes the notebook's answer already given (the start-up call's). */
  async function load(given?: StartView['settings']) {
    try {
      const answer = given ?? { ok: true as const, value: await api().settings.get({}) }
      if (!answer.ok) throw new Error(answer.error.message)
      settings.value = answer.value
      error.value = undefined
    } catch (e) {
      error.value = (e as Error).message
    }
  }

  async function set(change: Partial<Settings>) {
    const before = settings.value
    settings.value = { ...settings.value, ...change }
    saving.value = true
    try {
      settings.value = await api().settings.set(change)
      error.value = undefined
    } catch (e) {
      settings.value = before
      error.value = (e as Error).message
    } finally {
      saving.value = false
    }
  }

  watch(
    () => settings.value.theme,
    (theme) => {
      document.documentElement.dataset.theme = theme
    },
    { immediate: true },
  )
  watch(
    () => settings.value.depthUnit,
    (unit) => (depthUnit.value = unit),
    { immediate: true },
  )

  return { settings, saving, error, load, set }
})
