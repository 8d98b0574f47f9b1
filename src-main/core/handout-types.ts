// The shape of a built handout: plain data, every sentence already phrased for
// a client. Pure types, imported by the renderer.
import type { HandoutSection } from './handout-options'

export interface HandoutClinic {
  name: string
  /** One entry per printed line. */
  address: string[]
  phone?: string
  /** A checked data: URL of an image. */
  logo?: string
}

export interface HandoutExpectation {
  topic: 'sessions' | 'results' | 'downtime' | 'discomfort'
  label: string
  text: string
}

export interface HandoutAftercareStep {
  when: string
  text: string
}

/** One treatment of the handout; a field is absent when its section was left out. */
export interface HandoutTreatment {
  slug: string
  name: string
  about?: string
  howItWorks?: string[]
  expect?: HandoutExpectation[]
  aftercare?: HandoutAftercareStep[]
  /** Said under the aftercare steps when they count from "day 0". */
  aftercareHint?: string
}

/** A point of a plan-wide list (before your appointment, when to call), said once however many treatments share it. */
export interface HandoutPoint {
  text: string
  /** Treatment-specific additions, e.g. how long to wait before one of them. */
  details: string[]
  /** Names of the treatments it concerns when not all of the plan's do. */
  appliesTo: string[]
}

/** One visit of a plan's schedule, as the handout prints it. */
export interface HandoutVisit {
  date: string
  /** "Monday 1 March 2027". */
  dateText: string
  items: { name: string; session: string; downtime?: string }[]
}

export interface Handout {
  kind: 'single' | 'plan'
  title: string
  subtitle: string
  sections: HandoutSection[]
  treatments: HandoutTreatment[]
  before?: HandoutPoint[]
  /** The sentence that opens the "when to call" list, naming the clinic and its phone when known. */
  callIntro?: string
  warningSigns?: HandoutPoint[]
  clinic?: HandoutClinic
  clientName?: string
  /** The date as given (YYYY-MM-DD) and as printed ("21 November 2026"). */
  date?: string
  dateText?: string
  practitionerNote?: string[]
  disclaimer: string
  contentVersion: string
  /** A file name for the saved PDF, safe on every platform. */
  fileName: string
  /** The plan's dates, one entry per visit, when the handout was printed from the plan screen. */
  schedule?: HandoutVisit[]
}
