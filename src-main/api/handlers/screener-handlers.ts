import { localToday } from '../../core/calendar'
import { screenCandidate } from '../../core/screener'
import type { Handlers } from './handler-types'

export const screenerHandlers = {
  'screener/run': (args, ctx) => screenCandidate(ctx.kb(), args.profile, localToday(), args.policy),
} satisfies Partial<Handlers>
