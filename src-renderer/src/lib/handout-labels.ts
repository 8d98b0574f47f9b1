// The handout's headings and choices, in one place so the options panel and the printed sheet agree.
import type { HandoutSection, PaperSize } from '../../../src-shared/handout-options'

export const SECTION_LABELS: Record<HandoutSection, string> = {
  about: 'What it is',
  'how-it-works': 'How it works',
  'what-to-expect': 'What to expect',
  before: 'Before your appointment',
  aftercare: 'Aftercare, day by day',
  'warning-signs': 'When to call the clinic',
}

export const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4 (210 × 297 mm)', letter: 'US Letter (8.5 × 11 in)' }
