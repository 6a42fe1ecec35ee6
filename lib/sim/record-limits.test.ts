import { describe, expect, it } from 'vitest';
import { checkRecordLimits } from './engine-state';
import { MAX_CONSUMER_RETRIES, MAX_EMITTERS, MessagePool } from './message-pool';
import type { ConsumerSpec, EmitterSpec, Network } from './network-types';

// Only the fields checkRecordLimits reads: a network of the given size.
function network(emitterCount: number, maxRetries: number): Network {
  const consumer = { name: 'billing-workers', maxRetries } as ConsumerSpec;
  return { emitters: new Array<EmitterSpec>(emitterCount), consumers: [consumer] } as unknown as Network;
}

describe('message record limits (16-bit emitter ids and retry counts)', () => {
  it('the record fields hold their largest allowed values exactly', () => {
    const pool = new MessagePool(1);
    const m = pool.alloc();
    pool.setOrigin(m, MAX_EMITTERS - 1);
    pool.setEmit(m, MAX_EMITTERS - 1);
    pool.setTries(m, MAX_CONSUMER_RETRIES);
    expect([pool.origin(m), pool.emit(m), pool.tries(m)]).toEqual([MAX_EMITTERS - 1, MAX_EMITTERS - 1, MAX_CONSUMER_RETRIES]);
  });

  it('accepts a network at the limits', () => {
    expect(() => checkRecordLimits(network(MAX_EMITTERS, MAX_CONSUMER_RETRIES))).not.toThrow();
  });

  it('refuses more emitters than a record can name, saying how many', () => {
    expect(() => checkRecordLimits(network(MAX_EMITTERS + 1, 3))).toThrow(`at most ${MAX_EMITTERS} emitters (publishing routes); this design compiles to ${MAX_EMITTERS + 1}`);
  });

  it('refuses a consumer with more retries than a record can count, naming it', () => {
    expect(() => checkRecordLimits(network(10, MAX_CONSUMER_RETRIES + 1))).toThrow(`Consumer "billing-workers": the simulator supports at most ${MAX_CONSUMER_RETRIES} retries per delivery`);
  });
});
