import type { Layer } from './schema'

/** The layer that holds depth x: top < x <= bottom, with the surface (0) held by the first layer. */
export function layerAt(layers: readonly Layer[], x: number): Layer | undefined {
  const sorted = [...layers].sort((a, b) => a.order - b.order)
  if (x <= 0) return sorted[0]
  return sorted.find((l) => l.topMm < x && x <= l.bottomMm) ?? (x > sorted.at(-1)!.bottomMm ? sorted.at(-1) : undefined)
}

/** Every layer an interval of depth touches, from the surface down. */
export function layersSpanned(layers: readonly Layer[], minMm: number, maxMm: number): Layer[] {
  const sorted = [...layers].sort((a, b) => a.order - b.order)
  const first = layerAt(sorted, minMm)
  const last = layerAt(sorted, maxMm)
  if (!first || !last) return []
  return sorted.filter((l) => l.order >= first.order && l.order <= last.order)
}
