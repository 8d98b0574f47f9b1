// The reference audit of the shipped content (issue 14): where every citation leads, and what
// every safety fact rests on. The rules themselves are tested on synthetic data in
// reference-policy.test.ts and compiler.test.ts; this file holds the real content to them.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../src-main/core/content/load-content'
import { deniedHost } from '../../src-main/core/content/reference-hosts'
import { isJournalType } from '../../src-main/core/content/reference-policy'
import { collectSafetyFacts, factsWithoutStrongSource } from '../../src-main/core/content/safety-facts'

const content = loadContent(resolve(import.meta.dirname, '../../resources/content'))
const refs = content.references
const byId = new Map(refs.map((r) => [r.id, r]))
const journal = refs.filter((r) => isJournalType(r.type))
const linked = refs.filter((r) => r.url !== undefined)

// Share of journal articles with a DOI or PubMed id (issue 14: at least 90 %). The rest must say why.
const IDENTIFIED_FLOOR = 0.9

describe('reference audit of the shipped content', () => {
  it('links nowhere on the host denylist (document dumps, pirate copies, staging hosts, proxies)', () => {
    expect(linked.filter((r) => deniedHost(new URL(r.url!))).map((r) => `${r.id} ${r.url}`)).toEqual([])
  })

  it('links with https only', () => {
    expect(linked.length).toBeGreaterThan(250)
    expect(linked.filter((r) => new URL(r.url!).protocol !== 'https:').map((r) => `${r.id} ${r.url}`)).toEqual([])
  })

  it('gives every journal article its real year', () => {
    expect(journal.filter((r) => r.year === 'undated').map((r) => r.id)).toEqual([])
    // Undated web pages say when they were read instead of passing off that year as a publication date.
    expect(refs.filter((r) => r.year === 'undated' && !r.accessed).map((r) => r.id)).toEqual([])
    expect(refs.filter((r) => r.year !== 'undated' && r.year > 2026).map((r) => r.id)).toEqual([])
  })

  it('identifies journal articles by DOI or PubMed id, and says why when it cannot', () => {
    const identified = journal.filter((r) => r.doi || r.pmid).length
    expect(identified / journal.length).toBeGreaterThanOrEqual(IDENTIFIED_FLOOR)
    expect(journal.filter((r) => !r.doi && !r.pmid && !r.noIdentifier).map((r) => r.id)).toEqual([])
    // An identifier and its link agree: a doi.org or PubMed link names the recorded identifier.
    for (const r of refs) {
      if (r.url?.startsWith('https://doi.org/')) expect(r.doi, r.id).toBe(decodeURIComponent(r.url.slice('https://doi.org/'.length)))
      if (r.url?.startsWith('https://pubmed.ncbi.nlm.nih.gov/')) expect(`https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/`, r.id).toBe(r.url)
    }
  })

  it('cites each article once: no two references share a DOI or PubMed id', () => {
    const owners = new Map<string, string[]>()
    for (const r of refs)
      for (const key of [r.doi && `doi ${r.doi.toLowerCase()}`, r.pmid && `pmid ${r.pmid}`]) if (key) owners.set(key, [...(owners.get(key) ?? []), r.id])
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([])
  })

  it('rests every safety fact (contraindication, wait, risk frequency, depth) on at least one source that is not a clinic page', () => {
    const facts = collectSafetyFacts(content)
    expect(facts.length).toBeGreaterThan(500)
    expect(factsWithoutStrongSource(facts, byId).map((f) => `${f.file} › ${f.record} › ${f.field}`)).toEqual([])
  })

  it('dates the review of every treatment and guide, never in the future', () => {
    const today = new Date().toISOString().slice(0, 10)
    for (const x of [...content.treatments, ...content.guides]) {
      expect(x.reviewed, 'slug' in x ? x.slug : x.id).toMatch(/^20\d\d-\d\d-\d\d$/)
      expect(x.reviewed <= today).toBe(true)
    }
  })
})
