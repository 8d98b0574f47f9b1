// A private copy of what `npm run build` just made (renderer, knowledge base
// and the content it was compiled from): several people share this work tree, and a rebuild by someone else
// mid-run would otherwise replace the files being measured.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KB_PATH, ROOT } from './core'

export interface Snapshot {
  rendererDir: string
  kbPath: string
  contentDir: string
  remove(): void
}

export function snapshotBuild(): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-bench-build-'))
  cpSync(join(ROOT, 'out/renderer'), join(dir, 'renderer'), { recursive: true })
  cpSync(KB_PATH, join(dir, 'handbook.db'))
  cpSync(join(ROOT, 'resources/content'), join(dir, 'content'), { recursive: true })
  // The compiler compares safety facts with the previous release's manifest, kept beside the content.
  cpSync(join(ROOT, 'resources/release-manifests'), join(dir, 'release-manifests'), { recursive: true })
  return {
    rendererDir: join(dir, 'renderer'),
    kbPath: join(dir, 'handbook.db'),
    contentDir: join(dir, 'content'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
