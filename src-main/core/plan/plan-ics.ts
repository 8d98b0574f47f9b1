// The plan's sessions as an iCalendar file, written with ical-generator: one
// all-day event per session (dates only, no time zones), so a calendar shows each
// on the day planned wherever it is opened.
import ical from 'ical-generator'
import { parseIsoDate } from '../calendar'
import { safeFileName } from '../handout'
import type { Plan } from './plan-builder'

export function planCalendar(plan: Plan, opts: { clientLabel?: string; clinicName?: string } = {}): { text: string; fileName: string } {
  const cal = ical({
    name: opts.clientLabel ? `Treatment plan: ${opts.clientLabel}` : 'Treatment plan',
    prodId: { company: 'Skin Rejuvenation Handbook', product: 'Plan' },
  })
  const total = new Map<string, number>()
  for (const s of plan.sessions) total.set(s.slug, (total.get(s.slug) ?? 0) + 1)
  for (const s of plan.sessions) {
    const day = parseIsoDate(s.date)!
    cal.createEvent({
      // Stable across exports of the same plan, so a calendar updates the event instead of duplicating it.
      id: `${s.date}-${s.slug}-${s.n}@skin-rejuvenation-handbook`,
      start: day,
      allDay: true,
      summary: `${s.name} (session ${s.n} of ${total.get(s.slug)})`,
      description: [
        s.downtimeUntil > s.date ? `Allow for downtime until ${s.downtimeUntil}.` : 'Little or no downtime expected.',
        opts.clinicName ? `Clinic: ${opts.clinicName}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      // A fixed stamp keeps two exports of the same plan identical.
      stamp: day,
    })
  }
  return { text: cal.toString(), fileName: safeFileName(['Treatment plan', opts.clientLabel ?? '', plan.sessions[0]?.date ?? '']).replace(/\.pdf$/, '.ics') }
}
