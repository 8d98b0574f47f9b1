/**
 * Baselines for labels stacked in one column, in the order given (top to bottom),
 * moved apart so that no two are closer than `gap` and all stay within
 * [min, max]: thin layers on a linear axis would otherwise print their names on
 * top of each other. Each label stays as near its own position as the others allow.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const out = wanted.map((y) => Math.min(max, Math.max(min, y)))
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap)
  if (out.length && out.at(-1)! > max) {
    out[out.length - 1] = max
    for (let i = out.length - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - gap)
  }
  return out
}

/** A name shortened to what fits a width at a font's average character width, with an ellipsis. */
export function fitLabel(text: string, widthPx: number, charPx: number): string {
  const room = Math.max(4, Math.floor(widthPx / charPx))
  return text.length <= room ? text : `${text.slice(0, room - 1).trimEnd()}…`
}
