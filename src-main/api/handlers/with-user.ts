import { HandbookError } from '../../core/handbook-error'
import type { UserDb } from '../../core/user-data/open-user-db'
import { isCorruptionError, userDataError } from '../../core/user-data/sqlite-errors'
import type { HandlerContext } from './context'

/**
 * Runs one piece of work on the notebook and turns SQLite's failures into
 * plain words. Damage found mid-use marks the file, so the next call moves it
 * aside and restores the newest backup instead of failing again and again.
 * A notebook whose folder was moved or deleted while running is reported as such.
 */
export async function withUser<T>(ctx: HandlerContext, doing: string, work: (u: UserDb) => T | Promise<T>): Promise<T> {
  const u = await ctx.user()
  try {
    // Before and after: nothing is written into a notebook that has gone, and a save that went into a deleted file is reported, not acknowledged.
    u.checkInPlace(doing)
    const result = await work(u)
    u.checkInPlace(doing)
    return result
  } catch (e) {
    if (e instanceof HandbookError) throw e
    if (isCorruptionError(e)) {
      u.damaged = true
      throw new HandbookError(
        'USER_DATA',
        `Could not ${doing}: the notebook file turned out to be damaged. The handbook restores it from its latest backup on the next try.`,
      )
    }
    throw userDataError(e, doing, u.folder)
  }
}
