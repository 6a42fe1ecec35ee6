import { describe, expect, it } from 'vitest';
import { isInside } from './write-output';

describe('isInside', () => {
  it.each([
    ['/work/out', '/work/out/a.yaml', true],
    ['/work/out', '/work/out/deep/a.yaml', true],
    ['/work/out', '/work/out/..hidden', true],
    ['/work/out', '/work/out-evil/a.yaml', false],
    ['/work/out', '/work/out', false],
    ['/work/out', '/work/a.yaml', false],
    ['/work/out', '/etc/passwd', false],
  ])('%s contains %s: %s', (dir, target, inside) => {
    expect(isInside(dir, target)).toBe(inside);
  });
});
