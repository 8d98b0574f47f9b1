// The screener's limits and question order live in the zod-free floor (src-shared); re-exported for the border's schema.
export { AGE_MAX, AGE_MIN } from '../../src-shared/screener-limits'
export { CONSULTATION_ORDER, inConsultationOrder } from '../../src-shared/consultation-order'
