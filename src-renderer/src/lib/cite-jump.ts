// A citation number takes the reader to its entry in the reference list and marks it for a
// moment, so the eye lands on the right line in a list of thirty.
const FLASH_MS = 2500

export function jumpToReference(id: string): void {
  const entry = document.getElementById(`ref-${id}`)
  if (!entry) return
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  entry.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' })
  entry.classList.remove('flash')
  void entry.offsetWidth // restart the highlight when the same number is clicked twice
  entry.classList.add('flash')
  // Keyboard and screen-reader users continue from the entry they asked for.
  entry.focus({ preventScroll: true })
  window.setTimeout(() => entry.classList.remove('flash'), FLASH_MS)
}
