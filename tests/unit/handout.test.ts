import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../src-main/api/dispatch'
import { allTreatments, taxonomy } from '../../src-main/core/catalog'
import { HandbookError } from '../../src-main/core/handbook-error'
import { buildHandout, safeFileName } from '../../src-main/core/handout'
import { HANDOUT_SECTIONS, type HandoutBranding, type HandoutRequest } from '../../src-main/core/handout-options'
import { handlers } from '../../src-main/api/handlers'
import { createHandlerContext, type HandlerContext } from '../../src-main/api/handlers/context'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

let fx: FixtureKb
let kb: KnowledgeBase
let ctx: HandlerContext
beforeAll(() => {
  fx = fixtureKb()
  // Give the laser its own client text, aftercare and warning signs so that what comes from where is visible,
  // list its contraindications with the relative one first, and make pregnancy absolute for it.
  fx.edit('treatments/deep-laser.yaml', (t) =>
    t
      .replace('clientSummary: A gentle peel.', 'clientSummary: A laser that renews the surface of your skin.')
      .replace(
        'aftercare: [{ when: Day 0–2, text: Use sunscreen. }]',
        'aftercare: [{ when: Day 0–2, text: Cool the skin with clean compresses. }, { when: Days 3–7, text: Moisturise often and let crusts fall off. }]',
      )
      .replace('warningSigns: [Blisters]', 'warningSigns: [Blisters, Fever or chills.]')
      .replace(
        /contraindications:\n.*pregnancy-breastfeeding.*\n(.*isotretinoin.*)\n/,
        'contraindications:\n$1\n  - { id: pregnancy-breastfeeding, severity: absolute, temporary: true, refs: [fixture-label] }\n',
      ),
  )
  fx.compile()
  kb = openKnowledgeBase(fx.dbPath)
  ctx = createHandlerContext({ kbPath: fx.dbPath })
})
afterAll(() => {
  ctx.close()
  kb.close()
  fx.dispose()
})

const build = (req: Partial<HandoutRequest> & { branding?: HandoutBranding }) => buildHandout(kb, { slugs: ['deep-laser'], ...req })

function failure(fn: () => unknown): HandbookError {
  try {
    fn()
  } catch (e) {
    if (e instanceof HandbookError) return e
    throw e
  }
  throw new Error('expected a HandbookError')
}

