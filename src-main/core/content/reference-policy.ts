// What makes a reference acceptable to cite, checked by the compiler for every reference:
// an https address that is not on the denylist, and for journal articles the metadata a
// reader needs to find the paper (authors, the real year, a DOI or PubMed id).
import { deniedHost } from './reference-hosts'
import { JOURNAL_TYPES, type Reference } from './schema'

export interface PolicyProblem {
  field: string
  problem: string
}

const JOURNAL = new Set<string>(JOURNAL_TYPES)

export function isJournalType(type: Reference['type']): boolean {
  return JOURNAL.has(type)
}

/** Problems with one reference's link, or none. */
export function linkProblems(url: string | undefined): PolicyProblem[] {
  if (url === undefined) return []
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return [{ field: 'url', problem: `"${url}" is not an address` }]
  }
  // Only https: http links are silently dropped by the app, and every other scheme
  // (javascript:, data:, file:, ftp:…) either runs code, reads local files or leaves the web.
  if (parsed.protocol !== 'https:') return [{ field: 'url', problem: `the ${parsed.protocol} scheme is refused; a reference links with https:// only` }]
  const denied = deniedHost(parsed)
  if (denied) return [{ field: 'url', problem: `${parsed.hostname} is refused (${denied.why})` }]
  return []
}

/** A journal article is found by its DOI or PubMed id; without either it must say why. */
export function identifierProblems(r: Reference): PolicyProblem[] {
  if (!isJournalType(r.type) || r.doi || r.pmid || r.noIdentifier) return []
  return [{ field: 'doi', problem: `a ${r.type} needs a doi or pmid, or a noIdentifier saying why it has neither` }]
}

/** A journal article appeared in a year; "undated" with an access date is for web pages only. */
export function yearProblems(r: Reference): PolicyProblem[] {
  if (!isJournalType(r.type) || r.year !== 'undated') return []
  return [{ field: 'year', problem: `a ${r.type} has a real publication year; "undated" is for web pages` }]
}

/** What a reader needs to find a journal article: its authors, the year it appeared, and a DOI or PMID. */
export function journalProblems(r: Reference): PolicyProblem[] {
  if (!isJournalType(r.type)) return []
  const out: PolicyProblem[] = []
  if (!r.authors) out.push({ field: 'authors', problem: `a ${r.type} needs its authors` })
  return [...out, ...yearProblems(r), ...identifierProblems(r)]
}

/**
 * The problems the compiler refuses. Missing authors are counted by the reference audit instead of refused:
 * some indexed records show none, and leaving a real article out would lose the fact it supports.
 */
export function referenceProblems(r: Reference): PolicyProblem[] {
  return [...linkProblems(r.url), ...yearProblems(r), ...identifierProblems(r)]
}
