// A clinic logo arrives as a data: URL chosen by the practitioner. It is
// printed on every handout, so it must really be a picture: the declared type
// is not trusted, the first bytes decide.

import { imagePixelSize } from './image-size'
import { LOGO_MAX_SIDE } from './user-data/limits'

// PNG and JPEG only: the same two formats the clinic settings accept, so a logo
// that prints here can also be saved there.
export type ImageKind = 'png' | 'jpeg'

const SIGNATURES: { kind: ImageKind; test: (b: Buffer) => boolean }[] = [
  { kind: 'png', test: (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { kind: 'jpeg', test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
]

export type ImageCheck = { ok: true; kind: ImageKind; dataUrl: string; bytes: number; width: number; height: number } | { ok: false; reason: string }

/** Beyond this many pixels a side the picture is refused, whatever its file size (a pixel bomb). */
export const IMAGE_MAX_SIDE = LOGO_MAX_SIDE

/**
 * Checks that a data: URL holds a PNG or JPEG image no larger than
 * maxBytes, and returns it with the media type its bytes actually have.
 */
export function checkImageDataUrl(raw: string, maxBytes: number): ImageCheck {
  const m = /^data:([\w.+-]+\/[\w.+-]+)?(?:;[\w=.-]+)*;base64,([A-Za-z0-9+/]*={0,2})$/.exec(raw.trim())
  if (!m) return { ok: false, reason: 'it is not a picture file' }
  const declared = m[1] ?? ''
  if (declared && !declared.startsWith('image/')) return { ok: false, reason: `it is a ${describe(declared)}, not a picture` }
  const bytes = Buffer.from(m[2]!, 'base64')
  if (bytes.length > maxBytes) return { ok: false, reason: `it is ${kb(bytes.length)}; the limit is ${kb(maxBytes)}` }
  const kind = SIGNATURES.find((s) => s.test(bytes))?.kind
  if (!kind) {
    return { ok: false, reason: declared === 'image/svg+xml' ? 'SVG drawings cannot be printed as a logo' : 'its contents are not a PNG or JPEG image' }
  }
  const size = imagePixelSize(bytes)
  if (!size || size.width === 0 || size.height === 0) return { ok: false, reason: 'its size in pixels cannot be read (the file may be damaged)' }
  if (size.width > IMAGE_MAX_SIDE || size.height > IMAGE_MAX_SIDE) {
    return {
      ok: false,
      reason: `it is ${size.width.toLocaleString('en')} × ${size.height.toLocaleString('en')} pixels; the limit is ${IMAGE_MAX_SIDE.toLocaleString('en')} pixels a side`,
    }
  }
  return { ok: true, kind, dataUrl: `data:image/${kind};base64,${bytes.toString('base64')}`, bytes: bytes.length, ...size }
}

function describe(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'PDF document'
  if (mediaType.startsWith('text/')) return 'text file'
  return `file of type ${mediaType}`
}

const kb = (n: number) => `${Math.ceil(n / 1024)} KB`
