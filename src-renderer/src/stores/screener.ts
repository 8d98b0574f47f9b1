import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { AGE_MAX, AGE_MIN } from '../../../src-shared/screener-limits'
import type { CandidateProfile } from '../../../src-main/api/screener-types'
import type { ScreeningResult } from '../../../src-main/api/screener-types'
import { api, type ApiError } from '../api/client'
import { latestRequest } from '../api/request'
import { useSettingsStore } from './settings'

/** The form's working copy: fields may be empty while the practitioner types. */
export interface ProfileDraft {
  age: number | undefined
  fitzpatrick: CandidateProfile['fitzpatrick'] | ''
  glogau: number | undefined
  concerns: string[]
  flags: string[]
  endedOn: Record<string, string>
  maxDowntimeDays: number | undefined
  injectionsAcceptable: boolean
  energyDevicesAcceptable: boolean
}

export const emptyDraft = (): ProfileDraft => ({
  age: undefined,
  fitzpatrick: '',
  glogau: undefined,
  concerns: [],
  flags: [],
  endedOn: {},
  maxDowntimeDays: undefined,
  injectionsAcceptable: true,
  energyDevicesAcceptable: true,
})

/** What is missing before a screening can run, in the form's own words; empty when complete. */
export function missingFields(d: ProfileDraft): string[] {
  const out: string[] = []
  if (d.age === undefined || !Number.isInteger(d.age) || d.age < AGE_MIN || d.age > AGE_MAX) out.push(`Age (a whole number from ${AGE_MIN} to ${AGE_MAX})`)
  if (!d.fitzpatrick) out.push('Fitzpatrick skin type')
  if (d.glogau === undefined) out.push('Glogau photoageing class')
  return out
}

/** The profile the API receives: only dates of conditions that are ticked, nothing empty. */
export function toProfile(d: ProfileDraft): CandidateProfile {
  const endedOn = Object.fromEntries(Object.entries(d.endedOn).filter(([id, date]) => d.flags.includes(id) && date))
  return {
    age: d.age!,
    fitzpatrick: d.fitzpatrick as CandidateProfile['fitzpatrick'],
    glogau: d.glogau!,
    concerns: [...d.concerns],
    flags: [...d.flags],
    ...(Object.keys(endedOn).length ? { endedOn } : {}),
    ...(d.maxDowntimeDays === undefined ? {} : { maxDowntimeDays: d.maxDowntimeDays }),
    injectionsAcceptable: d.injectionsAcceptable,
    energyDevicesAcceptable: d.energyDevicesAcceptable,
  }
}

/**
 * The client being screened. It lives in memory only, so it survives a visit
 * to a treatment page and back, and is gone when the window closes; nothing is
 * written anywhere unless the practitioner saves the profile under a label.
 */
export const useScreenerStore = defineStore('screener', () => {
  const draft = ref<ProfileDraft>(emptyDraft())
  const result = ref<ScreeningResult>()
  const screened = ref<string>()
  const error = ref<ApiError>()
  const screening = latestRequest((args: { profile: CandidateProfile; policy: ScreeningResult['policy'] }) => api().screener.run(args))
  const running = screening.pending
  const planned = ref<string[]>([])
  const settings = useSettingsStore()
  /** The practitioner's contested-wait policy: one setting for every treatment alike. */
  const policy = computed(() => settings.settings.contestedWaits)
  const key = () => JSON.stringify({ profile: toProfile(draft.value), policy: policy.value })

  /** True when the form (or the policy) no longer matches what the shown result was made for. */
  const stale = computed(() => !!result.value && screened.value !== key())

  async function run(): Promise<boolean> {
    if (missingFields(draft.value).length) return false
    const asked = key()
    const a = await screening.run({ profile: toProfile(draft.value), policy: policy.value })
    // A newer screening (the form changed and was run again) decides what is shown.
    if (a.kind === 'stale') return false
    if (a.kind === 'error') {
      error.value = a.error
      return false
    }
    const fresh = a.value
    result.value = fresh
    screened.value = asked
    error.value = undefined
    planned.value = planned.value.filter((s) => fresh.suitable.some((t) => t.slug === s))
    return true
  }

  function togglePlanned(slug: string) {
    planned.value = planned.value.includes(slug) ? planned.value.filter((s) => s !== slug) : [...planned.value, slug]
  }

  function clear() {
    draft.value = emptyDraft()
    result.value = undefined
    screened.value = undefined
    error.value = undefined
    planned.value = []
  }

  function load(profile: CandidateProfile) {
    draft.value = {
      ...emptyDraft(),
      ...profile,
      endedOn: { ...(profile.endedOn ?? {}) },
      maxDowntimeDays: profile.maxDowntimeDays,
    }
  }

  return { draft, result, error, running, stale, planned, run, togglePlanned, clear, load }
})
