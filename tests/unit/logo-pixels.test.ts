// Pixel bombs: a small file that declares a huge picture. The header is read,
// never decoded, and a logo beyond the limit is refused in plain words wherever
// it arrives: clinic settings, an import, a handout built from an older notebook.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { checkImageDataUrl, IMAGE_MAX_SIDE } from '../../src-main/core/image-data-url'
import { imagePixelSize } from '../../src-main/core/image-size'
import { apiFor, handlerContextPerTest } from '../support/user-data'

const IMAGES = resolve(import.meta.dirname, '../fixtures/images')
const image = (name: string) => readFileSync(join(IMAGES, name))

/** A PNG whose header declares width × height, padded with IDAT bytes to `size` (never a valid picture: it must not need to be). */
function pngBomb(width: number, height: number, size = 48 * 1024): Buffer {
  const head = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
  const dims = Buffer.alloc(13)
  dims.writeUInt32BE(width, 0)
  dims.writeUInt32BE(height, 4)
  dims.set([8, 6, 0, 0, 0], 8)
  const idat = Buffer.alloc(Math.max(0, size - 37))
  return Buffer.concat([head, dims, Buffer.alloc(4), idat])
}
/** A baseline JPEG header (SOI, JFIF APP0, SOF0) declaring width × height. */
function jpegBomb(width: number, height: number): Buffer {
  const app0 = Buffer.from('ffe000104a46494600010100000100010000', 'hex')
  const sof = Buffer.from('ffc0001108000000000301220002110103110100', 'hex')
  sof.writeUInt16BE(height, 5)
  sof.writeUInt16BE(width, 7)
  return Buffer.concat([Buffer.from('ffd8', 'hex'), app0, sof, Buffer.alloc(2048)])
}
const dataUrl = (type: string, b: Buffer) => `data:${type};base64,${b.toString('base64')}`

describe('reading the pixel size from the header', () => {
  it('reads real PNG, JPEG, WebP and GIF files', () => {
    expect(imagePixelSize(image('37x23.png'))).toEqual({ width: 37, height: 23 })
    expect(imagePixelSize(image('37x23.jpeg'))).toEqual({ width: 37, height: 23 })
    expect(imagePixelSize(image('37x23.webp'))).toEqual({ width: 37, height: 23 })
    expect(imagePixelSize(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'))).toEqual({ width: 1, height: 1 })
  })

  it('reads what a bomb declares without decoding it, and gives up on a header that ends early', () => {
    expect(imagePixelSize(pngBomb(20_000, 20_000))).toEqual({ width: 20_000, height: 20_000 })
    expect(imagePixelSize(jpegBomb(45_000, 45_000))).toEqual({ width: 45_000, height: 45_000 })
    expect(imagePixelSize(Buffer.from('ffd8ffe00010', 'hex'))).toBeNull()
    expect(imagePixelSize(Buffer.alloc(0))).toBeNull()
  })
})

describe('a logo beyond the pixel limit', () => {
  const env = handlerContextPerTest()

  it('is refused when saved, saying its size and the limit; a normal logo is kept', async () => {
    const call = apiFor(env.ctx)
    const details = { name: 'Clinic', address: '', phone: '' }
    for (const [logo, says] of [
      [dataUrl('image/png', pngBomb(20_000, 20_000)), '20,000 × 20,000 pixels'],
      [dataUrl('image/jpeg', jpegBomb(45_000, 45_000)), '45,000 × 45,000 pixels'],
      [dataUrl('image/png', pngBomb(IMAGE_MAX_SIDE + 1, 10, 1024)), `${(IMAGE_MAX_SIDE + 1).toLocaleString('en')} × 10 pixels`],
    ] as const) {
      await expect(call('branding/set', { ...details, logo })).rejects.toMatchObject({ code: 'BAD_ARGUMENTS', message: expect.stringContaining(says) })
    }
    expect((await call('branding/get', {})).logo).toBeNull()
    const ok = await call('branding/set', { ...details, logo: dataUrl('image/jpeg', image('37x23.jpeg')) })
    expect(ok.logo).toMatch(/^data:image\/jpeg;base64,/)
    expect(checkImageDataUrl(ok.logo!, 300_000)).toMatchObject({ ok: true, width: 37, height: 23 })
  })

  it('already stored by an older version stops the handout with the reason, instead of printing without it', async () => {
    const call = apiFor(env.ctx)
    await call('branding/set', { name: 'Clinic', address: '', phone: '', logo: null })
    const db = new Database(join(env.dir, 'user.db'))
    db.prepare("UPDATE branding SET logo = ?, logo_type = 'image/png'").run(pngBomb(45_000, 45_000))
    db.close()
    const slug = (await call('catalog/list', {})).items[0]!.slug
    await expect(call('handout/build', { slugs: [slug] })).rejects.toMatchObject({ message: expect.stringContaining('45,000 × 45,000 pixels') })
  })
})
