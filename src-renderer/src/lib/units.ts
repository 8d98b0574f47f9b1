// The practitioner's chosen depth unit, read by formatMm wherever a depth is
// shown; a ref, so every depth on screen follows a change in Settings at once.
import { ref } from 'vue'
import type { Settings } from '../../../src-main/api/types'

export const depthUnit = ref<Settings['depthUnit']>('mm')
