import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver, type AutosaveStatus } from '../../src-renderer/src/lib/autosave'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function setup(save: (text: string) => Promise<void>, retryable = () => true) {
  const states: AutosaveStatus['state'][] = []
  const saver = createAutosaver('', { save, retryable, onStatus: (s) => states.push(s.state), delayMs: 500, retryDelaysMs: [1000, 2000] })
  return { saver, states, last: () => states.at(-1) }
}

describe('autosave', () => {
  it('saves once after a pause in typing, not on every keystroke', async () => {
    const save = vi.fn(async () => {})
    const { saver, last } = setup(save)
    for (const text of ['H', 'He', 'Hel', 'Hello']) {
      saver.edit(text)
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(save).not.toHaveBeenCalled()
    expect(last()).toBe('pending')
    await vi.advanceTimersByTimeAsync(500)
    expect(save.mock.calls).toEqual([['Hello']])
    expect(last()).toBe('saved')
    expect(saver.dirty).toBe(false)
  })

  it('flush saves at once (the window is closing)', async () => {
    const save = vi.fn(async () => {})
    const { saver } = setup(save)
    saver.edit('typed just before closing')
    await saver.flush()
    expect(save.mock.calls).toEqual([['typed just before closing']])
  })

  it('retries a failed save, says so, and ends saved when the disk recovers', async () => {
    let fail = 2
    const save = vi.fn(async () => {
      if (fail-- > 0) throw new Error('disk busy')
    })
    const { saver, states, last } = setup(save)
    saver.edit('important')
    await vi.advanceTimersByTimeAsync(500)
    expect(last()).toBe('retrying')
    await vi.advanceTimersByTimeAsync(1000)
    expect(last()).toBe('retrying')
    await vi.advanceTimersByTimeAsync(2000)
    expect(last()).toBe('saved')
    expect(save).toHaveBeenCalledTimes(3)
    expect(states).toContain('saving')
  })

  it('does not retry what only the practitioner can fix, and tries again on the next edit', async () => {
    const save = vi.fn(async (text: string) => {
      if (text.length > 5) throw new Error('too long')
    })
    const { saver, last } = setup(save, () => false)
    saver.edit('far too long')
    await vi.advanceTimersByTimeAsync(500)
    expect(last()).toBe('failed')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(save).toHaveBeenCalledTimes(1)
    saver.edit('short')
    await vi.advanceTimersByTimeAsync(500)
    expect(last()).toBe('saved')
  })

  it('saves text typed while an earlier save was under way, and the last text wins', async () => {
    const saved: string[] = []
    let release: () => void = () => {}
    const save = vi.fn((text: string) => new Promise<void>((r) => (release = () => (saved.push(text), r()))))
    const { saver, last } = setup(save)
    saver.edit('first')
    await vi.advanceTimersByTimeAsync(500)
    saver.edit('first and second')
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(last()).toBe('pending')
    await vi.advanceTimersByTimeAsync(500)
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(saved).toEqual(['first', 'first and second'])
    expect(last()).toBe('saved')
  })
})
