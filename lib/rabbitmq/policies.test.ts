import { describe, expect, it } from 'vitest';
import { safeRegex } from './policies';

describe('policy patterns', () => {
  it('compiles the usual patterns', () => {
    for (const pattern of ['^orders\\.', '.*', '^(amq\\.)?orders\\..*$', 'audit.*', '^sda$', '^[a-z]+-dlq$', '^\\\\12:30$']) expect(safeRegex(pattern).ok).toBe(true);
    // An escaped backslash before a digit is not a back-reference.
    const escaped = safeRegex('^\\\\1$');
    expect(escaped.ok && escaped.regex.test('\\1')).toBe(true);
  });
  it('refuses patterns that could backtrack for long', () => {
    for (const pattern of ['(a+)+$', '^(a|a)*$', '(a*)*b', '(.*a){20}', '.*.*.*x', '\\1(a)', '(?=a)', 'x'.repeat(1001), '(']) expect(safeRegex(pattern).ok).toBe(false);
  });
});