describe('a handout for one treatment', () => {
  it('speaks to the client: the client summary, never the practitioner text', () => {
    const h = build({})
    expect(h.kind).toBe('single')
    expect(h.title).toBe('Deep test laser')
    expect(h.treatments[0]!.about).toBe('A laser that renews the surface of your skin.')
    const all = JSON.stringify(h)
    for (const practitionerText of ['First paragraph', 'A fixture peel.', '70 mJ', 'Early ageing', 'Test reasoning', 'Some trials'])
      expect(all).not.toContain(practitionerText)
  })

  it('explains how it works in plain words, depth first, then the primary and the secondary mechanism', () => {
    const how = build({}).treatments[0]!.howItWorks!
    expect(how[0]).toBe('It works down to the deep layer of the skin where collagen is made (the dermis).')
    expect(how[1]).toMatch(/^It removes or heats a very thin layer of skin/)
    expect(how[2]).toMatch(/^It also prompts your skin to make new collagen/)
    expect(how.join(' ')).not.toMatch(/extracellular|ecm|leveling/i)
  })

  it('says what to expect: sessions and interval, when results show and how long they last, recovery, discomfort', () => {
    const expect_ = Object.fromEntries(build({}).treatments[0]!.expect!.map((e) => [e.topic, e.text]))
    expect(expect_).toEqual({
      sessions: 'Usually 1 to 3 sessions, 2 to 4 weeks apart.',
      results: 'Results usually start to show after 7 days to 2 weeks, and usually last 1 to 2 months.',
      downtime: 'Allow 5 days to 2 weeks before your skin looks and feels back to normal.',
      discomfort: 'Most people feel mild warmth, tingling or stinging that settles quickly.',
    })
  })

  it('lists what to tell the clinic before the appointment in the client wording, ruling-out conditions first', () => {
    const before = build({}).before!
    expect(before.map((b) => b.text)).toEqual(['Tell us if you are pregnant.', 'Tell us about acne tablets.'])
    expect(before[1]!.details).toEqual(['The usual wait is about 6 months.'])
    expect(before.every((b) => b.appliesTo.length === 0)).toBe(true)
  })

  it('gives the aftercare day by day as the knowledge base has it, and says what day 0 means', () => {
    const t = build({}).treatments[0]!
    expect(t.aftercare).toEqual([
      { when: 'Day 0–2', text: 'Cool the skin with clean compresses.' },
      { when: 'Days 3–7', text: 'Moisturise often and let crusts fall off.' },
    ])
    expect(t.aftercareHint).toBe('Day 0 is the day of your treatment.')
  })

  it('lists the warning signs under a line that says whom to call', () => {
    const h = build({ branding: { name: 'Harbour Skin Clinic', phone: '020 7946 0000' } })
    expect(h.warningSigns!.map((w) => w.text)).toEqual(['Blisters', 'Fever or chills.'])
    expect(h.callIntro).toMatch(/^Call Harbour Skin Clinic on 020 7946 0000 straight away/)
    expect(build({}).callIntro).toMatch(/^Call the clinic straight away/)
  })

  it('carries the clinic header, the client name, the date in words and the practitioner note; blank inputs are left out', () => {
    const h = build({
      branding: {
        name: ' Harbour Skin Clinic ',
        address: '1 Quay Street\n\nBristol BS1 4AB\n',
        phone: '020 7946 0000',
        logo: `data:image/png;base64,${PNG_1PX}`,
      },
      clientName: 'Ana Díaz',
      date: '2026-11-21',
      practitionerNote: 'Start with the cheeks.\nReview at 4 weeks.',
    })
    expect(h.clinic).toEqual({
      name: 'Harbour Skin Clinic',
      address: ['1 Quay Street', 'Bristol BS1 4AB'],
      phone: '020 7946 0000',
      logo: `data:image/png;base64,${PNG_1PX}`,
    })
    expect(h.clientName).toBe('Ana Díaz')
    expect(h.dateText).toBe('21 November 2026')
    expect(h.practitionerNote).toEqual(['Start with the cheeks.', 'Review at 4 weeks.'])
    expect(h.fileName).toBe('Handout - Deep test laser - Ana Díaz.pdf')
    expect(h.disclaimer).toMatch(/does not replace the advice of your practitioner/)

    const blank = build({ branding: { name: '  ', address: '', phone: '' }, clientName: ' ', practitionerNote: '\n', date: '' })
    for (const key of ['clinic', 'clientName', 'date', 'dateText', 'practitionerNote']) expect(blank).not.toHaveProperty(key)
  })

  it('leaves out the sections the practitioner unticked', () => {
    const h = build({ sections: ['aftercare', 'before'] })
    expect(h.sections).toEqual(['before', 'aftercare'])
    const t = h.treatments[0]!
    expect(t.aftercare).toHaveLength(2)
    expect(t).not.toHaveProperty('about')
    expect(t).not.toHaveProperty('howItWorks')
    expect(t).not.toHaveProperty('expect')
    expect(h.before).toHaveLength(2)
    expect(h).not.toHaveProperty('warningSigns')
    expect(h.disclaimer).toBeTruthy()
  })
})

describe('a treatment plan', () => {
  it('keeps the order chosen and says each shared point once, naming the treatments a point concerns when not all', () => {
    const h = buildHandout(kb, { slugs: ['superficial-peel', 'deep-laser'] })
    expect(h.kind).toBe('plan')
    expect(h.title).toBe('Your treatment plan')
    expect(h.treatments.map((t) => t.name)).toEqual(['Superficial test peel', 'Deep test laser'])
    expect(h.treatments.map((t) => t.aftercare!.map((a) => a.text))).toEqual([
      ['Use sunscreen.'],
      ['Cool the skin with clean compresses.', 'Moisturise often and let crusts fall off.'],
    ])
    expect(h.before!.map((b) => [b.text, b.appliesTo])).toEqual([
      ['Tell us if you are pregnant.', []],
      ['Tell us about acne tablets.', []],
    ])
    // The peel's isotretinoin entry has no wait, the laser's has one.
    expect(h.before![1]!.details).toEqual(['For Deep test laser, the usual wait is about 6 months.'])
    expect(h.warningSigns).toEqual([
      { text: 'Blisters', details: [], appliesTo: [] },
      { text: 'Fever or chills.', details: [], appliesTo: ['Deep test laser'] },
    ])
    expect(h.fileName).toBe('Handout - Treatment plan.pdf')
  })
})

