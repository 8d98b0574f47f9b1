// The screener's catalogue: what each rule means, what each level is called, and
// the constants the form offers (skin-type hints, Glogau hints, downtime choices,
// the contested-wait policy). Said once here; screener-words.ts words a result with it.
import type { Finding, ScreenRule } from '../../../src-main/api/screener-types'

export const FITZPATRICK_HINTS: Record<string, string> = {
  I: 'always burns, never tans',
  II: 'usually burns, tans minimally',
  III: 'sometimes burns, tans gradually',
  IV: 'rarely burns, tans well',
  V: 'very rarely burns, tans deeply',
  VI: 'never burns, deeply pigmented',
}

export const GLOGAU_HINTS: Record<number, string> = {
  1: 'no wrinkles, early photoageing',
  2: 'wrinkles in motion',
  3: 'wrinkles at rest',
  4: 'only wrinkles, advanced photoageing',
}

/** Downtime choices offered to the client, in days. */
export const DOWNTIME_CHOICES: { days: number; label: string }[] = [
  { days: 0, label: 'None — back to normal the same day' },
  { days: 1, label: 'Up to 1 day' },
  { days: 3, label: 'Up to 3 days' },
  { days: 7, label: 'Up to 1 week' },
  { days: 14, label: 'Up to 2 weeks' },
]

/** The contested-wait policy in words: the setting's choices and the line the screener shows. */
export const CONTESTED_POLICY_WORDS = {
  cautious: {
    label: 'Follow the most cautious position',
    hint: 'Defer until the longest cited wait has passed; the shorter one is shown beside it (default)',
    inForce: 'Where sources disagree about a wait, the most cautious cited position decides; the shorter one is shown beside it.',
  },
  caution: {
    label: 'Show as a caution',
    hint: 'Once the shortest cited wait has passed, offer the treatment with both positions shown',
    inForce: 'Where sources disagree about a wait, a treatment is shown as a caution once the shortest cited wait has passed.',
  },
} as const

/** What each rule does, said once, for the "why" of an exclusion or deferral. */
export const RULE_EXPLANATIONS: Record<ScreenRule, string> = {
  'absolute-contraindication': 'The safety matrix excludes this treatment for the condition: it does not pass with time.',
  'temporary-contraindication': 'The safety matrix defers this treatment: not until the condition has passed, and for a dated condition its wait has run.',
  'relative-contraindication': 'A caution: the treatment stays possible with the precautions the sources describe.',
  'no-known-interaction': 'The condition was considered for this treatment and the sources describe no interaction.',
  'no-data': 'This knowledge base holds no decision for this condition and treatment: use clinical judgement.',
  'contested-wait':
    'Sources disagree about the wait. The most cautious position still advises waiting, but the shortest cited wait has passed, and the setting "When sources disagree" shows such cases as a caution.',
  'wait-over': 'The wait the sources advise has passed.',
  'caution-lapsed':
    'A dated condition stays current for as long as the longest wait the handbook gives for it; the client’s date lies further back, so its caution no longer applies.',
  'skin-type-risk':
    'Very high scarring risk, or pigmentation and scarring risks both high or worse, for this skin type excludes the treatment; a high or moderate risk is a caution.',
  'injection-declined': 'The client does not accept injections.',
  'energy-device-declined': 'The client does not accept energy devices (laser, light, radiofrequency, ultrasound).',
  'downtime-too-long': 'Even the shortest downtime is longer than the client accepts.',
  'downtime-range': 'The downtime fits what the client accepts only at the gentle end of the range.',
}

/** The badge each finding level wears; a block needs none (its section says it). */
export const FINDING_LEVEL_LABELS: Record<Finding['level'], string> = { block: '', high: 'High caution', caution: 'Caution', info: 'Note' }
