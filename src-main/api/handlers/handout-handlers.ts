import { HandbookError } from '../../core/handbook-error'
import { buildHandout, type HandoutBranding } from '../../core/handout'
import { getBranding } from '../../core/user-data/branding'
import type { HandlerContext } from './context'
import type { Handlers } from './handler-types'
import { withUser } from './with-user'

/**
 * The clinic's saved details, or none when user data cannot be read: a client
 * still gets the sheet, and the handout screen shows why the header is bare.
 */
async function savedBranding(ctx: HandlerContext): Promise<HandoutBranding | undefined> {
  try {
    return await withUser(ctx, 'read the clinic details', (u) => getBranding(u.db))
  } catch (e) {
    if (e instanceof HandbookError) return undefined
    throw e
  }
}

export const handoutHandlers = {
  'handout/build': async (args, ctx) => {
    const kb = ctx.kb()
    return buildHandout(kb, { ...args, branding: await savedBranding(ctx) })
  },
} satisfies Partial<Handlers>
