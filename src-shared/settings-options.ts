// The choices each setting offers and their defaults. Dependency-free, so the
// renderer can show them before the notebook answers.

export const THEMES = ['system', 'light', 'dark'] as const
export const PAPER_SIZES = ['a4', 'letter'] as const
/** How depths are written: 0.25 mm or 250 µm (laser and needling literature often uses µm). */
export const DEPTH_UNITS = ['mm', 'um'] as const

/**
 * When sources disagree about a wait: follow the most cautious cited position
 * (defer until the longest wait, the shorter shown beside it), or show the
 * treatment as a caution once the shortest cited wait has passed. One policy
 * for every treatment alike.
 */
export const CONTESTED_POLICIES = ['cautious', 'caution'] as const
export type ContestedPolicy = (typeof CONTESTED_POLICIES)[number]

export interface Settings {
  theme: (typeof THEMES)[number]
  paperSize: (typeof PAPER_SIZES)[number]
  depthUnit: (typeof DEPTH_UNITS)[number]
  contestedWaits: ContestedPolicy
}
export type SettingKey = keyof Settings

export const DEFAULT_SETTINGS: Settings = { theme: 'system', paperSize: 'a4', depthUnit: 'mm', contestedWaits: 'cautious' }
