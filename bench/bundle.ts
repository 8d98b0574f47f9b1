// The renderer's size as built into out/renderer: every file, and the part a
// cold start must fetch before anything shows (index.html, its script, its styles).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleFigures {
  raw: number
  gzip: number
  entryRaw: number
  entryGzip: number
  largest: { file: string; raw: number; gzip: number }[]
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))
}

export function measureBundle(dir: string): BundleFigures {
  const sizes = files(dir).map((path) => {
    const bytes = readFileSync(path)
    return { file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  })
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const entry = new Set(['index.html', ...[...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)])
  const sum = (xs: typeof sizes, k: 'raw' | 'gzip') => xs.reduce((n, x) => n + x[k], 0)
  const first = sizes.filter((s) => entry.has(s.file))
  return {
    raw: sum(sizes, 'raw'),
    gzip: sum(sizes, 'gzip'),
    entryRaw: sum(first, 'raw'),
    entryGzip: sum(first, 'gzip'),
    largest: [...sizes].sort((a, b) => b.raw - a.raw).slice(0, 5),
  }
}
