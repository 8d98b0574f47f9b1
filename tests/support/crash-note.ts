/** The text of note i in the crash test: varied lengths, so some saves span several database pages. */
export const crashNoteBody = (i: number) => `Note ${i}: ${'ü✓ text '.repeat(i % 400)}end ${i}`
