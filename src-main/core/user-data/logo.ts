import { HandbookError } from '../handbook-error'
import { checkImageDataUrl, IMAGE_MAX_SIDE } from '../image-data-url'
import { LOGO_MAX_BYTES, type LOGO_TYPES } from './schema'

export type LogoType = (typeof LOGO_TYPES)[number]
export interface Logo {
  type: LogoType
  bytes: Buffer
}

/**
 * Decodes a logo data URL and proves it with the handout's own check: a PNG
 * or JPEG by its first bytes (whatever type it declares), within the size
 * limit, so any logo saved here also prints.
 */
export function decodeLogo(dataUrl: string): Logo {
  const check = checkImageDataUrl(dataUrl, LOGO_MAX_BYTES)
  if (!check.ok)
    throw new HandbookError(
      'BAD_ARGUMENTS',
      `This logo cannot be used: ${check.reason}. Choose a PNG or JPEG image of at most ${LOGO_MAX_BYTES / 1024} KB and ${IMAGE_MAX_SIDE.toLocaleString('en')} pixels a side.`,
    )
  return { type: `image/${check.kind}`, bytes: Buffer.from(check.dataUrl.slice(check.dataUrl.indexOf(',') + 1), 'base64') }
}

export function encodeLogo(logo: Logo): string {
  return `data:${logo.type};base64,${logo.bytes.toString('base64')}`
}
