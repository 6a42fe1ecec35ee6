import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../design/design';
import { makeDesign } from '../design/build-design';
import { opensWithoutAsking } from './opens-without-asking';

const shared = makeDesign({ clusters: [{ id: 'k', name: 'k', broker: 'kafka' }], nodes: [{ kind: 'kafka-topic', id: 'orders', name: 'orders', cluster: 'k' }] });
const mine = makeDesign({ clusters: [{ id: 'k', name: 'k', broker: 'kafka' }], nodes: [{ kind: 'kafka-topic', id: 'payments', name: 'payments', cluster: 'k' }] });

describe('opensWithoutAsking', () => {
  it('opens a shared design over a new, empty design, or over the same design (the link opened again)', () => {
    expect(opensWithoutAsking(emptyDesign(), shared)).toBe(true);
    expect(opensWithoutAsking(structuredClone(shared), shared)).toBe(true);
  });

  it('asks first over other work, notes without nodes included', () => {
    expect(opensWithoutAsking(mine, shared)).toBe(false);
    expect(opensWithoutAsking({ ...emptyDesign(), notes: 'ideas for the billing flow' }, shared)).toBe(false);
  });
});
