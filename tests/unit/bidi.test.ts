import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withoutBidiControls, withoutBidiControlsDeep } from '../../src-main/core/bidi'

const CONTROLS = [0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((c) => String.fromCodePoint(c))

describe('bidirectional controls', () => {
  it('are all removed, and nothing else is: Arabic, Hebrew, emoji and joiners stay', () => {
    expect(withoutBidiControls(`Ana ${CONTROLS.join('')}evil`)).toBe('Ana evil')
    const kept = 'مرحبا שלום 👩‍⚕️ e\u0301 \u200d'
    expect(withoutBidiControls(kept)).toBe(kept)
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...CONTROLS))), (parts) => {
        const out = withoutBidiControls(parts.join(''))
        return (
          CONTROLS.every((c) => !out.includes(c)) &&
          out ===
            parts
              .join('')
              .split('')
              .filter((ch) => !CONTROLS.includes(ch))
              .join('')
        )
      }),
      { seed: 17, numRuns: 300 },
    )
  })

  it('are removed from every string of nested data except the fields kept', () => {
    const logo = 'data:image/png;base64,\u202E'
    expect(withoutBidiControlsDeep({ a: ['x\u202Ey', { b: '\u2066z' }], n: 3, logo }, new Set(['logo']))).toEqual({ a: ['xy', { b: 'z' }], n: 3, logo })
  })
})
