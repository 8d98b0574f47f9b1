import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { HandlerContext } from '../../../src-main/api/handlers/context'

/** Every row of every table of a database, as one hash: equal hashes mean equal contents. */
export function contentHash(db: Database.Database): string {
  const hash = createHash('sha256')
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  for (const { name } of tables) {
    hash.update(`\u0000table ${name}\u0000`)
    const rows = (
      db
        .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
        .raw()
        .all() as unknown[][]
    ).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)))
    for (const row of rows.sort()) hash.update(row)
  }
  return hash.digest('hex')
}

/**
 * Watches the practitioner's notebook across API calls. Cheap per call: it
 * compares SQLite's count of changed rows and the open connection; only when
 * those moved during a call that was refused does it compare whole contents
 * (a handler may write and roll back, which is no change).
 */
export class UserDataWatch {
  private baseline: string | undefined
  constructor(private readonly ctx: HandlerContext) {}

  private async state() {
    const user = await this.ctx.user()
    return { db: user.db, changes: (user.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n }
  }

  /** Call before a call; `mayWrite` when the call could legitimately change rows, so a baseline is needed. */
  async before(mayWrite: boolean) {
    const s = await this.state()
    if (mayWrite && this.baseline === undefined) this.baseline = contentHash(s.db)
    return s
  }

  /** Returns a description of the change when a refused call changed the notebook, else null. */
  async after(start: Awaited<ReturnType<UserDataWatch['before']>>, accepted: boolean): Promise<string | null> {
    const s = await this.state()
    const touched = s.db !== start.db || s.changes !== start.changes
    if (!touched) return null
    if (accepted) {
      this.baseline = undefined // a valid call may change the notebook; the next write call takes a new baseline
      return null
    }
    if (this.baseline === undefined) return `rows changed (${s.changes - start.changes}) during a refused call that could not write`
    const now = contentHash(s.db)
    return now === this.baseline ? null : 'the notebook’s contents changed during a refused call'
  }
}
