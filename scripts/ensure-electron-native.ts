// npm run native:electron : makes sure build/native holds better-sqlite3 built
// for the installed Electron. node_modules keeps the Node build for tests and
// scripts, so the two never overwrite each other and no manual rebuild is needed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { NATIVE_FILE, electronNativeDir } from '../src-main/core/native-binding'

const root = resolve(import.meta.dirname, '..')
const electronPkg = join(root, 'node_modules/electron/package.json')
if (!existsSync(electronPkg)) {
  console.error('Electron is not installed: run "npm install" first.')
  process.exit(1)
}
const electronVersion = JSON.parse(readFileSync(electronPkg, 'utf8')).version as string
const target = join(electronNativeDir(root, electronVersion, process.platform, process.arch), NATIVE_FILE)
// electron-builder picks the binary up from a path without the version in it.
const packaged = join(root, 'build', 'native', 'package', `${process.platform}-${process.arch}`, NATIVE_FILE)
function stageForPackaging() {
  mkdirSync(dirname(packaged), { recursive: true })
  cpSync(target, packaged)
}
if (existsSync(target)) {
  stageForPackaging()
  console.log(`better-sqlite3 for Electron ${electronVersion} is ready (${target})`)
  process.exit(0)
}

console.log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${process.arch}); this happens once…`)
// Work on a private copy of the package so node_modules keeps its Node build.
const work = mkdtempSync(join(tmpdir(), 'handbook-native-'))
try {
  const pkgDir = join(work, 'node_modules/better-sqlite3')
  cpSync(join(root, 'node_modules/better-sqlite3'), pkgDir, { recursive: true, filter: (src) => !/build[\\/]Release/.test(src) })
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'native-work', version: '1.0.0', dependencies: { 'better-sqlite3': '*' } }))
  const { rebuild } = await import('@electron/rebuild')
  // @electron/rebuild fetches the matching prebuilt binary when one exists and compiles from source otherwise.
  await rebuild({ buildPath: work, electronVersion, arch: process.arch, onlyModules: ['better-sqlite3'], force: true })
  const built = join(pkgDir, 'build/Release', NATIVE_FILE)
  if (!existsSync(built)) throw new Error(`the build finished without ${built}`)
  mkdirSync(dirname(target), { recursive: true })
  cpSync(built, target)
  stageForPackaging()
  console.log(`better-sqlite3 for Electron ${electronVersion} written to ${target}`)
} catch (e) {
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion}: ${(e as Error).message}`)
  console.error('The app needs a network connection once for this step (Electron headers or a prebuilt binary).')
  process.exit(1)
} finally {
  rmSync(work, { recursive: true, force: true })
}
