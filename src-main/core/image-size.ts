// The pixel size of an image, read from its header without decoding it: a
// 48 KB file can declare 20000 × 20000 pixels, which a renderer would then
// try to decode (seconds and gigabytes) or silently drop.

export interface PixelSize {
  width: number
  height: number
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function png(b: Uint8Array, v: DataView): PixelSize | null {
  // The IHDR chunk comes first: length (4), type (4), width (4), height (4), big-endian.
  if (b.length < 24 || !PNG_SIGNATURE.every((x, i) => b[i] === x)) return null
  if (String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return null
  return { width: v.getUint32(16), height: v.getUint32(20) }
}

function jpeg(b: Uint8Array, v: DataView): PixelSize | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null
  let i = 2
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]!
    if (marker === 0xff) {
      i++ // fill byte
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2 // markers without a length
      continue
    }
    const length = v.getUint16(i + 2)
    // Start of frame (SOF0–SOF15 except DHT C4, JPG C8, DAC CC): precision (1), height (2), width (2).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) return null
      return { height: v.getUint16(i + 5), width: v.getUint16(i + 7) }
    }
    if (marker === 0xda || length < 2) return null // image data before any frame header
    i += 2 + length
  }
  return null
}

function gif(b: Uint8Array, v: DataView): PixelSize | null {
  if (b.length < 10 || (String.fromCharCode(...b.subarray(0, 6)) !== 'GIF87a' && String.fromCharCode(...b.subarray(0, 6)) !== 'GIF89a')) return null
  return { width: v.getUint16(6, true), height: v.getUint16(8, true) }
}

function webp(b: Uint8Array, v: DataView): PixelSize | null {
  if (b.length < 30 || String.fromCharCode(...b.subarray(0, 4)) !== 'RIFF' || String.fromCharCode(...b.subarray(8, 12)) !== 'WEBP') return null
  const chunk = String.fromCharCode(...b.subarray(12, 16))
  if (chunk === 'VP8 ') return { width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff }
  if (chunk === 'VP8L') {
    const bits = v.getUint32(21, true)
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8X') {
    const w = b[24]! | (b[25]! << 8) | (b[26]! << 16)
    const h = b[27]! | (b[28]! << 8) | (b[29]! << 16)
    return { width: w + 1, height: h + 1 }
  }
  return null
}

/** Width and height declared by a PNG, JPEG, GIF or WebP header; null when the header cannot be read. */
export function imagePixelSize(bytes: Uint8Array): PixelSize | null {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return png(bytes, v) ?? jpeg(bytes, v) ?? gif(bytes, v) ?? webp(bytes, v)
}
