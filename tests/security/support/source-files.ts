import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../../..')

/** Every file under dir (relative to the repository) whose name matches, with its text. */
export function sourceFiles(dir: string, name: RegExp): { path: string; text: string }[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : name.test(e.name) ? [join(d, e.name)] : []))
  return walk(join(ROOT, dir)).map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }))
}

/** The argument text of each call `callee(` in source, up to its balanced closing parenthesis. */
export function callArguments(text: string, callee: string): string[] {
  const out: string[] = []
  let from = 0
  for (;;) {
    const at = text.indexOf(`${callee}(`, from)
    if (at < 0) return out
    let depth = 0
    let i = at + callee.length
    for (; i < text.length; i++) {
      if (text[i] === '(') depth++
      else if (text[i] === ')' && --depth === 0) break
    }
    out.push(text.slice(at + callee.length + 1, i))
    from = i
  }
}
