// better-sqlite3 as the bundle imports it, remembering each connection it opens.
import { createRequire } from 'node:module'

const Real = createRequire(import.meta.url)('better-sqlite3')
export const opened = (globalThis.__bootSqliteOpened ??= [])

export default class RecordingDatabase extends Real {
  constructor(...args) {
    super(...args)
    opened.push({ path: String(args[0]), db: this })
  }
}
