// Values an attacker, a bug in the renderer or a damaged file could send.
// Built once and shared by reference: generating a megabyte per run would cost
// more than the call it tests.

/** SQL, FTS5 and shell meta-characters, alone and in the shapes injections take. */
export const INJECTION_STRINGS = [
  '"',
  "'",
  '*',
  '^',
  ':',
  '(',
  ')',
  ';',
  '--',
  '\\',
  '%',
  '_',
  '%_%',
  '{',
  '}',
  '+',
  '-',
  '~',
  'NEAR',
  'AND',
  'OR',
  'NOT',
  'MATCH',
  'NEAR(peel laser, 2)',
  'peel AND (laser OR',
  'NOT peel',
  '-peel',
  '+peel',
  'peel*',
  '^peel',
  '"peel',
  'title:peel',
  '{title body}: peel',
  'search MATCH peel',
  "' OR 1=1 --",
  '" OR ""="',
  "'; DROP TABLE treatments; --",
  '"); DROP TABLE notes; --',
  "1' UNION SELECT sql FROM sqlite_schema --",
  'x\u0000y',
  '\u0000',
  "peel'--",
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'https://evil.example/',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  '${7*7}',
  '#{7*7}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
]

/** Text that breaks naive handling of Unicode: controls, direction overrides, lone surrogates, combining floods. */
export const UNICODE_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  '\u202epeel\u202c',
  '\u200b\u200c\u200d',
  '\ufeffpeel',
  'e\u0301',
  `a${'\u0301'.repeat(2000)}`,
  '👩🏽‍⚕️',
  '🧴💉',
  '\ud800',
  '\udfff',
  'a\ud800b',
  '\uffff',
  '\ufffd',
  '\u{10ffff}',
  'ﬁller',
  'Ⅻ',
  'straße',
  'İstanbul',
  'ｐｅｅｌ',
  'пилинг',
  'تقشير',
  '激光换肤',
  'ก้้้้้้้้้้้้้',
  '\u0085\u2028\u2029',
  '\u0007\u001b[31m',
]

export const DATE_STRINGS = [
  '2025-01-31',
  '2024-02-29',
  '2025-02-29',
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '9999-12-31',
  '1900-01-01',
  '2025-1-1',
  '31/01/2025',
]

const PNG_1X1 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='
export const DATA_URL_STRINGS = [
  PNG_1X1,
  'data:image/png;base64,',
  'data:image/png;base64,AAAA',
  // An SVG with a script, labelled as PNG and as SVG: the core accepts images by their bytes, not their label.
  `data:image/png;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64')}`,
  `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64')}`,
  `data:text/html;base64,${Buffer.from('<script>alert(1)</script>').toString('base64')}`,
  `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]).toString('base64')}`,
]

export const JSON_STRINGS = [
  '{}',
  '[]',
  'null',
  '0',
  '""',
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"format":"someone-else","version":1}',
  '{"a":',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '\ufeff{}',
]

export const HOSTILE_STRINGS = [...INJECTION_STRINGS, ...UNICODE_STRINGS, ...DATE_STRINGS, ...DATA_URL_STRINGS, ...JSON_STRINGS]

export const HOSTILE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  2 ** 31,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
]

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < depth; i++) v = wrap(v)
  return v
}

/** An object whose own key is "__proto__", as JSON.parse (the preview's transport) makes it. */
export const ownProtoKey = (value: unknown) => JSON.parse(`{"__proto__": ${JSON.stringify(value ?? null)}}`) as Record<string, unknown>

/** Big, deep and odd values of every type. */
export const HUGE_VALUES: unknown[] = [
  'a'.repeat(1_000_000),
  '€'.repeat(300_000),
  `${'peel '.repeat(20_000)}`,
  '"'.repeat(100_000),
  new Array(100_000).fill('peel'),
  Array.from({ length: 50_000 }, (_, i) => i),
  new Array(10_000).fill({ slug: 'peel' }),
  nested(10_000, (v) => ({ a: v })),
  nested(10_000, (v) => [v]),
  Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
]

export const ODD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  false,
  ...HOSTILE_NUMBERS,
  [],
  [[]],
  {},
  Object.create(null),
  { length: 1e9 },
  ownProtoKey({ polluted: 'yes' }),
  { constructor: { prototype: { polluted: 'yes' } } },
  new Date(Number.NaN),
  new Date(0),
  10n,
  new Uint8Array([1, 2, 3]),
  new Map([['slug', 'peel']]),
  new Set(['peel']),
  /peel/g,
]

export const ALL_HOSTILE: unknown[] = [...HOSTILE_STRINGS, ...HUGE_VALUES, ...ODD_VALUES]

/** Keys that change an object's behaviour or prototype when code copies them naively. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then', '']
