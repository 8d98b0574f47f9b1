// The fixed vocabularies of the knowledge base: plain constants, so the content
// schema (zod) derives its enums from them and the renderer lists the same values.

export const MECHANISM_IDS = ['exfoliation', 'tightening', 'leveling', 'ecm-stimulation', 'volume-restoration', 'muscle-immobilization'] as const
export type MechanismId = (typeof MECHANISM_IDS)[number]

export const CATEGORIES = ['peel', 'mechanical', 'laser-light', 'energy', 'needling', 'injectable', 'regenerative'] as const
export type Category = (typeof CATEGORIES)[number]

export const FITZPATRICK_TYPES = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const
export type FitzpatrickType = (typeof FITZPATRICK_TYPES)[number]

/** Glogau photoaging classes are numbers 1–4 in data and Roman numerals in print. */
export const GLOGAU_CLASSES = [1, 2, 3, 4] as const
export const GLOGAU_MIN = GLOGAU_CLASSES[0]
export const GLOGAU_MAX = GLOGAU_CLASSES[GLOGAU_CLASSES.length - 1]!
const GLOGAU_NUMERALS = ['I', 'II', 'III', 'IV'] as const
/** 'III' for 3; an out-of-range class prints as its number rather than as nothing. */
export function glogauNumeral(n: number): string {
  return GLOGAU_NUMERALS[n - 1] ?? String(n)
}