describe('bad requests', () => {
  it('names an unknown treatment', () => {
    const e = failure(() => buildHandout(kb, { slugs: ['deep-laser', 'laser-of-youth'] }))
    expect(e.code).toBe('NOT_FOUND')
    expect(e.message).toContain('"laser-of-youth"')
    expect(e.details).toEqual(['laser-of-youth'])
  })

  it('refuses an empty plan, a plan of six and a treatment listed twice, saying why', () => {
    expect(failure(() => buildHandout(kb, { slugs: [] }))).toMatchObject({
      code: 'BAD_ARGUMENTS',
      message: expect.stringMatching(/needs at least one treatment/),
    })
    expect(failure(() => buildHandout(kb, { slugs: Array(6).fill('deep-laser') })).message).toMatch(/at most 5 treatments/)
    expect(failure(() => buildHandout(kb, { slugs: ['deep-laser', 'deep-laser'] })).message).toMatch(/"deep-laser" is in the plan twice/)
  })

  it('refuses a logo that is not a picture, whatever it claims to be', () => {
    const text = Buffer.from('Harbour Skin Clinic').toString('base64')
    const cases = [
      `data:text/plain;base64,${text}`,
      `data:image/png;base64,${text}`,
      'https://example.com/logo.png',
      `data:application/pdf;base64,${Buffer.from('%PDF-1.7').toString('base64')}`,
    ]
    for (const logo of cases) {
      const e = failure(() => build({ branding: { name: 'Clinic', logo } }))
      expect(e.code, logo).toBe('BAD_ARGUMENTS')
      expect(e.message, logo).toMatch(/^The clinic logo cannot be used: .+\. Choose a PNG or JPEG image\.$/)
    }
  })

  it('keeps a real picture and labels it by its bytes', () => {
    expect(build({ branding: { logo: `data:image/jpeg;base64,${PNG_1PX}` } }).clinic).toEqual({
      name: '',
      address: [],
      logo: `data:image/png;base64,${PNG_1PX}`,
    })
  })

  it('refuses a date that does not exist', () => {
    expect(failure(() => build({ date: '2026-02-30' })).message).toMatch(/not a date/)
  })
})

