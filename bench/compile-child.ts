// Compiles the real content into a given file in a fresh process, as
// `npm run kb` does, and prints {ms, bytes}: the timer starts after the
// modules load, like the one scripts/compile-kb.ts prints.
import { performance } from 'node:perf_hooks'
import { compileKnowledgeBase } from '../src-main/core/content/compile'

const [contentDir, out] = process.argv.slice(2)
if (!contentDir || !out) throw new Error('usage: node --import tsx bench/compile-child.ts <contentDir> <out.db>')
const started = performance.now()
const r = compileKnowledgeBase(contentDir, out, { force: true })
console.log(JSON.stringify({ ms: performance.now() - started, bytes: r.bytes }))
