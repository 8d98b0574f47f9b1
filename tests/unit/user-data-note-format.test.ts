import { describe, expect, it } from 'vitest'
import { parseInline, parseNote, plainExcerpt } from '../../src-renderer/src/lib/note-format'

describe('note formatting', () => {
  it('reads paragraphs, line breaks and bullet lists from plain text', () => {
    expect(parseNote('First line\nsecond line\n\n- one\n* two\n\nafter')).toEqual([
      { kind: 'p', lines: [[{ text: 'First line' }], [{ text: 'second line' }]] },
      { kind: 'ul', items: [[{ text: 'one' }], [{ text: 'two' }]] },
      { kind: 'p', lines: [[{ text: 'after' }]] },
    ])
  })

  it('reads **bold** and *italic*, and leaves a lone star as typed', () => {
    expect(parseInline('Use **20%** first, *then* 35% — 5 * 3')).toEqual([
      { text: 'Use ' },
      { text: '20%', bold: true },
      { text: ' first, ' },
      { text: 'then', italic: true },
      { text: ' 35% — 5 * 3' },
    ])
  })

  it('keeps markup-looking text as text (it is never HTML)', () => {
    expect(parseNote('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'p', lines: [[{ text: '<img src=x onerror=alert(1)>' }]] }])
  })

  it('gives a one-line excerpt without the markers', () => {
    expect(plainExcerpt('**Key:** test spot\n- behind the ear')).toBe('Key: test spot behind the ear')
    expect(plainExcerpt('x'.repeat(300), 20)).toHaveLength(20)
  })
})
