// Timing helpers shared by every part of the benchmark.
import { performance } from 'node:perf_hooks'

/** The value below which `p` percent of the samples fall (nearest-rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export const median = (samples: readonly number[]) => percentile(samples, 50)

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => unknown): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

/** Times `fn` `n` times after `warmup` untimed calls. */
export function timeRepeated(fn: () => unknown, n: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn()
  return Array.from({ length: n }, () => timeOnce(fn))
}
