/** A copy of the list with the item at `index` moved one place earlier (-1) or later (1). */
export function moveBy<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list]
  const [item] = next.splice(index, 1)
  next.splice(index + by, 0, item!)
  return next
}
