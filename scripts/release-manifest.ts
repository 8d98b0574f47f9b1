// npx tsx scripts/release-manifest.ts : keeps the compiled knowledge base's safety facts as
// resources/release-manifests/<contentVersion>.json, for the next version's "What's new".
// Run it when a content version is released, after `npm run kb`.
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Database from 'better-sqlite3'

const root = resolve(import.meta.dirname, '..')
const db = new Database(resolve(root, 'resources/handbook.db'), { readonly: true, fileMustExist: true })
const value = (key: string) => (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value
const version = value('content_version')
const manifest = value('safety_manifest')
db.close()
if (!version || !manifest) {
  console.error('resources/handbook.db holds no safety manifest: run `npm run kb` first.')
  process.exit(1)
}
const out = resolve(root, 'resources/release-manifests', `${version}.json`)
if (existsSync(out) && !process.argv.includes('--force')) {
  console.error(`${out} exists already; a released manifest is not rewritten (pass --force to replace it).`)
  process.exit(1)
}
writeFileSync(out, `${JSON.stringify(JSON.parse(manifest), null, 2)}\n`)
console.log(`wrote ${out}`)
