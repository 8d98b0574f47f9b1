import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Deferral, Plan, PlanRequestArgs } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'
import { latestRequest } from '../api/request'
import { useUserDataStore } from './user-data'
import { downloadText } from '../lib/download'

const todayIso = () => {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * The plan being built: its treatments, the client's limits, and — once the
 * practitioner moves, drops or adds a session — their own schedule, which the
 * core checks against every rule. Nothing is stored unless saved to a client record.
 */
export const usePlanStore = defineStore('plan', () => {
  const slugs = ref<string[]>([])
  const start = ref(todayIso())
  const eventDate = ref('')
  const eventDaysBefore = ref(14)
  const downtimeBudget = ref<number | null>(null)
  const deferrals = ref<Deferral[]>([])
  /** The practitioner's own schedule; null while the handbook's proposal stands. */
  const sessions = ref<{ slug: string; date: string }[] | null>(null)
  const plan = ref<Plan>()
  const error = ref<ApiError>()
  // Every edit rebuilds the plan; only the answer to the newest request is shown.
  const building = latestRequest((r: PlanRequestArgs) => api().plan.build(r))
  const busy = building.pending

  const request = computed<PlanRequestArgs>(() => ({
    slugs: slugs.value,
    start: start.value,
    ...(eventDate.value ? { eventDate: eventDate.value, eventDaysBefore: eventDaysBefore.value } : {}),
    ...(downtimeBudget.value !== null ? { downtimeBudgetDays: downtimeBudget.value } : {}),
    ...(deferrals.value.length ? { deferrals: deferrals.value } : {}),
    ...(sessions.value ? { sessions: sessions.value } : {}),
  }))

  async function build(): Promise<void> {
    if (!slugs.value.length) {
      building.cancel()
      plan.value = undefined
      error.value = undefined
      return
    }
    const a = await building.run(request.value)
    if (a.kind === 'value') {
      plan.value = a.value
      error.value = undefined
    } else if (a.kind === 'error') error.value = a.error
  }

  /** Starts a plan for these treatments (from the screener, a comparison or a treatment page). */
  function begin(next: string[], nextDeferrals: Deferral[] = []) {
    slugs.value = next.slice(0, 5)
    deferrals.value = nextDeferrals
    sessions.value = null
  }

  const current = () => sessions.value ?? plan.value?.sessions.map((s) => ({ slug: s.slug, date: s.date })) ?? []
  function moveSession(id: string, date: string) {
    const s = plan.value?.sessions.find((x) => x.id === id)
    if (!s || !date) return
    const own = current()
    const at = own.findIndex((x) => x.slug === s.slug && x.date === s.date)
    sessions.value = own.map((x, i) => (i === at ? { slug: x.slug, date } : x))
  }
  function dropSession(id: string) {
    const s = plan.value?.sessions.find((x) => x.id === id)
    if (!s) return
    const own = current()
    const at = own.findIndex((x) => x.slug === s.slug && x.date === s.date)
    sessions.value = own.filter((_, i) => i !== at)
  }
  /** One more session of a treatment, its interval after its last one (or on the start date). */
  function addSession(slug: string) {
    const own = current()
    const t = plan.value?.treatments.find((x) => x.slug === slug)
    const last = own
      .filter((x) => x.slug === slug)
      .map((x) => x.date)
      .sort()
      .at(-1)
    const base = last ?? start.value
    const d = new Date(`${base}T00:00:00Z`)
    d.setUTCDate(d.getUTCDate() + (last ? Math.max(1, t?.intervalDays ?? 7) : 0))
    sessions.value = [...own, { slug, date: d.toISOString().slice(0, 10) }]
  }
  const resetToProposal = () => (sessions.value = null)

  /** The .ics file: through the save dialog in the desktop app, as a download in the browser preview. */
  async function exportCalendar(clientLabel?: string): Promise<string | null> {
    const args = { request: request.value, ...(clientLabel ? { clientLabel } : {}) }
    if (useUserDataStore().status?.fileDialogs) return (await api().plan['save-ics'](args)).path
    const { text, fileName } = await api().plan.ics(args)
    downloadText(text, fileName, 'text/calendar')
    return fileName
  }

  return {
    slugs,
    start,
    eventDate,
    eventDaysBefore,
    downtimeBudget,
    deferrals,
    sessions,
    plan,
    error,
    busy,
    request,
    build,
    begin,
    moveSession,
    dropSession,
    addSession,
    resetToProposal,
    exportCalendar,
  }
})
