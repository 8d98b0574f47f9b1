import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseNativeBinding, electronNativeDir } from '../../src-main/core/native-binding'

const base = { platform: 'linux', arch: 'x64', isPackaged: false, resourcesPath: '/opt/app/resources', appRoot: '/src/handbook' }

describe('choosing the better-sqlite3 binary', () => {
  it('lets plain Node (tests, compiler, preview) use the package build', () => {
    expect(chooseNativeBinding(base, () => true)).toEqual({ kind: 'node-default' })
  })

  it('uses the per-Electron-version build in a checkout', () => {
    const path = join(electronNativeDir('/src/handbook', '42.11.18', 'linux', 'x64'), 'better_sqlite3.node')
    expect(chooseNativeBinding({ ...base, electronVersion: '42.11.18' }, (p) => p === path)).toEqual({ kind: 'electron', path })
  })

  it('keeps builds for different Electron versions apart', () => {
    expect(electronNativeDir('/r', '42.0.0', 'linux', 'x64')).not.toBe(electronNativeDir('/r', '43.0.0', 'linux', 'x64'))
    expect(electronNativeDir('/r', '42.0.0', 'darwin', 'arm64')).toContain('electron-v42.0.0-darwin-arm64')
  })

  it('uses the shipped file beside the asar when packaged', () => {
    const r = chooseNativeBinding({ ...base, electronVersion: '42.11.18', isPackaged: true }, () => true)
    expect(r).toEqual({ kind: 'electron', path: join('/opt/app/resources', 'native', 'better_sqlite3.node') })
  })

  it('reports a missing build with the command that makes it', () => {
    const r = chooseNativeBinding({ ...base, electronVersion: '42.11.18' }, () => false)
    expect(r.kind).toBe('missing')
    expect(r.kind === 'missing' && r.fix).toContain('npm run native:electron')
  })
})
