// Builds the bare Vue + Pinia page (bench/bare) with Vite into a temporary
// folder and serves it on loopback, so both pages load over HTTP the same way.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { build } from 'vite'

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' }

export interface BarePage {
  url: string
  close(): Promise<void>
}

export async function startBarePage(): Promise<BarePage> {
  const out = mkdtempSync(join(tmpdir(), 'handbook-bench-bare-'))
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'bare'),
    base: './',
    logLevel: 'silent',
    // The flags @vitejs/plugin-vue sets for the renderer's build.
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: { outDir: out, emptyOutDir: true },
  })
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/)[0]!
    const file = normalize(join(out, path === '/' ? 'index.html' : path))
    try {
      if (!file.startsWith(out)) throw new Error('outside')
      const body = readFileSync(file)
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => {
          rmSync(out, { recursive: true, force: true })
          done()
        })
      }),
  }
}
