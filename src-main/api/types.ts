// The result shapes of the API, as the renderer sees them: the one place it may
// take types from (type-only; the boundary lint refuses runtime imports). The
// shapes are defined beside the core code that produces them.
export type * from '../core/result-types'
export type * from '../core/screener-types'
export type { CandidateProfile } from '../core/screener-profile'
export type { CatalogFilters } from '../core/catalog-filters'
export type { Settings, SettingKey } from '../../src-shared/settings-options'
export type { HandoutRequest, HandoutSection, PaperSize } from '../../src-shared/handout-options'
export type { SavedProfile } from '../core/user-data/client-profiles'
export type { Handout, HandoutPoint } from '../core/handout-types'
export type { Plan, PlanPair } from '../core/plan/plan-builder'
export type { Checklist } from '../core/plan/plan-checklist'
export type { PlanRequestArgs } from '../core/plan/plan-request'
export type { Deferral } from '../core/plan/plan-types'
export type { ClientRecord, ClientRecordItem, HandoutGiven } from '../core/user-data/client-records'
export type {
  BookmarkItem,
  Branding,
  BrandingInput,
  ImportChanges,
  ImportMode,
  ImportPreview,
  ImportResult,
  Note,
  NoteList,
  NoteListItem,
  SavedComparison,
  Selection,
  UserDataStatus,
} from '../core/user-data/schema'

import type { Envelope } from '../core/handbook-error'
import type { CatalogList, MetaInfo, Taxonomy } from '../core/result-types'
import type { Selection } from '../core/user-data/schema'
import type { Settings } from '../../src-shared/settings-options'

/** The answer of 'app/start': what the first screen needs, in one call. */
export interface StartView {
  meta: MetaInfo
  taxonomy: Taxonomy
  /** The list for the filters asked for; absent when the app opened on another screen. */
  list?: CatalogList
  /** The notebook's parts answer apart: the handbook opens even when the notebook cannot. */
  settings: Envelope<Settings>
  selection: Envelope<Selection>
}
