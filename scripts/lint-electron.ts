// npm run lint:electron : Doyensec's electronegativity over src-main, offline.
// Fails on any finding not listed, with its reason, in electronegativity-suppressions.txt,
// on a suppression that no longer matches a finding, and on inline "eng-disable" comments
// (every exception must be written down where a reviewer reads it).
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { parseSuppressions, reviewFindings, type Finding } from './lint-electron-review'

const root = resolve(import.meta.dirname, '..')
const scanned = 'src-main'
const require = createRequire(import.meta.url)
const scannerDir = resolve(require.resolve('@doyensec/electronegativity/package.json'), '..')
const scannerRequire = createRequire(join(scannerDir, 'package.json'))

// The scanner downloads translations and Electron's release list before it
// starts; both only slow it down here (it has its own English strings, and the
// installed Electron version is passed below). Answering the download at once
// keeps `npm test` off the network.
const gotPath = scannerRequire.resolve('got')
scannerRequire.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.reject(new Error('offline: the security lint never uses the network')),
} as unknown as NodeJS.Module

const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version
const run = scannerRequire('./dist/runner.js') as (options: Record<string, unknown>) => Promise<{
  globalChecks: number
  atomicChecks: number
  errors: { file: string; message: string; tolerable: boolean }[]
  issues: {
    id: string
    file: string
    location: { line: number; column: number }
    description: string
    severity: { name: string }
    confidence: { name: string }
  }[]
}>

// The scanner reports the answered download as a failure; it is expected here, so keep it off the output.
const log = console.log
console.log = (...args: unknown[]) => {
  if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args)
}
const result = await run({
  input: join(root, scanned),
  isRelative: true,
  electronVersionOverride: electronVersion,
  // Needs the network (it compares against Electron's release feed); the
  // checklist test pins the exact Electron version instead.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  customScan: [],
  parserPlugins: [],
}).finally(() => (console.log = log))

const findings: Finding[] = result.issues.map((i) => ({
  check: i.id,
  // Global checks without a file report "N/A"; everything else is relative to the scanned folder.
  file: i.file === 'N/A' ? 'N/A' : `${scanned}/${i.file.replaceAll('\\', '/')}`,
  line: i.location.line,
  column: i.location.column,
  description: i.description,
  rating: `${i.severity.name}/${i.confidence.name}`,
}))

const suppressionsFile = join(import.meta.dirname, 'electronegativity-suppressions.txt')
const { suppressions, problems } = parseSuppressions(readFileSync(suppressionsFile, 'utf8'))
const review = reviewFindings(findings, suppressions)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|js|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}
const inline = sourceFiles(join(root, scanned))
  .filter((f) => /eng-disable/.test(readFileSync(f, 'utf8')))
  .map((f) => `${relative(root, f)}: inline "eng-disable" comment; put the exception and its reason in scripts/electronegativity-suppressions.txt`)

console.log(
  `electronegativity ${(scannerRequire('./package.json') as { version: string }).version} over ${scanned}/ as Electron ${electronVersion}: ${result.atomicChecks} atomic + ${result.globalChecks} global checks`,
)
for (const r of review.reviewed) {
  const where = `${r.finding.file}:${r.finding.line}:${r.finding.column}`
  console.log(
    `  ${r.reason ? 'suppressed ' : 'FINDING    '} ${r.finding.check.padEnd(28)} ${where.padEnd(30)} ${r.finding.rating}  ${r.reason ?? r.finding.description}`,
  )
}
if (review.reviewed.length === 0) console.log('  no findings')

const unparsed = result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: the scanner could not parse this file (${e.message}), so it was not checked`)
const failures = [
  ...problems,
  ...review.unsuppressed.map((f) => `${f.file}:${f.line}:${f.column} ${f.check}: ${f.description}`),
  ...review.stale.map((s) => `stale suppression (no such finding any more, delete it): ${s.check} | ${s.file}`),
  ...inline,
  ...unparsed,
]
if (failures.length) {
  console.error(`\nlint:electron failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`)
  process.exit(1)
}
console.log(`lint:electron: ${review.reviewed.length} finding(s), all suppressed with a reason; 0 unsuppressed`)
