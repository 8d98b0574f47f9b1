import { app } from 'electron'
import { join } from 'node:path'

/** Where bundled resources live: beside the asar when packaged, the checkout in development. */
export function resourcePaths() {
  const root = app.getAppPath()
  return app.isPackaged
    ? { kb: join(process.resourcesPath, 'handbook.db'), renderer: join(root, 'out', 'renderer'), preload: join(root, 'out', 'preload', 'index.cjs') }
    : { kb: join(root, 'resources', 'handbook.db'), renderer: join(root, 'out', 'renderer'), preload: join(root, 'out', 'preload', 'index.cjs') }
}
