import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ClientRecord, ClientRecordItem, HandoutGiven } from '../../../src-main/core/user-data/client-records'
import { api } from '../api/client'
import { usePlanStore } from './plan'
import { useScreenerStore } from './screener'

const today = () => {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * The client record open in this window, if any. Notes and handouts given are
 * kept here until the practitioner saves: nothing reaches the notebook without a save.
 */
export const useClientRecordsStore = defineStore('client-records', () => {
  const list = ref<ClientRecordItem[]>([])
  const open = ref<ClientRecord>()
  const notes = ref('')
  const handouts = ref<HandoutGiven[]>([])

  async function load() {
    list.value = await api().clients.list({})
  }

  /** Opens a record and restores everything in it: the screening profile and the plan with its schedule. */
  async function openRecord(id: number) {
    const r = await api().clients.get({ id })
    if (!r) {
      await load()
      throw new Error('That client record no longer exists; it may have been forgotten.')
    }
    open.value = r
    notes.value = r.notes
    handouts.value = r.handouts
    const screener = useScreenerStore()
    if (r.screening) {
      screener.load(r.screening)
      await screener.run()
    }
    const plan = usePlanStore()
    if (r.plan) {
      plan.begin(r.plan.slugs, r.plan.deferrals ?? [])
      plan.start = r.plan.start
      plan.eventDate = r.plan.eventDate ?? ''
      plan.eventDaysBefore = r.plan.eventDaysBefore ?? 14
      plan.downtimeBudget = r.plan.downtimeBudgetDays ?? null
      plan.sessions = r.plan.sessions ?? null
    }
    return r
  }

  async function save(label: string) {
    const screener = useScreenerStore()
    const plan = usePlanStore()
    const saved = await api().clients.save({
      label,
      screening: screener.result?.profile ?? null,
      // The schedule on screen is saved as it stands, proposed or edited, so opening shows the same dates.
      plan: plan.slugs.length ? { ...plan.request, sessions: plan.plan?.sessions.map((s) => ({ slug: s.slug, date: s.date })) ?? plan.request.sessions } : null,
      notes: notes.value,
      handouts: handouts.value,
    })
    open.value = saved
    await load()
    return saved
  }

  function noteHandoutGiven(title: string, slugs: string[]) {
    handouts.value = [...handouts.value, { givenOn: today(), title, slugs }]
  }

  async function forget(id: number) {
    const r = await api().clients.forget({ id })
    if (open.value?.id === id) close()
    await load()
    return r
  }

  const purgeBackups = (label: string) => api().clients['purge-backups']({ label })

  function close() {
    open.value = undefined
    notes.value = ''
    handouts.value = []
  }

  return { list, open, notes, handouts, load, openRecord, save, noteHandoutGiven, forget, purgeBackups, close }
})
