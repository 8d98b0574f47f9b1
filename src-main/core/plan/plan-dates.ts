// Whole days on YYYY-MM-DD strings, in UTC, so a schedule never depends on the
// machine's time zone or a daylight-saving change. Month ends and leap days come
// from the calendar itself (2028-02-28 + 1 day = 2028-02-29).
import { formatIsoDate, parseIsoDate } from '../calendar'

const DAY_MS = 86_400_000

function parse(iso: string): Date {
  const d = parseIsoDate(iso)
  if (!d) throw new RangeError(`not a real date: ${iso}`)
  return d
}

export function addDays(iso: string, days: number): string {
  return formatIsoDate(new Date(parse(iso).getTime() + days * DAY_MS))
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY_MS)
}

export const laterOf = (a: string, b: string): string => (a > b ? a : b)
