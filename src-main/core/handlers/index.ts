import type { Handlers } from './handler-types'
import { catalogHandlers } from './catalog-handlers'
import { profileHandlers } from './profile-handlers'
import { readHandlers } from './read-handlers'
import { screenerHandlers } from './screener-handlers'

/** Every channel's handler; the type makes a channel without a handler a compile error. */
export const handlers: Handlers = {
  ...catalogHandlers,
  ...profileHandlers,
  ...readHandlers,
  ...screenerHandlers,
}
