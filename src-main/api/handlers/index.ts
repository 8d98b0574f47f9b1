import type { Handlers } from './handler-types'
import { catalogHandlers } from './catalog-handlers'
import { clientRecordHandlers } from './client-record-handlers'
import { comparisonHandlers } from './comparison-handlers'
import { handoutHandlers } from './handout-handlers'
import { notesHandlers } from './notes-handlers'
import { planHandlers } from './plan-handlers'
import { printHandlers } from './print-handlers'
import { profileHandlers } from './profile-handlers'
import { readHandlers } from './read-handlers'
import { screenerHandlers } from './screener-handlers'
import { settingsHandlers } from './settings-handlers'
import { startHandlers } from './start-handlers'
import { userDataHandlers } from './user-data-handlers'

/** Every channel's handler; the type makes a channel without a handler a compile error. */
export const handlers: Handlers = {
  ...catalogHandlers,
  ...clientRecordHandlers,
  ...comparisonHandlers,
  ...handoutHandlers,
  ...notesHandlers,
  ...planHandlers,
  ...printHandlers,
  ...profileHandlers,
  ...readHandlers,
  ...screenerHandlers,
  ...settingsHandlers,
  ...startHandlers,
  ...userDataHandlers,
}
