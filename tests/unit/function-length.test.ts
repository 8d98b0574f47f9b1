// No function in the main process or the shared floor grows past 60 lines: a
// longer one is split into named steps a reader can follow at a glance. Lengths
// come from the TypeScript syntax tree (scripts/function-lengths.ts), checked
// here on synthetic code so the measure itself cannot drift.
import { describe, expect, it } from 'vitest'
import { fileFunctionLengths, functionLengths, repositoryFunctionLengths } from '../../scripts/function-lengths'

const MAX_LINES = 60

describe('function length', () => {
  it(`keeps every function in src-main and src-shared to ${MAX_LINES} lines`, () => {
    const all = repositoryFunctionLengths(['src-main', 'src-shared'])
    expect(all.length).toBeGreaterThan(500)
    const long = all.filter((f) => f.lines > MAX_LINES).map((f) => `${f.where} ${f.name}: ${f.lines} lines`)
    expect(long, 'split these into named steps').toEqual([])
  })
})

/** A function body of exactly `lines` lines, signature and closing brace included. */
const statements = (lines: number) => Array.from({ length: lines - 2 }, (_, i) => `  const x${i} = ${i}`).join('\n')
const lengths = (code: string) => Object.fromEntries(functionLengths('x.ts', code).map((f) => [f.name, f.lines]))

describe('the measure', () => {
  it('counts from the first token to the closing brace, leaving out the doc comment', () => {
    const code = `/**\n * Says what it does.\n */\nexport async function long(): Promise<void> {\n${statements(61)}\n}\n`
    expect(functionLengths('x.ts', code)).toEqual([{ where: 'x.ts:4', name: 'long', lines: 61 }])
  })

  it('is not fooled by braces in strings, template literals, regular expressions or comments', () => {
    const code = [
      'function tricky() {',
      "  const s = '}'",
      '  const t = `${"{"}}}`',
      '  // }',
      '  const r = /}/',
      '  return [s, t, r]',
      '}',
      'function next() {}',
    ].join('\n')
    expect(lengths(code)).toEqual({ tricky: 7, next: 1 })
  })

  it('counts arrow functions, methods, accessors and callbacks each on their own, inside their parent', () => {
    const code = [
      'const arrow = (a: number) => {', // 1
      '  return [a].map((x) => {', // 2
      '    return x', // 3
      '  })', // 4
      '}', // 5
      'class Box {', // 6
      '  constructor(private v: number) {}', // 7
      '  get value() {', // 8
      '    return this.v', // 9
      '  }', // 10
      '  double() {', // 11
      '    return this.v * 2', // 12
      '  }', // 13
      '}', // 14
    ].join('\n')
    expect(lengths(code)).toEqual({ arrow: 5, '(callback of [a].map)': 3, constructor: 1, value: 3, double: 3 })
  })

  it("measures a component's script at its lines in the file, and leaves its template alone", () => {
    const component = [
      '<template>',
      '  <p @click="() => { count++ }">{{ count }}</p>',
      '</template>',
      '<script setup lang="ts">',
      'let count = 0',
      'function bump() {',
      `${statements(62)}`,
      '}',
      '</script>',
      '',
    ].join('\n')
    expect(fileFunctionLengths('src/C.vue', component)).toEqual([{ where: 'src/C.vue:6', name: 'bump', lines: 62 }])
  })
})
