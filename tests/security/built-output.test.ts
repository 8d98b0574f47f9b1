// Checklist items 1 and 7 on the built renderer (out/renderer), and the built
// sandboxed preload (out/preload): they need
// `npm run build` first, so `npm run test:fast` leaves this file out and `npm test` runs it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from './support/source-files'

describe('1. Only load secure content (built renderer)', () => {
  it('the built renderer names no remote script, style, image or font', () => {
    const built = sourceFiles('out/renderer', /\.(html|css)$/)
    expect(built.length).toBeGreaterThan(1)
    for (const f of built) {
      expect(f.text, f.path).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i)
      expect(f.text, f.path).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i)
      expect(f.text, f.path).not.toMatch(/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i)
    }
  })
})

describe('7. Content Security Policy (built renderer)', () => {
  it('the built index.html carries the CSP as a meta tag too', () => {
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8')
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"')
    expect(html).not.toContain('unsafe-inline')
  })
})

describe('The sandboxed preload (built)', () => {
  it('requires nothing but electron and carries no schema library: the main process validates', () => {
    const preload = readFileSync(join(ROOT, 'out/preload/index.cjs'), 'utf8')
    expect([...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['electron'])
    expect(preload).not.toMatch(/\bzod\b|safeParse|ZodError/)
    expect(preload).toContain('"treatment/get"')
  })
})
