import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ErrorScreen from '../../src-renderer/src/components/ErrorScreen.vue'

describe('ErrorScreen', () => {
  it('names the problem by code, shows the fix and offers a retry', async () => {
    const w = mount(ErrorScreen, { props: { code: 'KB_MISSING', message: 'The file is missing. Run "npm run kb".' } })
    expect(w.get('h1').text()).toBe('The knowledge base is missing')
    expect(w.text()).toContain('npm run kb')
    expect(w.attributes('role')).toBe('alert')
    await w.get('button').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
  })

  it('falls back to a general title for other codes', () => {
    const w = mount(ErrorScreen, { props: { code: 'INTERNAL', message: 'x' } })
    expect(w.get('h1').text()).toBe('Something went wrong')
  })

  it('says a refused caller was refused, not that something broke', () => {
    const w = mount(ErrorScreen, { props: { code: 'FORBIDDEN', message: 'Reload the page.' } })
    expect(w.get('h1').text()).toBe('The handbook refused a call from this page')
  })
})
