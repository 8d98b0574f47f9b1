import type Database from 'better-sqlite3'
import { resolvePairs } from '../combinations/resolve-pairs'
import type { PairDecision } from '../combinations/combination-types'
import type { ContentSet } from './load-content'

/** The resolved combination decisions of the content, one per unordered pair. */
export function pairsOf(c: ContentSet): PairDecision[] {
  return resolvePairs(c.treatments, c.combinations.classRules, c.combinations.pairRules)
}

/** Writes the checklist statements (inside the caller's transaction). */
export function writeChecklist(db: Database.Database, c: ContentSet): void {
  const insert = db.prepare('INSERT INTO checklist_items VALUES (?, ?, ?)')
  for (const x of c.checklist) insert.run(x.id, x.statement, x.dated ? 1 : 0)
}

/** Writes the resolved pair table (inside the caller's transaction). */
export function writePairs(db: Database.Database, c: ContentSet): void {
  const insert = db.prepare('INSERT INTO treatment_pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  for (const p of pairsOf(c)) insert.run(p.first, p.second, p.source, p.sameDay, p.sameDayFirst, p.gapFirstThenSecond, p.gapSecondThenFirst, JSON.stringify(p))
}
