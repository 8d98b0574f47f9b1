// Synthetic knowledge bases N times the real one, for the growth figures.
// Every real treatment is cloned N-1 times with a new slug, name and brand and
// with its prose perturbed: about one word in ten is swapped for an invented
// one, so the index grows in documents, postings and vocabulary. Invented
// words come from a pool that grows with the square root of the content
// (Heaps' law: a real corpus 100× larger has roughly 10× the vocabulary).
// The copies keep their references and ids, so the real validator passes.
import { rmSync, statSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { loadContent, type ContentSet } from '../src-main/core/content/load-content'
import type { TreatmentSource } from '../src-main/core/content/schema'
import { validateContent } from '../src-main/core/content/validate-content'
import { releaseManifest, resolvedTreatments } from '../src-main/core/content/release-manifest'
import { writeDatabase } from '../src-main/core/content/write-database'

const CONSONANTS = 'bcdfgklmnprstvz'
const VOWELS = 'aeiou'

/** A pronounceable invented word, different for every index, 3+ syllables so it never collides with a real short word. */
export function inventedWord(i: number): string {
  let n = i
  let w = ''
  for (let s = 0; s < 3 || n > 0; s++) {
    w += CONSONANTS[n % CONSONANTS.length]! + VOWELS[Math.floor(n / CONSONANTS.length) % VOWELS.length]!
    n = Math.floor(n / (CONSONANTS.length * VOWELS.length))
  }
  return `${w}x`
}

/** A small deterministic PRNG (mulberry32), so every run builds the same content. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1)

function perturb(text: string, rand: () => number, pool: number): string {
  return text.replace(/[A-Za-z]{4,}/g, (w) => (rand() < 0.1 ? inventedWord(Math.floor(rand() * pool)) : w))
}

function clone(t: TreatmentSource, copy: number, rand: () => number, pool: number): TreatmentSource {
  const brand = capital(inventedWord(100_000 + copy * 1000 + rand() * 1000))
  return {
    ...t,
    slug: `${t.slug}-v${copy}`,
    name: `${t.name} ${brand}`,
    aliases: [...t.aliases, `${brand.toLowerCase()} ${t.category}`],
    brands: [...t.brands, brand],
    // The invented brand needs a source like any other; the clone's own first reference stands in.
    brandRefs: t.brandRefs.length ? t.brandRefs : [t.references[0]!],
    summary: perturb(t.summary, rand, pool),
    body: perturb(t.body, rand, pool),
    // Client wording is kept as written: the content check reads its meaning ("rather than to add
    // volume"), which swapped words would turn into a contradiction the compiler rightly refuses.
  }
}

/**
 * The real content `scale` times over, in memory. The loader's YAML parsing
 * of 40 MB of copies would take most of a minute and measures nothing about
 * search, so the copies skip it; everything after (the validator and the
 * database writer, FTS index and spelling table included) is the compiler's.
 */
export function syntheticContent(real: ContentSet, scale: number, realVocabulary: number): ContentSet {
  const pool = Math.max(1, Math.round(realVocabulary * (Math.sqrt(scale) - 1)))
  const rand = rng(scale)
  const treatments: TreatmentSource[] = []
  const origin = new Map(real.origin)
  for (const t of real.treatments) {
    treatments.push(t)
    for (let copy = 1; copy < scale; copy++) {
      const c = clone(t, copy, rand, pool)
      origin.set(`treatment:${c.slug}`, `treatments/${c.slug}.yaml`)
      treatments.push(c)
    }
  }
  return { ...real, treatments, origin }
}

/** Builds a synthetic knowledge base at `outPath` and says how long it took and how many treatments it holds. */
export function buildSyntheticKb(realDir: string, outPath: string, scale: number, realVocabulary: number): { ms: number; treatments: number; bytes: number } {
  const started = performance.now()
  const content = syntheticContent(loadContent(realDir), scale, realVocabulary)
  const matrix = validateContent(content)
  rmSync(outPath, { force: true })
  const contentVersion = `synthetic-x${scale}`
  const safetyManifest = releaseManifest(contentVersion, resolvedTreatments(content.treatments, matrix))
  writeDatabase(outPath, content, { contentHash: contentVersion, contentVersion, safetyManifest }, matrix)
  return { ms: performance.now() - started, treatments: content.treatments.length, bytes: statSync(outPath).size }
}
