import { loadContent } from '../src-main/core/content/load-content'
import { referenceProblems, isJournalType } from '../src-main/core/content/reference-policy'
import { collectSafetyFacts, factsWithoutStrongSource } from '../src-main/core/content/safety-facts'
const c = loadContent('/work/wt/i14/resources/content')
const mode = process.argv[2] ?? 'summary'
const byId = new Map(c.references.map((r) => [r.id, r]))
const probs = c.references.map((r) => ({ r, p: referenceProblems(r) })).filter((x) => x.p.length)
const journal = c.references.filter((r) => isJournalType(r.type))
const withId = journal.filter((r) => r.doi || r.pmid)
const facts = collectSafetyFacts(c)
const weak = factsWithoutStrongSource(facts, byId)
const count = (f: string, s: string) => probs.filter((x) => x.p.some((p) => p.field === f && p.problem.includes(s))).length
console.log(`refs ${c.references.length}; denied ${count('url', 'refused (')}; non-https ${count('url', 'scheme')}; journal ${journal.length}, with id ${withId.length} (${((100 * withId.length) / journal.length).toFixed(1)}%); journal undated ${count('year', '')}; no authors ${count('authors', '')}; clinic-only facts ${weak.length}`)
if (mode === 'url') for (const x of probs) for (const p of x.p) if (p.field === 'url') console.log(x.r.id, '|', p.problem.slice(0, 60), '|', x.r.url)
if (mode === 'weak') for (const f of weak) console.log(f.file, f.record, f.field, f.refs.join(','))
if (mode === 'noid') for (const r of journal) if (!r.doi && !r.pmid) console.log(r.id, '|', r.year, '|', r.citation.slice(0, 150), '|', r.url)
if (mode === 'noauth') for (const r of journal) if (!r.authors) console.log(r.id, '|', r.citation.slice(0, 150))
