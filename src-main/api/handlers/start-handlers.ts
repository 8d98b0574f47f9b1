import { listCatalog, metaInfo, taxonomy } from '../../core/catalog'
import { HandbookError, type Envelope, type ErrorInfo } from '../../core/handbook-error'
import type { HandlerContext } from './context'
import type { Handlers } from './handler-types'
import { comparisonHandlers } from './comparison-handlers'
import { settingsHandlers } from './settings-handlers'

/** The notebook's answer or its error, so one damaged part does not fail the whole start. */
async function settle<T>(work: () => T | Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await work() }
  } catch (e) {
    const error: ErrorInfo = e instanceof HandbookError ? e.toInfo() : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) }
    return { ok: false, error }
  }
}

export const startHandlers = {
  // The same answers the separate channels give, read in one round trip; the knowledge base's own failures still fail the call.
  'app/start': async (args, ctx: HandlerContext) => {
    const kb = ctx.kb()
    const view = { meta: metaInfo(kb), taxonomy: taxonomy(kb), ...(args.filters ? { list: listCatalog(kb, args.filters) } : {}) }
    const settings = await settle(() => settingsHandlers['settings/get']({}, ctx))
    const selection = await settle(() => comparisonHandlers['selection/get']({}, ctx))
    return { ...view, settings, selection }
  },
} satisfies Partial<Handlers>
