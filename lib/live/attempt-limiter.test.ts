import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter';

describe('AttemptLimiter', () => {
  const limits = { perClient: { concurrent: 2, perMinute: 3 }, total: { concurrent: 3, perMinute: 100 } };

  it('caps attempts running at once, per client and in all', () => {
    const limiter = new AttemptLimiter(limits, () => 0);
    const a1 = limiter.admit('a');
    const a2 = limiter.admit('a');
    expect(limiter.admit('a')).toMatchObject({ ok: false, reason: expect.stringContaining('still running') });
    expect(limiter.admit('b').ok).toBe(true);
    expect(limiter.admit('c')).toMatchObject({ ok: false, reason: expect.stringContaining('as many imports as it allows') });
    if (a1.ok) a1.release();
    if (a1.ok) a1.release();
    expect(limiter.admit('c').ok).toBe(true);
    expect(a2.ok).toBe(true);
  });

  it('limits attempts started per minute, and says when to try again', () => {
    let now = 0;
    const limiter = new AttemptLimiter(limits, () => now);
    for (let i = 0; i < 3; i++) {
      const admitted = limiter.admit('a');
      if (admitted.ok) admitted.release();
      now += 10_000;
    }
    expect(limiter.admit('a')).toEqual({ ok: false, reason: 'you started 3 imports in the last minute', retryAfterSeconds: 30 });
    now = 60_001;
    expect(limiter.admit('a').ok).toBe(true);
  });
});
