import type Database from 'better-sqlite3'
import { DEFAULT_SETTINGS, settingsSchema, type SettingKey, type Settings } from './schema'

const KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[]

/**
 * Only the settings the practitioner chose, each checked: a value this
 * version does not know (written by a newer one, or hand-edited) is ignored
 * rather than trusted, and its default applies.
 */
export function chosenSettings(db: Database.Database): Partial<Settings> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]
  const chosen: Record<string, unknown> = {}
  for (const { key, value } of rows) {
    if (!KEYS.includes(key as SettingKey)) continue
    try {
      const parsed = settingsSchema.shape[key as SettingKey].safeParse(JSON.parse(value))
      if (parsed.success) chosen[key] = parsed.data
    } catch {
      // Unparsable JSON: fall back to the default.
    }
  }
  return chosen as Partial<Settings>
}

export function getSettings(db: Database.Database): Settings {
  return { ...DEFAULT_SETTINGS, ...chosenSettings(db) }
}

export function setSettings(db: Database.Database, change: Partial<Settings>): Settings {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  db.transaction(() => {
    for (const key of KEYS) if (change[key] !== undefined) upsert.run(key, JSON.stringify(change[key]))
  })()
  return getSettings(db)
}
