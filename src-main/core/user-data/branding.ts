import type Database from 'better-sqlite3'
import { decodeLogo, encodeLogo, type LogoType } from './logo'
import type { Branding, BrandingInput } from './schema'

type Row = { name: string; address: string; phone: string; logo: Buffer | null; logo_type: LogoType | null; updated_at: string }

export const EMPTY_BRANDING: Branding = { name: '', address: '', phone: '', logo: null, updatedAt: null }

/** The clinic's details for handouts; empty until the practitioner fills them in. */
export function getBranding(db: Database.Database): Branding {
  const r = db.prepare('SELECT * FROM branding WHERE id = 1').get() as Row | undefined
  if (!r) return { ...EMPTY_BRANDING }
  return {
    name: r.name,
    address: r.address,
    phone: r.phone,
    logo: r.logo && r.logo_type ? encodeLogo({ type: r.logo_type, bytes: r.logo }) : null,
    updatedAt: r.updated_at,
  }
}

export function hasBranding(db: Database.Database): boolean {
  return !!db.prepare('SELECT 1 FROM branding WHERE id = 1').get()
}

/** Stores the clinic's details; the logo is checked by its bytes (PNG or JPEG, size-limited) before anything is written. */
export function setBranding(db: Database.Database, input: BrandingInput, now = new Date()): Branding {
  const logo = input.logo ? decodeLogo(input.logo) : null
  db.prepare(
    `INSERT INTO branding (id, name, address, phone, logo, logo_type, updated_at) VALUES (1, @name, @address, @phone, @logo, @type, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address, phone = excluded.phone,
       logo = excluded.logo, logo_type = excluded.logo_type, updated_at = excluded.updated_at`,
  ).run({ name: input.name, address: input.address, phone: input.phone, logo: logo?.bytes ?? null, type: logo?.type ?? null, at: now.toISOString() })
  return getBranding(db)
}

export function clearBranding(db: Database.Database): void {
  db.prepare('DELETE FROM branding').run()
}
