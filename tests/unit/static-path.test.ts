import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveStaticPath } from '../../src-main/core/static-path'

const root = resolve('/srv/renderer')

describe('static file paths stay inside their folder', () => {
  it('maps ordinary paths and the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/index-abc.js?v=1')).toBe(join(root, 'assets/index-abc.js'))
  })

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/..\\..\\windows\\win.ini',
    '/%5c..%5c..%5cetc',
    '/C:/Windows/win.ini',
    '/assets/%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (p) => {
    expect(resolveStaticPath(root, p)).toBeNull()
  })

  it('keeps a double-encoded path literal, inside the folder', () => {
    const r = resolveStaticPath(root, '/%252e%252e/%252e%252e/etc/passwd')
    expect(r?.startsWith(root)).toBe(true)
  })
})
