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
  return new AutosaveLoop(initial, opts)
}

class AutosaveLoop implements Autosaver {
  private readonly delay: number
  private readonly retries: number[]
  private latest: string
  private saved: string
  private timer: ReturnType<typeof setTimeout> | undefined
  private inFlight: Promise<void> | undefined
  private attempt = 0
  private disposed = false
  private status: AutosaveStatus = { state: 'idle' }

  constructor(
    initial: string,
    private readonly opts: AutosaveOptions,
  ) {
    this.delay = opts.delayMs ?? 800
    this.retries = opts.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000]
    this.latest = initial
    this.saved = initial
  }

  edit(text: string): void {
    this.latest = text
    if (this.latest === this.saved && !this.inFlight) {
      this.stopTimer()
      this.set({ state: this.status.savedAt ? 'saved' : 'idle', savedAt: this.status.savedAt })
      return
    }
    if (this.status.state !== 'retrying' && this.status.state !== 'saving') this.set({ ...this.status, state: 'pending', error: undefined })
    this.attempt = 0
    this.schedule(this.delay)
  }

  flush(): Promise<void> {
    return this.run()
  }

  get dirty(): boolean {
    return this.latest !== this.saved
  }

  dispose(): void {
    this.disposed = true
    this.stopTimer()
  }

  private set(next: AutosaveStatus): void {
    this.status = next
    this.opts.onStatus(next)
  }

  private stopTimer(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private schedule(ms: number): void {
    this.stopTimer()
    this.timer = setTimeout(() => void this.run(), ms)
  }

  private async attemptSave(text: string): Promise<void> {
    this.set({ ...this.status, state: 'saving' })
    try {
      await this.opts.save(text)
      this.saved = text
      this.attempt = 0
      this.set({ state: this.latest === this.saved ? 'saved' : 'pending', savedAt: new Date() })
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e)
      if (this.opts.retryable(e) && !this.disposed) {
        this.set({ ...this.status, state: 'retrying', error })
        this.schedule(this.retries[Math.min(this.attempt++, this.retries.length - 1)]!)
      } else this.set({ ...this.status, state: 'failed', error })
    }
  }

  private async run(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight
      // That attempt failed: its retry is scheduled (or the practitioner must act). Otherwise save what was typed meanwhile, now.
      if (this.status.state === 'retrying' || this.status.state === 'failed') return
    }
    this.stopTimer()
    if (this.latest === this.saved || this.disposed) return
    this.inFlight = this.attemptSave(this.latest).finally(() => (this.inFlight = undefined))
    await this.inFlight
    if (this.latest !== this.saved && !this.timer && this.status.state === 'pending') this.schedule(this.delay)
  }
}
