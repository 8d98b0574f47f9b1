/** Lower case without accents, so "peel" finds "Peel" and "rosacee" finds "rosacée". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** True when every word of the query occurs somewhere in the texts. An empty query matches everything. */
export function matchesQuery(query: string | undefined, ...texts: string[]): boolean {
  const words = fold(query ?? '')
    .split(/\s+/)
    .filter(Boolean)
  if (!words.length) return true
  const hay = fold(texts.join('\n'))
  return words.every((w) => hay.includes(w))
}
