import { join } from 'node:path'

export interface RuntimeInfo {
  /** process.versions.electron; undefined under plain Node. */
  electronVersion?: string
  platform: string
  arch: string
  isPackaged: boolean
  /** process.resourcesPath in a packaged app. */
  resourcesPath: string
  /** The project root in development. */
  appRoot: string
}

export const NATIVE_FILE = 'better_sqlite3.node'

/** Where the Electron build for one Electron version, platform and arch lives in a checkout. */
export function electronNativeDir(appRoot: string, electronVersion: string, platform: string, arch: string): string {
  return join(appRoot, 'build', 'native', `electron-v${electronVersion}-${platform}-${arch}`)
}

export type BindingChoice = { kind: 'node-default' } | { kind: 'electron'; path: string } | { kind: 'missing'; path: string; fix: string }

/**
 * Which better-sqlite3 binary to load. Under Node (tests, compiler, preview)
 * the package's own build serves; under Electron a separate build keyed by the
 * Electron version, so the two never overwrite each other.
 */
export function chooseNativeBinding(rt: RuntimeInfo, exists: (path: string) => boolean): BindingChoice {
  if (!rt.electronVersion) return { kind: 'node-default' }
  const path = rt.isPackaged
    ? join(rt.resourcesPath, 'native', NATIVE_FILE)
    : join(electronNativeDir(rt.appRoot, rt.electronVersion, rt.platform, rt.arch), NATIVE_FILE)
  if (exists(path)) return { kind: 'electron', path }
  return {
    kind: 'missing',
    path,
    fix: rt.isPackaged ? 'Reinstall the handbook: its database engine is missing.' : 'Run "npm run native:electron" (npm start runs it for you).',
  }
}
