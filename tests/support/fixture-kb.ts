import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { compileKnowledgeBase } from '../../src-main/core/content/compile'

export const FIXTURE_CONTENT = resolve(import.meta.dirname, '../fixtures/content')

export interface FixtureKb {
  dir: string
  contentDir: string
  dbPath: string
  /** Rewrites one source file of the copied content. */
  edit(file: string, change: (text: string) => string): void
  write(file: string, text: string): void
  compile(): ReturnType<typeof compileKnowledgeBase>
  dispose(): void
}

/** A private copy of the fixture content and a place to compile it, so tests can break it freely. */
export function fixtureKb(): FixtureKb {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-fixture-'))
  const contentDir = join(dir, 'content')
  cpSync(FIXTURE_CONTENT, contentDir, { recursive: true })
  const dbPath = join(dir, 'handbook.db')
  return {
    dir,
    contentDir,
    dbPath,
    edit: (file, change) => writeFileSync(join(contentDir, file), change(readFileSync(join(contentDir, file), 'utf8'))),
    write: (file, text) => writeFileSync(join(contentDir, file), text),
    compile: () => compileKnowledgeBase(contentDir, dbPath),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}
