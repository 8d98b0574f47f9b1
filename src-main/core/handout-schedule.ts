// A plan's dated sessions in the client's words, one entry per visit, for the
// handout printed from the plan screen.
import type { Treatment } from './content/schema'
import { HandbookError } from './handbook-error'
import { longDate } from './handout-wording'
import type { HandoutVisit } from './handout-types'
import { numberSessions } from './plan/plan-check'
import { addDays } from './plan/plan-dates'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!

export function scheduleVisits(treatments: readonly Treatment[], schedule: readonly { slug: string; date: string }[]): HandoutVisit[] {
  const bySlug = new Map(treatments.map((t) => [t.slug, t]))
  for (const s of schedule)
    if (!bySlug.has(s.slug)) throw new HandbookError('BAD_ARGUMENTS', `A session names "${s.slug}", which is not one of the handout's treatments.`)
  const sessions = numberSessions(schedule)
  const total = new Map<string, number>()
  for (const s of sessions) total.set(s.slug, (total.get(s.slug) ?? 0) + 1)
  const visits = new Map<string, HandoutVisit>()
  for (const s of sessions) {
    const t = bySlug.get(s.slug)!
    const days = Math.ceil(t.downtimeDays.max)
    const visit = visits.get(s.date) ?? { date: s.date, dateText: `${weekday(s.date)} ${longDate(s.date)}`, items: [] }
    visit.items.push({
      name: t.name,
      session: total.get(s.slug)! > 1 ? `session ${s.n} of ${total.get(s.slug)}` : 'one session',
      ...(days > 0 ? { downtime: `allow for up to ${days} day${days === 1 ? '' : 's'} of recovery, until ${longDate(addDays(s.date, days - 1))}` } : {}),
    })
    visits.set(s.date, visit)
  }
  return [...visits.values()]
}
