import { describe, expect, it } from 'vitest';
import { nearest } from './nearest';

describe('nearest', () => {
  it('suggests the closest plausible spelling', () => {
    expect(nearest('enable.idempotance', ['enable.idempotence', 'acks', 'retries'])).toBe('enable.idempotence');
    expect(nearest('partitons', ['partitions', 'replicationFactor'])).toBe('partitions');
    expect(nearest('ack', ['acks', 'retries'])).toBe('acks');
  });

  it('suggests nothing for a word unlike every candidate', () => {
    expect(nearest('colour', ['acks', 'retries', 'linger.ms'])).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });
});
