import { describe, expect, it } from 'vitest';
import { outageBacklog } from './outage-backlog';

describe('outage backlog', () => {
  it('is rate × outage, in messages and bytes', () => {
    const backlog = outageBacklog(4 * 3600, 40, 3000, 60);
    expect(backlog.messages).toBe(576_000);
    expect(backlog.bytes).toBe(1_728_000_000);
  });

  it('drains at the capacity left over the inflow', () => {
    // 576,000 messages at 60 − 40 = 20 msg/s spare.
    expect(outageBacklog(4 * 3600, 40, 3000, 60).drainSeconds).toBe(28_800);
  });

  it('never drains when the consumers are not faster than the inflow', () => {
    expect(outageBacklog(3600, 40, 1000, 40).drainSeconds).toBe(Infinity);
    expect(outageBacklog(3600, 40, 1000, 10).drainSeconds).toBe(Infinity);
  });
});
