// npm run kb [-- --force] : compiles resources/content into resources/handbook.db, unless the file was built
// from the same content by the same compiler code (--force rebuilds anyway).
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { compileKnowledgeBase } from '../src-main/core/content/compile'
import { ContentErrors } from '../src-main/core/content/content-error'
import { compilerSources } from './compiler-sources'

const root = resolve(import.meta.dirname, '..')
const force = process.argv.includes('--force')
const started = performance.now()
try {
  const r = compileKnowledgeBase(resolve(root, 'resources/content'), resolve(root, 'resources/handbook.db'), { force, compilerSources: compilerSources(root) })
  const ms = (performance.now() - started).toFixed(0)
  const counts = Object.entries(r.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')
  console.log(
    r.skipped
      ? `knowledge base up to date (${r.contentHash.slice(0, 12)})`
      : `knowledge base compiled in ${ms} ms: ${(r.bytes / 1024).toFixed(0)} KiB, ${counts}`,
  )
  if (r.decided)
    console.log(
      `safety matrix: ${r.decided.own + r.decided.class} treatment × condition pairs decided, ${r.decided.own} by the treatment's own entry, ${r.decided.class} by a condition's class rule, 0 undecided`,
    )
} catch (e) {
  if (e instanceof ContentErrors) {
    console.error(e.message)
    process.exit(1)
  }
  throw e
}
