// The screener's result shapes, re-exported at the border for the renderer (type-only).
export type * from '../core/screener-types'
export type { CandidateProfile } from '../core/screener-profile'
