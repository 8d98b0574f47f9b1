// Calendar arithmetic on YYYY-MM-DD strings, in UTC so a result never depends
// on the machine's time zone. Waits in the knowledge base are given in months
// ("6 months after the last dose"), sometimes fractional ("0.5": about two weeks).

/** Days in the average Gregorian month: turns the fractional part of a wait into days. */
const DAYS_PER_MONTH = 365.2425 / 12
const DAY_MS = 86_400_000

export function parseIsoDate(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return undefined
  const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])))
  // setUTCFullYear, because Date.UTC reads the years 0–99 as 1900–1999.
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  // Rejects 2025-02-30 and the like, which Date would roll over silently.
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : undefined
}

export function formatIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10)
}

// A screening asks for the same few dates for dozens of treatments; remembering
// them keeps the cost of one screening in the rules, not in Date arithmetic.
const memo = new Map<string, string>()
const MEMO_LIMIT = 2048

/** Adds whole calendar months (clamping 31 Jan + 1 month to 28/29 Feb), then the fraction as days. */
export function addMonths(iso: string, months: number): string {
  const key = `${iso}+${months}`
  let out = memo.get(key)
  if (out === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear()
    out = computeAddMonths(iso, months)
    memo.set(key, out)
  }
  return out
}

function computeAddMonths(iso: string, months: number): string {
  const d = parseIsoDate(iso)
  if (!d) throw new RangeError(`not a date: ${iso}`)
  const whole = Math.floor(months)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + whole
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const shifted = new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)))
  return formatIsoDate(new Date(shifted.getTime() + Math.round((months - whole) * DAYS_PER_MONTH) * DAY_MS))
}

/** Whole calendar months and remaining days from `from` to a later `to` (zero when `to` is not later). */
export function monthsAndDaysBetween(from: string, to: string): { months: number; days: number } {
  if (to <= from) return { months: 0, days: 0 }
  let months = 0
  while (addMonths(from, months + 1) <= to) months++
  const base = parseIsoDate(addMonths(from, months))!.getTime()
  return { months, days: Math.round((parseIsoDate(to)!.getTime() - base) / DAY_MS) }
}

/** Today's date on the machine's own calendar, as the practitioner reads it. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
