import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../src-main/api/dispatch'
import { HandbookError } from '../../src-main/core/handbook-error'
import type { HandoutPrinter } from '../../src-main/core/handout-printing'
import { handlers } from '../../src-main/api/handlers'
import { createHandlerContext } from '../../src-main/api/handlers/context'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

let fx: FixtureKb
let dir: string
beforeAll(() => {
  fx = fixtureKb()
  fx.compile()
  dir = mkdtempSync(join(tmpdir(), 'handbook-print-'))
})
afterAll(() => {
  fx.dispose()
  rmSync(dir, { recursive: true, force: true })
})

/** A stand-in for the desktop app's hidden window and dialogs. */
function fakePrinter(choose: string | null, render: () => Promise<Uint8Array> = async () => Buffer.from('%PDF-1.7 handout')) {
  return {
    chooseSavePath: vi.fn(async (_name: string) => choose),
    renderPdf: vi.fn(render),
    print: vi.fn(async () => true),
  } satisfies HandoutPrinter
}

const call = (printer: HandoutPrinter | undefined, channel: 'print/handout-pdf' | 'print/handout-dialog', slugs: string[]) => {
  const ctx = createHandlerContext({ kbPath: fx.dbPath, printer })
  return dispatch(handlers, ctx, channel, { request: { slugs, clientName: 'Ana Díaz' }, paper: 'letter' }).finally(() => ctx.close())
}

describe('saving a handout as PDF in the desktop app', () => {
  it('suggests a file name from the handout, renders the chosen paper and writes the file', async () => {
    const path = join(dir, 'ana.pdf')
    const printer = fakePrinter(path)
    expect(await call(printer, 'print/handout-pdf', ['deep-laser'])).toEqual({ ok: true, value: { saved: true, path } })
    expect(printer.chooseSavePath).toHaveBeenCalledWith('Handout - Deep test laser - Ana Díaz.pdf')
    expect(printer.renderPdf).toHaveBeenCalledWith({ slugs: ['deep-laser'], clientName: 'Ana Díaz' }, 'letter')
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 handout')
  })

  it('writes nothing when the practitioner cancels the dialog', async () => {
    const before = readdirSync(dir)
    expect(await call(fakePrinter(null), 'print/handout-pdf', ['deep-laser'])).toEqual({ ok: true, value: { saved: false } })
    expect(readdirSync(dir)).toEqual(before)
  })

  it('says why a write failed and keeps the file that was there', async () => {
    const blocked = join(dir, 'not-a-folder')
    writeFileSync(blocked, 'a file where a folder should be')
    const r = await call(fakePrinter(join(blocked, 'handout.pdf')), 'print/handout-pdf', ['deep-laser'])
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'WRITE_FAILED', message: expect.stringMatching(/^The PDF was not saved: .+ the handout is still open/) },
    })
    expect(readFileSync(blocked, 'utf8')).toBe('a file where a folder should be')
  })

  it('passes on a render failure without writing', async () => {
    const path = join(dir, 'never.pdf')
    const printer = fakePrinter(path, async () => {
      throw new HandbookError('PRINT_FAILED', 'The handout could not be prepared: no fonts.')
    })
    expect(await call(printer, 'print/handout-pdf', ['deep-laser'])).toMatchObject({ ok: false, error: { code: 'PRINT_FAILED' } })
    expect(readdirSync(dir)).not.toContain('never.pdf')
  })

  it('reports an unknown treatment before any window or dialog opens', async () => {
    const printer = fakePrinter(join(dir, 'x.pdf'))
    expect(await call(printer, 'print/handout-pdf', ['no-such-peel'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('"no-such-peel"') },
    })
    expect(await call(printer, 'print/handout-dialog', ['no-such-peel'])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(printer.renderPdf).not.toHaveBeenCalled()
    expect(printer.chooseSavePath).not.toHaveBeenCalled()
    expect(printer.print).not.toHaveBeenCalled()
  })
})

describe('printing through the system dialog', () => {
  it('prints on the chosen paper and says whether the practitioner printed or cancelled', async () => {
    const printer = fakePrinter(null)
    expect(await call(printer, 'print/handout-dialog', ['deep-laser', 'superficial-peel'])).toEqual({ ok: true, value: { printed: true } })
    expect(printer.print).toHaveBeenCalledWith({ slugs: ['deep-laser', 'superficial-peel'], clientName: 'Ana Díaz' }, 'letter')
    printer.print.mockResolvedValueOnce(false)
    expect(await call(printer, 'print/handout-dialog', ['deep-laser'])).toEqual({ ok: true, value: { printed: false } })
  })

  it('is not available without the desktop app, and says to use the browser’s Print', async () => {
    for (const channel of ['print/handout-pdf', 'print/handout-dialog'] as const) {
      expect(await call(undefined, channel, ['deep-laser'])).toMatchObject({
        ok: false,
        error: { code: 'NOT_AVAILABLE', message: expect.stringMatching(/not available in the browser preview\. Use the browser's Print/) },
      })
    }
  })
})
