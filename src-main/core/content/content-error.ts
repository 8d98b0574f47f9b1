/** A content problem, located precisely enough for an author to fix it without searching. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file} › ${record || '(file)'} › ${field || '(record)'}: ${problem}`)
    this.name = 'ContentError'
  }
}

/** Several problems at once: authors fix a batch per compile, not one per run. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n` + errors.map((e) => `  - ${e.message}`).join('\n'))
    this.name = 'ContentErrors'
  }
}
