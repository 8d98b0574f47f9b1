// The code the knowledge-base compiler runs, as name + text pairs for its up-to-date hash: everything under
// src-main/core and src-shared (content loading, validation, the safety matrix, the database writer and the
// shared vocabularies they read). Taking the whole of both folders errs towards a needless rebuild, never a stale file.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export function compilerSources(root: string): { file: string; text: string }[] {
  return ['src-main/core', 'src-shared'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((path) => ({ file: relative(root, path).replace(/\\/g, '/'), text: readFileSync(path, 'utf8') })),
  )
}
