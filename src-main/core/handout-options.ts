// What a handout can be asked for, and its limits. Free of Node and of zod:
// the contract, the core and the renderer all import it. Paper sizes are the
// paper-size setting's own list.
import { parseIsoDate } from './calendar'
import { PAPER_SIZES } from './user-data/settings-options'

export { PAPER_SIZES }
export type PaperSize = (typeof PAPER_SIZES)[number]

/** The sections a practitioner can leave out; the clinic header and the disclaimer are always printed. */
export const HANDOUT_SECTIONS = ['about', 'how-it-works', 'what-to-expect', 'before', 'aftercare', 'warning-signs'] as const
export type HandoutSection = (typeof HANDOUT_SECTIONS)[number]

export const HANDOUT_LIMITS = {
  /** A plan longer than this stops being a take-home sheet. */
  maxTreatments: 5,
  clientName: 120,
  practitionerNote: 1200,
} as const

/** True for a YYYY-MM-DD string naming a day that exists. */
export const isRealDate = (iso: string): boolean => parseIsoDate(iso) !== undefined

/** The request that builds a handout: the 'handout/build' arguments, also carried by the print channels. */
export interface HandoutRequest {
  slugs: string[]
  sections?: HandoutSection[]
  clientName?: string
  /** YYYY-MM-DD. */
  date?: string
  practitionerNote?: string
  /** A plan's dated sessions (from the plan screen), printed as "Your dates". */
  schedule?: { slug: string; date: string }[]
}

/** The clinic's details as user data keeps them; every field may be blank. */
export interface HandoutBranding {
  name?: string
  address?: string
  phone?: string
  /** A data: URL of a PNG or JPEG image. */
  logo?: string | null
}
