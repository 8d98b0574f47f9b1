// The Electron binary for `npm start` and `npm run dev`. Since Electron 42 the
// electron package no longer downloads it during install, so:
//   node scripts/electron-binary.mjs install  (this project's postinstall) fetches it,
//     unless ELECTRON_SKIP_BINARY_DOWNLOAD is set (CI, offline machines);
//   node scripts/electron-binary.mjs check    (first step of start/dev) stops in
//     well under a second with one clear paragraph when it is absent, before the
//     knowledge base and the native module are built.
// Plain Node and no dependencies: it runs before anything else is known to work.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')

/** Where the binary should be, and whether it is there; mirrors node_modules/electron/index.js. */
export function electronBinary(dir = electronDir, env = process.env) {
  const pkg = join(dir, 'package.json')
  if (!existsSync(pkg)) return { present: false, version: null, where: dir }
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version
  const pathFile = join(dir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const where = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron') : join(dir, 'dist', relative ?? '')
  return { present: relative !== null && existsSync(where), version, where }
}

export function missingParagraph(status, command) {
  const what = status.version
    ? `the Electron ${status.version} binary is missing (nothing at ${status.where})`
    : 'Electron is not installed (node_modules/electron is missing)'
  return [
    `Cannot ${command}: ${what}. It is a separate download of about 100 MB that \`npm install\` makes when it has network access,`,
    'unless ELECTRON_SKIP_BINARY_DOWNLOAD is set (as in CI). Run `npm install` on a connected machine, then try again.',
    'Meanwhile `npm run web` opens the same app, with the same knowledge base and notes, in your browser at http://127.0.0.1:5199/.',
  ].join('\n')
}

function main(mode) {
  const status = electronBinary()
  if (mode === 'check') {
    if (status.present) return 0
    const command = process.env.npm_lifecycle_event
      ? `run \`npm ${process.env.npm_lifecycle_event === 'start' ? 'start' : `run ${process.env.npm_lifecycle_event}`}\``
      : 'open the desktop app'
    console.error(`\n${missingParagraph(status, command)}\n`)
    return 1
  }
  if (mode === 'install') {
    if (status.present) return 0
    if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
      console.log('Skipping the Electron binary (ELECTRON_SKIP_BINARY_DOWNLOAD is set): tests and `npm run web` work without it; `npm start` needs it.')
      return 0
    }
    if (!status.version) return 0
    // Electron's own downloader (its install-electron command), with checksums from the package.
    const r = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8' })
    if (r.status !== 0) {
      // The install itself succeeded; only the desktop app is unavailable until the download works. The downloader's stack trace helps nobody here: its first line says why.
      const why = (r.stderr || r.error?.message || '').split('\n').find((l) => l.trim()) ?? 'unknown error'
      console.warn(
        `\nThe Electron binary could not be downloaded (${why.trim()}). Everything but the desktop app works: \`npm test\`, \`npm run web\`.\nRun \`npm install\` again with network access before \`npm start\`.\n`,
      )
    }
    return 0
  }
  console.error('usage: node scripts/electron-binary.mjs check|install')
  return 2
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv[2]))
