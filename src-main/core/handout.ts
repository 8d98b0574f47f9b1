// Assembles a client handout from the knowledge base: only the client-facing
// text (clientSummary, clientWording, aftercare, warning signs) and numbers
// phrased for a layperson; never the practitioner's body text.
import { taxonomy, treatmentsBySlug } from './catalog'
import type { Contraindication, Treatment } from './content/schema'
import { HandbookError } from './handbook-error'
import { HANDOUT_LIMITS, HANDOUT_SECTIONS, isRealDate, type HandoutBranding, type HandoutRequest, type HandoutSection } from './handout-options'
import type { Handout, HandoutClinic, HandoutPoint, HandoutTreatment } from './handout-types'
import { scheduleVisits } from './handout-schedule'
import { discomfortText, downtimeText, longDate, plainMechanisms, resultsText, sessionsText, waitText } from './handout-wording'
import { withoutBidiControlsDeep } from './bidi'
import { checkImageDataUrl } from './image-data-url'
import { LOGO_MAX_BYTES } from './user-data/limits'
import type { KnowledgeBase } from './knowledge-base'

export type { Handout, HandoutBranding, HandoutRequest }

const DISCLAIMER =
  'This sheet is general information to help you prepare for and recover from your treatment. It does not replace the advice of your practitioner, who knows your medical history: if their instructions differ from this sheet, follow theirs. Results and recovery vary from person to person.'

/** Trimmed text, or undefined when nothing is left. */
const given = (s: string | null | undefined) => (s && s.trim() ? s.trim() : undefined)

function pickTreatments(kb: KnowledgeBase, slugs: string[]) {
  if (slugs.length === 0) throw new HandbookError('BAD_ARGUMENTS', 'A handout needs at least one treatment. Choose one treatment, or up to five for a plan.')
  if (slugs.length > HANDOUT_LIMITS.maxTreatments)
    throw new HandbookError('BAD_ARGUMENTS', `A treatment plan holds at most ${HANDOUT_LIMITS.maxTreatments} treatments; ${slugs.length} were chosen.`)
  const repeated = slugs.find((s, i) => slugs.indexOf(s) !== i)
  if (repeated) throw new HandbookError('BAD_ARGUMENTS', `"${repeated}" is in the plan twice; each treatment can appear only once.`)
  const bySlug = treatmentsBySlug(kb)
  const missing = slugs.filter((s) => !bySlug.has(s))
  if (missing.length) {
    const names = missing.map((s) => `"${s}"`).join(', ')
    throw new HandbookError(
      'NOT_FOUND',
      `No treatment ${names} in this version of the handbook, so no handout can be made for ${missing.length > 1 ? 'them' : 'it'}.`,
      missing,
    )
  }
  return slugs.map((s) => bySlug.get(s)!)
}

