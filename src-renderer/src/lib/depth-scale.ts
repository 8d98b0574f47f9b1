/**
 * Depth axis for the skin cross-section. Skin spans 0.02 mm of stratum
 * corneum to several mm of fat and muscle; on a linear axis the top three
 * layers would be a hairline. The default axis is logarithmic-like
 * (y ∝ log(1 + d / d0)), still monotonic and labelled in true mm, so every
 * layer and every treatment is drawn to the same scale.
 */
export type DepthScaleMode = 'log' | 'linear'

/** Depth below which the log axis becomes nearly linear; about a stratum corneum's thickness. */
const D0 = 0.02

export function depthToY(mm: number, maxMm: number, height: number, mode: DepthScaleMode): number {
  const d = Math.max(0, Math.min(mm, maxMm))
  if (mode === 'linear') return (d / maxMm) * height
  return (Math.log1p(d / D0) / Math.log1p(maxMm / D0)) * height
}

/** Axis ticks in mm that stay readable on either scale. */
export function depthTicks(maxMm: number, mode: DepthScaleMode): number[] {
  const candidates = mode === 'log' ? [0, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 4, 8, 16] : [0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16]
  const ticks = candidates.filter((t) => t <= maxMm + 1e-9)
  if (mode === 'linear' && maxMm <= 1) return [0, 0.1, 0.2, 0.4, 0.6, 0.8, 1].filter((t) => t <= maxMm + 1e-9)
  return ticks
}

export function formatTick(mm: number): string {
  return mm === 0 ? '0' : mm < 0.1 ? mm.toFixed(2) : mm < 1 ? String(mm) : String(mm)
}
