// A handout request written into the /handout route's query, and read back.
// The treatment page, the comparison and the screener link with ?t=a,b; the
// desktop app's hidden print window gets the whole request this way (the
// clinic's details it reads from user data itself), so the sheet it prints is
// the one the practitioner previewed. Free of Node.
import { HANDOUT_SECTIONS, PAPER_SIZES, type HandoutRequest, type HandoutSection, type PaperSize } from './handout-options'

export type HandoutQuery = Record<string, string>

const KEYS = { slugs: 't', sections: 's', paper: 'paper', clientName: 'client', date: 'date', note: 'note', schedule: 'plan' } as const

/** The query for a request; empty fields are left out so a link stays short. */
export function handoutQuery(req: HandoutRequest, paper?: PaperSize): HandoutQuery {
  const q: HandoutQuery = { [KEYS.slugs]: req.slugs.join(',') }
  const put = (key: string, value: string | undefined) => {
    if (value && value.trim()) q[key] = value
  }
  if (req.sections && req.sections.length < HANDOUT_SECTIONS.length) q[KEYS.sections] = req.sections.join(',')
  put(KEYS.paper, paper)
  put(KEYS.clientName, req.clientName)
  put(KEYS.date, req.date)
  put(KEYS.note, req.practitionerNote)
  // A plan's sessions as "slug@YYYY-MM-DD,…".
  if (req.schedule?.length) q[KEYS.schedule] = req.schedule.map((s) => `${s.slug}@${s.date}`).join(',')
  return q
}

export interface ParsedHandoutQuery {
  request: HandoutRequest
  paper?: PaperSize
}

/**
 * Reads a query back. Nothing here is trusted: the slugs and texts go to
 * 'handout/build', whose schema rejects what is wrong with a clear message.
 */
export function parseHandoutQuery(query: Record<string, unknown>): ParsedHandoutQuery {
  const text = (key: string): string | undefined => {
    const v = query[key]
    const first = Array.isArray(v) ? v[0] : v
    return typeof first === 'string' && first.trim() ? first : undefined
  }
  const list = (key: string) =>
    (text(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  const request: HandoutRequest = { slugs: list(KEYS.slugs) }
  // Section names this version does not know are dropped; none left means all sections.
  const sections = list(KEYS.sections).filter((s): s is HandoutSection => (HANDOUT_SECTIONS as readonly string[]).includes(s))
  if (sections.length) request.sections = sections
  const optional: [keyof HandoutRequest, string][] = [
    ['clientName', KEYS.clientName],
    ['date', KEYS.date],
    ['practitionerNote', KEYS.note],
  ]
  for (const [field, key] of optional) {
    const v = text(key)
    if (v) Object.assign(request, { [field]: v })
  }
  const schedule = list(KEYS.schedule).map((x) => {
    const [slug = '', date = ''] = x.split('@')
    return { slug, date }
  })
  if (schedule.length) request.schedule = schedule
  const paper = text(KEYS.paper)
  return (PAPER_SIZES as readonly string[]).includes(paper ?? '') ? { request, paper: paper as PaperSize } : { request }
}
