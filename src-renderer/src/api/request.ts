// The one way a store asks the API for something it shows. Answers can arrive
// out of order (typing outruns them; a slow build finishes after a quick one),
// so only the newest request's answer is kept; a newer request or the owner's
// cancel() turns every earlier one stale. Every failure becomes one ApiError.
import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue'
import { ApiError } from './client'

/** `current()` stays true until a newer request starts or the owner cancels: for work that follows the answer (painting it). */
export type Answer<R> = { kind: 'value'; value: R; current: () => boolean } | { kind: 'error'; error: ApiError; current: () => boolean } | { kind: 'stale' }

export interface LatestRequest<A, R> {
  /** Starts a request; earlier ones still on their way will answer 'stale'. */
  run(args: A): Promise<Answer<R>>
  /** Makes the request on its way stale (a newer request will not need it, or its owner has gone). */
  cancel(): void
  /** True while the newest request is on its way. */
  readonly pending: Ref<boolean>
}

/** Any failure in the one error shape the renderer shows: a code and a message. */
export function toApiError(e: unknown, fallback = 'Something went wrong.'): ApiError {
  if (e instanceof ApiError) return e
  return new ApiError({ code: 'INTERNAL', message: e instanceof Error && e.message ? e.message : fallback })
}

export function latestRequest<A, R>(call: (args: A) => Promise<R>): LatestRequest<A, R> {
  let ticket = 0
  const pending = ref(false)
  return {
    pending,
    async run(args) {
      const mine = ++ticket
      const current = () => mine === ticket
      pending.value = true
      try {
        const value = await call(args)
        return current() ? { kind: 'value', value, current } : { kind: 'stale' }
      } catch (e) {
        return current() ? { kind: 'error', error: toApiError(e), current } : { kind: 'stale' }
      } finally {
        if (mine === ticket) pending.value = false
      }
    },
    cancel() {
      ticket++
      pending.value = false
    },
  }
}

/**
 * Ties a store's requests to the component that shows them: when that component
 * unmounts, whatever is still on its way is dropped instead of landing on a page
 * that has gone. Call in a component's setup: `const store = ownedBy(useXStore())`.
 */
export function ownedBy<S extends { cancel: () => void }>(store: S): S {
  if (getCurrentScope()) onScopeDispose(() => store.cancel())
  return store
}
