// Saving as the practitioner types: a pause in typing saves, a failed save is
// retried with growing waits, and flush() saves at once (window closing,
// leaving the page). Framework-free, so its timing rules are unit-tested.

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'failed'

export interface AutosaveStatus {
  state: SaveState
  /** When the text on screen was last known to be saved. */
  savedAt?: Date
  /** Why the last attempt failed (shown with 'retrying' and 'failed'). */
  error?: string
}

export interface AutosaveOptions {
  save(text: string): Promise<void>
  /** Whether an error is worth retrying (disk busy or full) or needs the practitioner (text too long). */
  retryable(error: unknown): boolean
  onStatus(status: AutosaveStatus): void
  delayMs?: number
  retryDelaysMs?: number[]
}

export interface Autosaver {
  /** The text changed: save it after a pause. */
  edit(text: string): void
  /** Save now if anything is unsaved; resolves when saved or failed. */
  flush(): Promise<void>
  readonly dirty: boolean
  dispose(): void
}

export function createAutosaver(initial: string, opts: AutosaveOptions): Autosaver {
  const delay = opts.delayMs ?? 800
  const retries = opts.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000]
  let latest = initial
  let saved = initial
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: Promise<void> | undefined
  let attempt = 0
  let disposed = false
  let status: AutosaveStatus = { state: 'idle' }
  const set = (next: AutosaveStatus) => {
    status = next
    opts.onStatus(next)
  }
  const stopTimer = () => {
    clearTimeout(timer)
    timer = undefined
  }
  const schedule = (ms: number) => {
    stopTimer()
    timer = setTimeout(() => void run(), ms)
  }

  async function attemptSave(text: string): Promise<void> {
    set({ ...status, state: 'saving' })
    try {
      await opts.save(text)
      saved = text
      attempt = 0
      set({ state: latest === saved ? 'saved' : 'pending', savedAt: new Date() })
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e)
      if (opts.retryable(e) && !disposed) {
        set({ ...status, state: 'retrying', error })
        schedule(retries[Math.min(attempt++, retries.length - 1)]!)
      } else set({ ...status, state: 'failed', error })
    }
  }

  async function run(): Promise<void> {
    if (inFlight) {
      await inFlight
      // That attempt failed: its retry is scheduled (or the practitioner must act). Otherwise save what was typed meanwhile, now.
      if (status.state === 'retrying' || status.state === 'failed') return
    }
    stopTimer()
    if (latest === saved || disposed) return
    inFlight = attemptSave(latest).finally(() => (inFlight = undefined))
    await inFlight
    if (latest !== saved && !timer && status.state === 'pending') schedule(delay)
  }

  return {
    edit(text) {
      latest = text
      if (latest === saved && !inFlight) {
        stopTimer()
        set({ state: status.savedAt ? 'saved' : 'idle', savedAt: status.savedAt })
        return
      }
      if (status.state !== 'retrying' && status.state !== 'saving') set({ ...status, state: 'pending', error: undefined })
      attempt = 0
      schedule(delay)
    },
    flush: () => run(),
    get dirty() {
      return latest !== saved
    },
    dispose() {
      disposed = true
      stopTimer()
    },
  }
}