describe('the handout/build channel', () => {
  const call = (args: unknown) => dispatch(handlers, ctx, 'handout/build', args)

  it('builds through the validated border', async () => {
    const r = await call({ slugs: ['deep-laser'], sections: ['aftercare'] })
    expect(r).toMatchObject({ ok: true, value: { title: 'Deep test laser', sections: ['aftercare'] } })
  })

  it.each([
    [{ slugs: [] }, 'Choose at least one treatment for the handout.'],
    [{ slugs: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'A treatment plan holds at most 5 treatments.'],
    [{ slugs: ['deep-laser', 'deep-laser'] }, 'Each treatment can appear only once in a plan.'],
    [{ slugs: ['deep-laser'], sections: ['gossip'] }, 'sections.0'],
    [{ slugs: ['deep-laser'], sections: [] }, 'Choose at least one section to print.'],
    [{ slugs: ['deep-laser'], clientName: 'x'.repeat(121) }, "The client's name is limited to 120 characters."],
    [{ slugs: ['deep-laser'], practitionerNote: 'x'.repeat(1201) }, 'The note is limited to 1200 characters.'],
    [{ slugs: ['deep-laser'], date: '21/11/2026' }, 'The date must be a real day written YYYY-MM-DD.'],
    [{ slugs: ['deep-laser'], branding: { name: 'x', website: 'https://x' } }, 'branding'],
    [{ slugs: ['../etc/passwd'] }, 'must be a treatment slug'],
  ])('refuses %j with a message that says why', async (args, said) => {
    const r = await call(args)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('BAD_ARGUMENTS')
    expect(r.error.details!.join(' | ')).toContain(said)
  })

  it('heads the sheet with the clinic details saved in user data, and prints without them when there are none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-handout-user-'))
    const withUser = createHandlerContext({ kbPath: fx.dbPath, userDataDir: dir })
    try {
      const before = await dispatch(handlers, withUser, 'handout/build', { slugs: ['deep-laser'] })
      expect(before).toMatchObject({ ok: true })
      expect(before.ok && before.value).not.toHaveProperty('clinic')
      const saved = await dispatch(handlers, withUser, 'branding/set', {
        name: 'Harbour Skin Clinic',
        address: '1 Quay Street',
        phone: '020 7946 0000',
        logo: `data:image/png;base64,${PNG_1PX}`,
      })
      expect(saved).toMatchObject({ ok: true })
      const after = await dispatch(handlers, withUser, 'handout/build', { slugs: ['deep-laser'] })
      expect(after).toMatchObject({
        ok: true,
        value: {
          clinic: { name: 'Harbour Skin Clinic', address: ['1 Quay Street'], phone: '020 7946 0000', logo: `data:image/png;base64,${PNG_1PX}` },
          callIntro: expect.stringContaining('Call Harbour Skin Clinic on 020 7946 0000'),
        },
      })
    } finally {
      withUser.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('answers an unknown treatment with NOT_FOUND naming it', async () => {
    expect(await call({ slugs: ['no-such-thing'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('"no-such-thing"') },
    })
  })
})

describe('file names', () => {
  it('strips what a file system refuses', () => {
    expect(safeFileName(['Handout', 'A/B: "peel"?', 'Jo <3\u0000'])).toBe('Handout - A B peel - Jo 3.pdf')
    expect(safeFileName(['', '...'])).toBe('Handout.pdf')
  })
})

describe('every treatment of the real knowledge base', () => {
  let real: KnowledgeBase
  beforeAll(() => {
    real = openKnowledgeBase(resolve(import.meta.dirname, '../../resources/handbook.db'))
  })
  afterAll(() => real.close())

  it('says a wait once for the treatments of a plan that share it', () => {
    const names = ['glycolic-acid-peel', 'dermapen'].map((slug) => allTreatments(real).find((x) => x.treatment.slug === slug)!.treatment.name)
    const isotretinoin = taxonomy(real).contraindications.find((c) => c.id === 'isotretinoin')!.clientWording
    const h = buildHandout(real, { slugs: ['glycolic-acid-peel', 'dermapen'] })
    expect(h.before!.find((b) => b.text === isotretinoin)!.details).toEqual([`For ${names[0]} and ${names[1]}, the usual wait is about 6 months.`])
  })

  it('makes a complete handout in client words', () => {
    const wording = new Map(taxonomy(real).contraindications.map((c) => [c.id, c.clientWording]))
    for (const { treatment: t } of allTreatments(real)) {
      const h = buildHandout(real, { slugs: [t.slug] })
      const part = h.treatments[0]!
      expect(h.sections, t.slug).toEqual([...HANDOUT_SECTIONS])
      expect(part.about, t.slug).toBe(t.clientSummary)
      expect(part.aftercare, t.slug).toEqual(t.aftercare)
      expect(
        h.warningSigns!.map((w) => w.text),
        t.slug,
      ).toEqual(t.warningSigns.map((w) => w.trim()))
      expect(new Set(h.before!.map((b) => b.text)), t.slug).toEqual(
        new Set(t.contraindications.filter((c) => c.stance !== 'none').map((c) => wording.get(c.id))),
      )
      expect(part.howItWorks!.length, t.slug).toBeGreaterThanOrEqual(t.mechanisms.length)
      const text = JSON.stringify(h)
      expect(text, t.slug).not.toMatch(/undefined|NaN|null|\[object/)
      expect(text, t.slug).not.toContain(t.body.slice(0, 60))
      for (const e of part.expect!) expect(e.text, `${t.slug} ${e.topic}`).toMatch(/^[A-Z].{10,}\.$/)
    }
  })
})
