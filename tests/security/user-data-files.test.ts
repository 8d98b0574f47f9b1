import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createHandlerContext } from '../../src-main/api/handlers/context'
import Database from 'better-sqlite3'
import { EXPORT_MAX_BYTES, NOTE_MAX_CHARS } from '../../src-main/core/user-data/limits'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'
import { apiFor, tempFolder, type TempFolder } from '../support/user-data'

const showSaveDialog = vi.fn()
const showOpenDialog = vi.fn()
vi.mock('electron', () => ({
  app: { getPath: () => '/home/ana/Documents' },
  dialog: { showSaveDialog: (...a: unknown[]) => showSaveDialog(...a), showOpenDialog: (...a: unknown[]) => showOpenDialog(...a) },
}))
const { electronFileDialogs } = await import('../../src-main/file-dialogs')

let out: TempFolder
let data: TempFolder
let kb: FixtureKb
beforeEach(() => {
  out = tempFolder('handbook-export-')
  data = tempFolder()
  kb = fixtureKb()
  kb.compile()
  showSaveDialog.mockReset()
  showOpenDialog.mockReset()
})
afterEach(() => {
  out.dispose()
  data.dispose()
  kb.dispose()
})

const desktop = () => createHandlerContext({ kbPath: kb.dbPath, userDataDir: data.dir, files: electronFileDialogs(() => undefined) })

describe('export and import through the desktop file dialogs', () => {
  it('writes the notebook the core exported (never text from the renderer) to the place the practitioner chose', async () => {
    const ctx = desktop()
    const call = apiFor(ctx)
    await call('notes/save', { slug: 'deep-laser', body: 'exported note' })
    const target = join(out.dir, 'my-notes.json')
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    expect(await call('userdata/export-file', {})).toEqual({ path: target })
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: expect.stringMatching(/^\/home\/ana\/Documents\/handbook-notes-\d{4}-\d{2}-\d{2}\.json$/),
    })
    expect(JSON.parse(readFileSync(target, 'utf8')).notes[0].body).toBe('exported note')
    expect(readdirSync(out.dir)).toEqual(['my-notes.json'])
    expect(statSync(target).mode & 0o777).toBe(0o600)
    ctx.close()
  })

  /** Notes written straight into user.db (as an import of notes on treatments since dropped would). */
  function addNotes(count: number, body: string) {
    const db = new Database(join(data.dir, 'user.db'))
    const insert = db.prepare("INSERT INTO notes (slug, body, created_at, updated_at) VALUES (?, ?, '2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.000Z')")
    db.transaction(() => {
      for (let i = 0; i < count; i++) insert.run(`treatment-${i}`, body)
    })()
    db.close()
  }

  it('round-trips 42 notes of 40,000 Japanese characters: what export writes, the dialog, preview and import read back', async () => {
    const ctx = desktop()
    const call = apiFor(ctx)
    await call('notes/save', { slug: 'deep-laser', body: 'first' })
    addNotes(42, 'しわ治療の経過観察。'.repeat(4_000))
    const target = join(out.dir, 'big.json')
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    expect(await call('userdata/export-file', {})).toEqual({ path: target })
    expect(statSync(target).size).toBeGreaterThan(5_000_000)
    ctx.close()

    data.dispose()
    data = tempFolder()
    const other = desktop()
    const load = apiFor(other)
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [target] })
    const opened = (await load('userdata/open-import-file', {}))!
    expect((await load('userdata/preview-import', { json: opened.json, mode: 'replace' })).notes.added).toHaveLength(43)
    await load('userdata/import', { json: opened.json, mode: 'replace' })
    expect((await load('notes/list', {})).total).toBe(43)
    other.close()
  })

  it('refuses, before writing any file, an export that import could not read back', async () => {
    const ctx = desktop()
    const call = apiFor(ctx)
    await call('notes/save', { slug: 'deep-laser', body: 'first' })
    const body = 'あ'.repeat(NOTE_MAX_CHARS)
    addNotes(Math.ceil(EXPORT_MAX_BYTES / (3 * NOTE_MAX_CHARS)) + 1, body)
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(out.dir, 'too-big.json') })
    await expect(call('userdata/export-file', {})).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringMatching(/more than the 16 MB an import can read back/),
    })
    await expect(call('userdata/export', {})).rejects.toMatchObject({ code: 'WRITE_FAILED' })
    expect(readdirSync(out.dir)).toEqual([])
    ctx.close()
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    const ctx = desktop()
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await apiFor(ctx)('userdata/export-file', {})).toEqual({ path: null })
    expect(readdirSync(out.dir)).toEqual([])
    ctx.close()
  })

  it('reads the chosen file for the preview, returns null on cancel and refuses a file too large to be an export', async () => {
    const ctx = desktop()
    const call = apiFor(ctx)
    const file = join(out.dir, 'in.json')
    writeFileSync(file, '{"x":1}')
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] })
    expect(await call('userdata/open-import-file', {})).toEqual({ json: '{"x":1}', fileName: 'in.json' })
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await call('userdata/open-import-file', {})).toBeNull()
    writeFileSync(file, Buffer.alloc(EXPORT_MAX_BYTES + 1, 32))
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] })
    await expect(call('userdata/open-import-file', {})).rejects.toMatchObject({ code: 'IMPORT_REJECTED', message: expect.stringContaining('too large') })
    ctx.close()
  })

  it('are refused in the browser preview, which downloads and uploads instead', async () => {
    const ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: data.dir })
    await expect(apiFor(ctx)('userdata/export-file', {})).rejects.toMatchObject({ code: 'NOT_AVAILABLE' })
    expect(existsSync(join(data.dir, 'user.db'))).toBe(false)
    ctx.close()
  })
})
