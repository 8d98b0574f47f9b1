import { contract, isChannel, type Channel } from './contract'
import { HandbookError, type Envelope } from '../core/handbook-error'
import type { HandlerContext } from './handlers/context'
import type { Handlers } from './handlers/handler-types'

const MAX_DETAIL_CHARS = 200

/**
 * Zod's issues, phrased for a log or an error panel: "slug: must be a treatment slug".
 * Bounded, because an issue can quote the caller's input (20,000 unknown keys are one issue).
 */
function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.slice(0, 10).map((i) => {
    const text = i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message
    return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS - 1)}…` : text
  })
}

/**
 * The border of the core. Every call from IPC or the browser preview comes
 * through here: the channel must exist and the arguments must pass its schema
 * before any handler runs; whatever happens, the caller gets an envelope.
 */
export async function dispatch(handlers: Handlers, ctx: HandlerContext, channel: unknown, rawArgs: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no API call named "${String(channel).slice(0, 80)}".` } }
  }
  const parsed = contract[channel].args.safeParse(rawArgs)
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'BAD_ARGUMENTS', message: `The call ${channel} was made with invalid arguments.`, details: describeIssues(parsed.error.issues) },
    }
  }
  try {
    const handler = handlers[channel] as (args: unknown, ctx: HandlerContext) => unknown
    return { ok: true, value: await handler(parsed.data, ctx) }
  } catch (e) {
    if (e instanceof HandbookError) return { ok: false, error: e.toInfo() }
    console.error(`[handbook] ${channel as Channel} failed:`, e)
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside the handbook. Nothing was changed; please try again.' } }
  }
}
