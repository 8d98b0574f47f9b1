import type { Treatment } from './schema'
import { plainMechanisms } from '../handout-wording'

/**
 * Client-facing text must agree with what a treatment does. A handout that says
 * "restores lost volume" under a summary that says "rather than to add volume"
 * (or claims volume for a treatment that restores none) misleads the client.
 * Returns one problem per contradiction, naming the sentence.
 */
const CLAIMS_VOLUME = /\b(restor|add|replac|fill|build|increas|boost)\w*\b[^.]{0,40}\bvolume\b|\bvolumi[sz]\w*/i
const DENIES_VOLUME = /\b(not|rather than|without|no|instead of|isn't|is not|does not|doesn't)\b[^.]{0,40}\bvolume\b/i

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter(Boolean)
}

export function clientWordingProblems(t: Pick<Treatment, 'mechanisms' | 'clientSummary'>): string[] {
  const restoresVolume = t.mechanisms.some((m) => m.id === 'volume-restoration' && !m.clientWording)
  const said = [...sentences(t.clientSummary), ...plainMechanisms(t)]
  const claims = said.filter((s) => CLAIMS_VOLUME.test(s) && !DENIES_VOLUME.test(s))
  const denials = said.filter((s) => DENIES_VOLUME.test(s))
  const problems: string[] = []
  if (!t.mechanisms.some((m) => m.id === 'volume-restoration'))
    for (const s of claims) problems.push(`speaks of volume without the volume-restoration mechanism: "${s}"`)
  if (denials.length && (claims.length || restoresVolume))
    problems.push(`both claims and denies volume: "${denials[0]}" against "${claims[0] ?? 'the handout sentence for volume restoration'}"`)
  return problems
}
