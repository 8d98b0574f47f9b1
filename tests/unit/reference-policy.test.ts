import { describe, expect, it } from 'vitest'
import { deniedHost } from '../../src-main/core/content/reference-hosts'
import { journalProblems, linkProblems } from '../../src-main/core/content/reference-policy'
import { collectSafetyFacts, factsWithoutStrongSource } from '../../src-main/core/content/safety-facts'
import type { Reference, Treatment } from '../../src-main/core/content/schema'

const denied = (u: string) => deniedHost(new URL(u))?.why

describe('reference host denylist', () => {
  it.each([
    'https://www.scribd.com/document/1',
    'https://pt.scribd.com/document/1',
    'https://pdfdrive.to/book/x',
    'https://develop-abc123.us-4.platformsh.site/page',
    'https://staging.medscape.com/viewarticle/1',
    'https://emedicine.staging.medscape.com/article/1',
    'https://sit.mimsdev.com/hongkong/drug/info/x',
    'https://rainy.example.com/php-proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F1',
  ])('refuses %s and says why', (u) => {
    expect(denied(u)).toMatch(/^[a-zA-Z .-]+: .{20,}/)
  })

  it.each([
    'https://pubmed.ncbi.nlm.nih.gov/28796657/',
    'https://doi.org/10.1159/000477353',
    'https://www.accessdata.fda.gov/cdrh_docs/pdf3/P030050c.pdf',
    'https://stagecoach.example.com/',
    'https://www.devonclinic.example/',
  ])('lets %s through', (u) => expect(denied(u)).toBeUndefined())

  it('accepts only https and names the refused scheme', () => {
    expect(linkProblems('https://doi.org/10.1/x')).toEqual([])
    for (const scheme of ['http', 'ftp', 'file', 'javascript', 'data'])
      expect(linkProblems(`${scheme}:${scheme === 'javascript' || scheme === 'data' ? 'x' : '//example.org/x'}`)[0]?.problem).toContain(
        `the ${scheme}: scheme is refused`,
      )
  })
})

describe('journal metadata', () => {
  const article: Reference = { id: 'a', citation: 'A. B. C.', type: 'rct', authors: 'A B', year: 2020, doi: '10.1000/x' }
  it('asks a journal article for authors, a real year and an identifier or the reason it has none', () => {
    expect(journalProblems(article)).toEqual([])
    expect(journalProblems({ ...article, authors: undefined, year: 'undated', accessed: '2026-01-01', doi: undefined }).map((p) => p.field)).toEqual([
      'authors',
      'year',
      'doi',
    ])
    expect(journalProblems({ ...article, doi: undefined, noIdentifier: 'conference abstract without DOI' })).toEqual([])
  })
  it('asks nothing of a web page or a textbook beyond its link', () => {
    expect(journalProblems({ id: 'b', citation: 'Clinic.', type: 'clinic-page', year: 'undated', accessed: '2026-01-01' })).toEqual([])
  })
})

describe('safety facts', () => {
  const t = {
    slug: 't',
    name: 'T',
    depth: { minMm: 0, maxMm: 1, layers: ['epidermis'], setting: 's', refs: ['clinic'] },
    risks: [{ name: 'Redness', frequency: 'common', refs: ['clinic', 'trial'] }],
    contraindications: [{ id: 'pregnancy', severity: 'relative', temporary: true, waitMonths: 3, refs: ['clinic'] }],
  } as unknown as Treatment
  const facts = collectSafetyFacts({ treatments: [t], contraindications: [], origin: new Map([['treatment:t', 'treatments/t.yaml']]) })
  const types = new Map<string, Pick<Reference, 'type'>>([
    ['clinic', { type: 'clinic-page' }],
    ['trial', { type: 'rct' }],
  ])

  it('collects each contraindication, wait, risk frequency and depth with where it lives', () => {
    expect(facts.map((f) => `${f.file} ${f.record} ${f.field}`)).toEqual([
      'treatments/t.yaml t contraindications.0.refs',
      'treatments/t.yaml t risks.0.refs',
      'treatments/t.yaml t depth.refs',
    ])
    expect(facts[0]!.what).toContain('3-month wait')
  })

  it('flags the facts that rest on clinic pages alone, not those with a primary source beside them', () => {
    expect(factsWithoutStrongSource(facts, types).map((f) => f.field)).toEqual(['contraindications.0.refs', 'depth.refs'])
  })
})
