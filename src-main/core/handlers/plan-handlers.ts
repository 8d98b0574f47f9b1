import { HandbookError } from '../handbook-error'
import { buildPlan } from '../plan/plan-builder'
import { buildChecklist } from '../plan/plan-checklist'
import { planCalendar } from '../plan/plan-ics'
import { getBranding } from '../user-data/branding'
import type { HandlerContext } from './context'
import type { Handlers } from './handler-types'
import { withUser } from './with-user'

async function clinicName(ctx: HandlerContext): Promise<string | undefined> {
  try {
    return (await withUser(ctx, 'read the clinic details', (u) => getBranding(u.db)))?.name || undefined
  } catch (e) {
    if (e instanceof HandbookError) return undefined
    throw e
  }
}

export const planHandlers = {
  'plan/build': (args, ctx) => buildPlan(ctx.kb(), args),
  'plan/checklist': (args, ctx) => buildChecklist(ctx.kb(), args.slugs),
  'plan/ics': async (args, ctx) => planCalendar(buildPlan(ctx.kb(), args.request), { clientLabel: args.clientLabel, clinicName: await clinicName(ctx) }),
  'plan/save-ics': async (args, ctx) => {
    if (!ctx.files) throw new HandbookError('NOT_AVAILABLE', 'File dialogs exist only in the desktop app; the browser preview downloads the file instead.')
    const { text, fileName } = planCalendar(buildPlan(ctx.kb(), args.request), { clientLabel: args.clientLabel, clinicName: await clinicName(ctx) })
    return { path: await ctx.files.saveText(fileName, text) }
  },
} satisfies Partial<Handlers>