function clinicOf(b: HandoutBranding | undefined): HandoutClinic | undefined {
  const name = given(b?.name)
  const address = (b?.address ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const phone = given(b?.phone)
  let logo: string | undefined
  if (b?.logo && given(b.logo)) {
    const check = checkImageDataUrl(b.logo, LOGO_MAX_BYTES)
    if (!check.ok) throw new HandbookError('BAD_ARGUMENTS', `The clinic logo cannot be used: ${check.reason}. Choose a PNG or JPEG image.`)
    logo = check.dataUrl
  }
  if (!name && !address.length && !phone && !logo) return undefined
  return { name: name ?? '', address, ...(phone ? { phone } : {}), ...(logo ? { logo } : {}) }
}

function treatmentPart(t: Treatment, deepestLayer: string, on: Set<HandoutSection>): HandoutTreatment {
  const part: HandoutTreatment = { slug: t.slug, name: t.name }
  if (on.has('about')) part.about = t.clientSummary
  if (on.has('how-it-works')) part.howItWorks = plainMechanisms(t, deepestLayer)
  if (on.has('what-to-expect')) {
    part.expect = [
      { topic: 'sessions', label: 'Sessions', text: sessionsText(t) },
      { topic: 'results', label: 'Results', text: resultsText(t) },
      { topic: 'downtime', label: 'Recovery time', text: downtimeText(t) },
      { topic: 'discomfort', label: 'How it feels', text: discomfortText(t) },
    ]
  }
  if (on.has('aftercare')) {
    part.aftercare = t.aftercare.map((a) => ({ when: a.when, text: a.text }))
    if (t.aftercare.some((a) => /\bdays?\s*0\b/i.test(a.when))) part.aftercareHint = 'Day 0 is the day of your treatment.'
  }
  return part
}

/** "A", "A and B", "A, B and C". */
const andList = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`)

/**
 * Merges a list the treatments of a plan share (contraindications, warning
 * signs) so each point is said once, naming the treatments it concerns when
 * it does not concern them all, and grouping the treatments that share a wait.
 */
function mergePoints<T>(
  picked: Treatment[],
  itemsOf: (t: Treatment) => T[],
  keyOf: (item: T) => string,
  make: (item: T) => { text: string; rank: number },
  waitOf: (item: T) => string | undefined = () => undefined,
): HandoutPoint[] {
  type Merged = { text: string; rank: number; order: number; names: Set<string>; waits: Map<string, string[]> }
  const points = new Map<string, Merged>()
  for (const t of picked) {
    for (const item of itemsOf(t)) {
      const key = keyOf(item)
      const made = make(item)
      let p = points.get(key)
      if (!p) {
        p = { text: made.text, rank: made.rank, order: points.size, names: new Set(), waits: new Map() }
        points.set(key, p)
      }
      p.rank = Math.min(p.rank, made.rank)
      p.names.add(t.name)
      const wait = waitOf(item)
      if (wait) p.waits.set(wait, [...(p.waits.get(wait) ?? []), t.name])
    }
  }
  const single = picked.length === 1
  return [...points.values()]
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((p) => ({
      text: p.text,
      details: [...p.waits].map(([wait, names]) => (single ? `The usual wait is ${wait}.` : `For ${andList(names)}, the usual wait is ${wait}.`)),
      appliesTo: !single && p.names.size < picked.length ? picked.map((t) => t.name).filter((n) => p.names.has(n)) : [],
    }))
}

function beforePoints(kb: KnowledgeBase, picked: Treatment[]): HandoutPoint[] {
  const records = new Map<string, Contraindication>(taxonomy(kb).contraindications.map((c) => [c.id, c]))
  type Entry = Treatment['contraindications'][number]
  const rank: Record<Entry['stance'], number> = { exclude: 0, defer: 1, caution: 2, none: 3 }
  return mergePoints<Entry>(
    picked,
    // A condition with no known interaction is nothing the client needs to tell us about for this treatment.
    (t) => t.contraindications.filter((c) => c.stance !== 'none'),
    (c) => c.id,
    // The compiler guarantees every id names a record; the fallback only keeps a broken build readable.
    (c) => ({ text: records.get(c.id)?.clientWording ?? records.get(c.id)?.name ?? c.id, rank: rank[c.stance] }),
    (c) => (c.stance === 'defer' && c.waitMonths ? waitText(c.waitMonths) : undefined),
  )
}

function warningPoints(picked: Treatment[]): HandoutPoint[] {
  return mergePoints<string>(
    picked,
    (t) => t.warningSigns,
    (w) =>
      w
        .trim()
        .toLowerCase()
        .replace(/[.\s]+$/, ''),
    (w) => ({ text: w.trim(), rank: 0 }),
  )
}

function callIntro(clinic: HandoutClinic | undefined): string {
  const who = clinic?.name || 'the clinic'
  return clinic?.phone
    ? `Call ${who} on ${clinic.phone} straight away if you notice any of the following. If you feel very unwell or it is an emergency, call your local emergency number.`
    : `Call ${who} straight away if you notice any of the following. If you feel very unwell or it is an emergency, call your local emergency number.`
}

/** A PDF file name that every file system accepts: no path separators, reserved characters or control codes. */
export function safeFileName(parts: string[]): string {
  const name = parts
    .map((p) =>
      p
        .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' - ')
    .slice(0, 120)
    .replace(/[ .]+$/, '')
  return `${name || 'Handout'}.pdf`
}

/**
 * The handout for a request, headed with the clinic's details when there are any.
 * Bidirectional controls are taken out of everything it prints (and its file name)
 * before anything else reads the text, so a hidden override cannot reverse a word.
 */
export function buildHandout(kb: KnowledgeBase, request: HandoutRequest & { branding?: HandoutBranding }): Handout {
  const req = withoutBidiControlsDeep(request, NOT_TEXT)
  return withoutBidiControlsDeep(assemble(kb, req), NOT_TEXT)
}
const NOT_TEXT = new Set(['logo'])

function assemble(kb: KnowledgeBase, req: HandoutRequest & { branding?: HandoutBranding }): Handout {
  const picked = pickTreatments(kb, req.slugs)
  const sections = HANDOUT_SECTIONS.filter((s) => !req.sections || req.sections.includes(s))
  if (sections.length === 0) throw new HandbookError('BAD_ARGUMENTS', 'Choose at least one section to print.')
  const on = new Set<HandoutSection>(sections)
  const treatments = picked.map((x) => x.treatment)

  const date = given(req.date)
  if (date && !isRealDate(date)) throw new HandbookError('BAD_ARGUMENTS', `"${date}" is not a date; write it as YYYY-MM-DD.`)
  const clientName = given(req.clientName)
  const note = given(req.practitionerNote)
  const clinic = clinicOf(req.branding)
  const single = treatments.length === 1

  const handout: Handout = {
    kind: single ? 'single' : 'plan',
    title: single ? treatments[0]!.name : 'Your treatment plan',
    subtitle: single ? 'Information for you to keep' : `${treatments.length} treatments, in the order planned`,
    sections,
    treatments: picked.map((x) => treatmentPart(x.treatment, x.deepestLayer, on)),
    disclaimer: DISCLAIMER,
    contentVersion: kb.meta.contentVersion,
    fileName: safeFileName(['Handout', single ? treatments[0]!.name : 'Treatment plan', clientName ?? '']),
  }
  if (on.has('before')) handout.before = beforePoints(kb, treatments)
  if (on.has('warning-signs')) {
    handout.callIntro = callIntro(clinic)
    handout.warningSigns = warningPoints(treatments)
  }
  if (clinic) handout.clinic = clinic
  if (clientName) handout.clientName = clientName
  if (date) Object.assign(handout, { date, dateText: longDate(date) })
  if (req.schedule?.length) {
    handout.schedule = scheduleVisits(treatments, req.schedule)
    handout.subtitle = `${treatments.length === 1 ? 'One treatment' : `${treatments.length} treatments`}, with your dates`
  }
  if (note)
    handout.practitionerNote = note
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
  return handout
}
