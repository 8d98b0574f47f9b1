// Words for the knowledge base's codes, in one place so every screen says the same thing.
import type { Category } from '../../../src-main/api/types'
import { depthUnit } from './units'

export const CATEGORY_LABELS: Record<Category, string> = {
  peel: 'Chemical peel',
  mechanical: 'Mechanical resurfacing',
  'laser-light': 'Laser & light',
  energy: 'Energy device',
  needling: 'Microneedling',
  injectable: 'Injectable',
  regenerative: 'Regenerative',
}

export const FREQUENCY_LABELS: Record<string, string> = {
  'very-common': 'Very common (more than 1 in 10)',
  common: 'Common (1 in 100 to 1 in 10)',
  uncommon: 'Uncommon (1 in 1,000 to 1 in 100)',
  rare: 'Rare (1 in 10,000 to 1 in 1,000)',
  'very-rare': 'Very rare (under 1 in 10,000)',
}

export const RISK_LABELS: Record<string, string> = { low: 'Low', moderate: 'Moderate', high: 'High', 'very-high': 'Very high' }

export const EVIDENCE_LABELS: Record<string, string> = {
  A: 'A · meta-analyses or several trials',
  B: 'B · some trials or good cohorts',
  C: 'C · case series or expert opinion',
}

export function formatRange(r: { min: number; max: number } | undefined, unit: string): string {
  if (!r) return '—'
  const u = (n: number) => (n === 1 ? unit.replace(/s$/, '') : unit)
  return r.min === r.max ? `${r.min} ${u(r.min)}` : `${r.min}–${r.max} ${unit}`
}

/** A depth given in mm, written in the unit chosen in Settings: 0.25 mm or 250 µm. */
export function formatMm(n: number): string {
  if (depthUnit.value === 'um') return `${Math.round(n * 1000).toLocaleString('en')} µm`
  if (n === 0) return '0 mm'
  return `${n < 0.1 ? n.toFixed(2) : n < 1 ? n.toFixed(2).replace(/0$/, '') : n.toFixed(1).replace(/\.0$/, '')} mm`
}
