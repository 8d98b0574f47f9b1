// The newcomer's path: the Node version the README and .nvmrc name is one the
// whole toolchain accepts, every dependency install script is reviewed, and a
// missing Electron binary stops `npm start` at once with a paragraph, not a stack trace.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const semver = createRequire(import.meta.url)('semver') as { subset(a: string, b: string): boolean; intersects(a: string, b: string): boolean }
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string }
  scripts: Record<string, string>
  allowScripts: Record<string, boolean>
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string }; hasInstallScript?: boolean }>
}
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)

describe('the Node version', () => {
  it('engines asks for no Node that a locked package refuses', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([key, p]) => key && p.engines?.node && !semver.subset(pkg.engines.node, p.engines.node))
      .map(([key, p]) => `${nameOf(key)} wants ${p.engines!.node}`)
    expect(refusing).toEqual([])
    expect(lock.packages['']!.engines?.node).toBe(pkg.engines.node)
  })

  it('.nvmrc names a Node line engines accepts, and the README states both', () => {
    const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim()
    expect(semver.intersects(`${nvmrc}.x`, pkg.engines.node)).toBe(true)
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain(`\`${pkg.engines.node}\``)
    expect(readme).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(readme).toMatch(/npm run web/)
  })
})

it('every dependency with an install script is approved or denied in allowScripts', () => {
  const unreviewed = Object.entries(lock.packages)
    .filter(([key, p]) => key && p.hasInstallScript && !(nameOf(key) in pkg.allowScripts))
    .map(([key]) => nameOf(key))
  expect(unreviewed).toEqual([])
  expect(pkg.allowScripts['better-sqlite3']).toBe(true)
})

describe('npm start and npm run dev without the Electron binary', () => {
  it('check the binary first, before the knowledge base and the native build', () => {
    for (const script of ['start', 'dev']) expect(pkg.scripts[script]).toMatch(/^node scripts\/electron-binary\.mjs check && npm run prepare:app && /)
  })

  it('print one paragraph naming what is missing, how to get it and npm run web, and exit non-zero at once', () => {
    const empty = mkdtempSync(join(tmpdir(), 'handbook-no-electron-'))
    try {
      const started = Date.now()
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/electron-binary.mjs'), 'check'], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty, npm_lifecycle_event: 'start' },
      })
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(r.status).toBe(1)
      expect(r.stdout).toBe('')
      const text = r.stderr.trim()
      expect(text.split(/\n\s*\n/)).toHaveLength(1)
      expect(text).toMatch(/^Cannot run `npm start`: the Electron [\d.]+ binary is missing/)
      expect(text).toContain('`npm install`')
      expect(text).toContain('`npm run web`')
      expect(text).not.toMatch(/\bat .+:\d+:\d+/) // no stack trace
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})

it('the postinstall download is skipped, successfully and saying so, when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
  expect(pkg.scripts.postinstall).toBe('node scripts/electron-binary.mjs install')
  const empty = mkdtempSync(join(tmpdir(), 'handbook-no-electron-'))
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/electron-binary.mjs'), 'install'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Skipping the Electron binary \(ELECTRON_SKIP_BINARY_DOWNLOAD is set\)/)
  } finally {
    rmSync(empty, { recursive: true, force: true })
  }
})
