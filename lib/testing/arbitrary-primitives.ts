import fc from 'fast-check';

/**
 * The building blocks of the design arbitraries: strings that break naive
 * serialisers (YAML's special words and indicators, quotes, line and paragraph
 * separators, lone surrogates, right-to-left marks, prototype names), the keys
 * a design file accepts, and small values drawn within the schemas' bounds.
 */

/** Strings that other formats read as something else, or that break escaping. */
export const HOSTILE_STRINGS = [
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'true',
  'False',
  'null',
  'Null',
  '~',
  'NaN',
  '.nan',
  '.inf',
  '-.inf',
  '0x1F',
  '0o17',
  '1e3',
  '012',
  '+1',
  '1_000',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '12:30:45',
  '1:20',
  '<<',
  '=',
  '- a',
  ': b',
  '? c',
  '# d',
  'a #b',
  'a: b',
  '&anchor',
  '*alias',
  '!!str',
  '!tag',
  '%YAML 1.2',
  '@at',
  '`tick',
  '|',
  '>',
  '---',
  '...',
  '"double"',
  "'single'",
  '\\back\\slash',
  'tab\there',
  'line\nbreak',
  'cr\rlf\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\uFEFF',
  '\u0000nul',
  '\u0007bell',
  '\u001b[31mred',
  'emoji 🎉🇫🇷',
  '\u202Eright-to-left',
  'e\u0301',
  '\uD800',
  '\uDC00lone',
  'a\uD83Db',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '${HOME}',
  '$(rm -rf /)',
  '{{x}}',
  '%s%n',
  '[x]',
  '{x: 1}',
  ' leading',
  'trailing ',
  '   ',
  '.',
  '..',
  '/',
  '\\',
  '*',
  '>',
  '#',
  'amq.like',
  'ünïcödé',
  '日本語',
  'x'.repeat(255),
];

export const hostileString = (maxLength = 60): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length <= maxLength)) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: Math.min(maxLength, 30) }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(maxLength, 30) }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...HOSTILE_STRINGS)).map(([a, b]) => `${a}${b}`.slice(0, maxLength)) },
  );

/** Record keys the design file refuses (`checkData`): they never appear in a saved design. */
export const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const hostileKey = (maxLength = 60) => hostileString(maxLength).filter((k) => !RESERVED_KEYS.has(k));

export const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
export const scalar = fc.oneof(hostileString(40), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.boolean());
export const duration = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('ms', 's', 'm', 'h', 'd')).map(([n, u]) => `${n}${u}`);
