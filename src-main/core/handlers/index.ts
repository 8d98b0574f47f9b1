import type { Handlers } from './handler-types'
import { catalogHandlers } from './catalog-handlers'
import { handoutHandlers } from './handout-handlers'
import { printHandlers } from './print-handlers'
import { profileHandlers } from './profile-handlers'
import { readHandlers } from './read-handlers'
import { screenerHandlers } from './screener-handlers'

/** Every channel's handler; the type makes a channel without a handler a compile error. */
export const handlers: Handlers = {
  ...catalogHandlers,
  ...handoutHandlers,
  ...printHandlers,
  ...profileHandlers,
  ...readHandlers,
  ...screenerHandlers,
}
