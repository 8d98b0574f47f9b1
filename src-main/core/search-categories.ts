/**
 * Words that name a whole group of treatments ("chemical peel", "laser",
 * "filler"). Such a query means "show me the group", not one treatment that
 * happens to contain the word, so each leads to the treatment list filtered to
 * it. `filter` is the list's address query (the same keys as its filters).
 */
export interface SearchCategory {
  filter: string
  title: string
  names: readonly string[]
}

export const SEARCH_CATEGORIES: readonly SearchCategory[] = [
  { filter: 'category=peel', title: 'Chemical peels', names: ['chemical peel', 'peel', 'skin peel', 'acid peel'] },
  { filter: 'category=laser-light', title: 'Lasers and light', names: ['laser', 'laser and light', 'laser treatment', 'light based treatment'] },
  { filter: 'category=needling', title: 'Microneedling', names: ['microneedling', 'needling', 'micro needling'] },
  { filter: 'category=injectable', title: 'Injectables', names: ['injectable', 'injection', 'injectable treatment'] },
  { filter: 'mechanism=volume-restoration', title: 'Fillers and volume restoration', names: ['filler', 'dermal filler', 'soft tissue filler'] },
  {
    filter: 'category=energy',
    title: 'Energy devices (radiofrequency and ultrasound)',
    names: ['energy device', 'energy based device', 'ebd', 'tightening device'],
  },
  { filter: 'category=mechanical', title: 'Mechanical exfoliation', names: ['mechanical exfoliation', 'abrasion', 'mechanical resurfacing'] },
  { filter: 'category=regenerative', title: 'Regenerative treatments', names: ['regenerative', 'regenerative treatment', 'regenerative medicine'] },
]

/** The filter of a category hit as key/value pairs for the treatment list's address. */
export function categoryFilter(key: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(key))
}
