// Every keystroke of a note is also kept in localStorage until the notebook
// confirms the save, so text typed just before a crash or a forced close is
// offered back the next time the note opens.

const key = (slug: string) => `handbook.note-draft.${slug}`

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

export function readDraft(slug: string): string | null {
  return storage()?.getItem(key(slug)) ?? null
}

export function writeDraft(slug: string, text: string): void {
  try {
    storage()?.setItem(key(slug), text)
  } catch {
    // Storage full or disabled: the autosave still runs, only this safety net is missing.
  }
}

/** Forgets the draft once the notebook holds exactly this text (a newer draft stays). */
export function clearDraft(slug: string, savedText: string): void {
  const s = storage()
  if (s?.getItem(key(slug)) === savedText) s.removeItem(key(slug))
}

export function forgetDraft(slug: string): void {
  storage()?.removeItem(key(slug))
}
