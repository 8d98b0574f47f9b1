// The rules of scripts/electronegativity-suppressions.txt, apart from the scanner so tests can pin them.

export interface Finding {
  check: string
  /** Path from the repository root, or "N/A" for a global finding. */
  file: string
  line: number
  column: number
  description: string
  rating: string
}

export interface Suppression {
  check: string
  file: string
  reason: string
}

/**
 * One suppression a line: `CHECK_ID | path/from/repo/root.ts | why this finding is safe`.
 * Blank lines and lines starting with # are ignored. A suppression names a
 * check and a file, never a line number, so moving code does not break it.
 */
export function parseSuppressions(text: string): { suppressions: Suppression[]; problems: string[] } {
  const suppressions: Suppression[] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const [check, file, ...rest] = line.split('|').map((s) => s.trim())
    const reason = rest.join('|').trim()
    if (!check || !/^[A-Z0-9_]+$/.test(check) || !file) return problems.push(`suppressions line ${i + 1}: expected "CHECK_ID | file | reason", got "${line}"`)
    if (reason.length < 20) return problems.push(`suppressions line ${i + 1}: ${check} in ${file} needs a reason (one line saying why it is safe)`)
    suppressions.push({ check, file, reason })
  })
  return { suppressions, problems }
}

export function reviewFindings(findings: Finding[], suppressions: Suppression[]) {
  const matches = (s: Suppression, f: Finding) => s.check === f.check && s.file === f.file
  const reviewed = findings.map((finding) => ({ finding, reason: suppressions.find((s) => matches(s, finding))?.reason }))
  return {
    reviewed,
    unsuppressed: reviewed.filter((r) => !r.reason).map((r) => r.finding),
    stale: suppressions.filter((s) => !findings.some((f) => matches(s, f))),
  }
}
