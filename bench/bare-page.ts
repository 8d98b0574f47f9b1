// Builds the bare Vue + Pinia page (bench/bare) with Vite into a temporary
// folder and serves it with the same preview server as the app, over the same
// knowledge base, so both pages load and fetch over HTTP the same way.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { startPreviewChild } from './preview-child'
import type { Snapshot } from './snapshot'

export interface BarePage {
  url: string
  close(): Promise<void>
}

export async function startBarePage(app: Snapshot): Promise<BarePage> {
  const out = mkdtempSync(join(tmpdir(), 'handbook-bench-bare-'))
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'bare'),
    base: './',
    logLevel: 'silent',
    // The flags @vitejs/plugin-vue sets for the renderer's build (the renderer turns the Options API off too).
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: { outDir: out, emptyOutDir: true },
  })
  const preview = await startPreviewChild({ ...app, rendererDir: out })
  return {
    url: preview.url,
    close: async () => {
      await preview.close()
      rmSync(out, { recursive: true, force: true })
    },
  }
}
