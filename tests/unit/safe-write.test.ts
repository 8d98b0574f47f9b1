import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HandbookError } from '../../src-main/core/handbook-error'
import { EXPORT_WORDS, writeFileSafely, type WriteFs } from '../../src-main/core/safe-write'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handbook-write-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function failure(p: Promise<unknown>): Promise<HandbookError> {
  try {
    await p
  } catch (e) {
    if (e instanceof HandbookError) return e
    throw e
  }
  throw new Error('expected the write to fail')
}

/** The real file system, except that the chosen step fails the way a full or read-only disk makes it fail. */
function failing(step: 'writeFile' | 'rename', code: string): WriteFs {
  const real: WriteFs = {
    writeFile: async (p, d) => writeFileSync(p, d.subarray(0, 3)),
    rename: async (a, b) => (await import('node:fs/promises')).rename(a, b),
    rm: async (p) => rmSync(p, { force: true }),
  }
  return {
    ...real,
    [step]: async (...args: [string, never]) => {
      if (step === 'writeFile') await real.writeFile(...args) // a disk that fills up mid-write leaves a partial file behind
      throw Object.assign(new Error(code), { code })
    },
  }
}

describe('saving a PDF the practitioner asked for', () => {
  it('writes the file and leaves no temporary file behind', async () => {
    const path = join(dir, 'handout.pdf')
    await writeFileSafely(path, Buffer.from('%PDF-1.7 new'))
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 new')
    expect(readdirSync(dir)).toEqual(['handout.pdf'])
  })

  it.each([
    ['writeFile', 'ENOSPC', /the disk holding ".+" is full/],
    ['writeFile', 'EACCES', /you do not have permission to write in the folder/],
    ['writeFile', 'EROFS', /is on a read-only disk/],
    ['rename', 'EBUSY', /"kept.pdf" is open in another program/],
  ] as const)('when %s fails with %s it says so, keeps the old file and cleans up', async (step, code, said) => {
    const path = join(dir, 'kept.pdf')
    writeFileSync(path, 'the earlier handout')
    const e = await failure(writeFileSafely(path, Buffer.from('%PDF-1.7 new'), failing(step, code)))
    expect(e.code).toBe('WRITE_FAILED')
    expect(e.message).toMatch(said)
    expect(e.message).toMatch(/Nothing was changed, and the handout is still open/)
    expect(e.details).toEqual([path, code])
    expect(readFileSync(path, 'utf8')).toBe('the earlier handout')
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([])
  })

  it('explains a folder that has gone, with the real file system', async () => {
    const e = await failure(writeFileSafely(join(dir, 'gone', 'handout.pdf'), Buffer.from('%PDF')))
    expect(e).toMatchObject({ code: 'WRITE_FAILED', message: expect.stringMatching(/the folder ".+gone" does not exist any more/) })
  })

  it('explains a name that is a folder, with the real file system', async () => {
    const e = await failure(writeFileSafely(dir, Buffer.from('%PDF')))
    expect(e.code).toBe('WRITE_FAILED')
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([])
  })
})

describe('the same writer for a notes export', () => {
  it('names the export, not the PDF, when the disk refuses the file', async () => {
    const full: WriteFs = {
      writeFile: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
      },
      rename: async () => undefined,
      rm: async () => undefined,
    }
    const err = await writeFileSafely(join(tmpdir(), 'notes.json'), new Uint8Array([1]), full, EXPORT_WORDS).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(HandbookError)
    expect(err).toMatchObject({ code: 'WRITE_FAILED' })
    expect((err as Error).message).toMatch(/^The export was not saved: the disk holding .* is full\. Your notes are unchanged/)
  })
})
