import { describe, expect, it } from 'vitest';
import { readDesign } from '../design/read-design';
import type { NatsClusterState } from './nats-cluster-state';
import { natsDesired } from './nats-desired';
import { natsDrift, settingText } from './nats-drift';
import { planNats } from './nats-plan';

/** The JetStream plan's rules on hand-made cluster states (the real server proves them in nats-audit.test.ts). */

const design = readDesign(
  JSON.stringify({
    queuewright: 2,
    clusters: [{ id: 'n', name: 'NATS', broker: 'nats', version: '2.9' }],
    nodes: [
      { kind: 'nats-stream', id: 's', name: 'ORDERS', cluster: 'n', subjects: ['orders.>'], storage: 'memory' },
      { kind: 'consumer-group', id: 'c', name: 'billing', groupId: 'billing', nats: { ack_policy: 'explicit' } },
    ],
    connections: [{ id: 'k', kind: 'consume', from: 's', to: 'c' }],
  }),
);
if (!design.ok) throw new Error(JSON.stringify(design.errors));
const desired = natsDesired(design.design);
const config = (over: Record<string, unknown>) => ({ ...(desired[0].config as Record<string, unknown>), max_age: 0, duplicate_window: 120_000_000_000, ...over });
const consumer = (over: Record<string, unknown> = {}) => ({
  stream: 'ORDERS',
  name: 'billing',
  config: {
    durable_name: 'billing',
    deliver_policy: 'all',
    ack_policy: 'explicit',
    ack_wait: 30_000_000_000,
    max_deliver: -1,
    replay_policy: 'instant',
    max_waiting: 512,
    max_ack_pending: 1000,
    ...over,
  },
});
const state = (streamOver: Record<string, unknown>, consumers = [consumer()]): NatsClusterState => ({ streams: [{ name: 'ORDERS', config: config(streamOver) }], consumers, problems: [] });

describe('the JetStream plan', () => {
  it("finds nothing to do when the server has the exporter's config", () => {
    expect(natsDrift(desired, state({}))).toEqual([]);
    expect(planNats(desired, state({}))).toEqual({ operations: [], blocked: [] });
  });

  it("blocks a storage change without its flag and plans delete, create and the consumers' creates with it", () => {
    const live = state({ storage: 'file' });
    expect(planNats(desired, live).blocked.map((b) => b.resource.name)).toEqual(['ORDERS']);
    expect(planNats(desired, live, { allowDelete: new Set(['stream:ORDERS']) }).operations.map((o) => `${o.action} ${o.safety}`)).toEqual([
      'delete-stream destructive',
      'create-stream safe',
      'create-consumer safe',
    ]);
  });

  it('blocks clearing deny_delete (one way) but updates a description in place', () => {
    expect(planNats(desired, state({ deny_delete: true })).blocked[0].why).toMatch(/can not cancel deny message deletes/);
    expect(planNats(desired, state({ description: 'old' })).operations.map((o) => `${o.action} ${o.safety}`)).toEqual(['update-stream safe']);
  });

  it('treats a live filter the design does not have as a difference, and a setting the exporter never writes as none', () => {
    expect(natsDrift(desired, state({}, [consumer({ num_replicas: 0, inactive_threshold: 5_000_000_000 })]))).toEqual([]);
    expect(natsDrift(desired, state({}, [consumer({ filter_subject: 'orders.x' })]))).toEqual([
      { kind: 'differs', resource: { type: 'consumer', name: 'ORDERS/billing' }, setting: 'filter_subject', live: 'orders.x', source: 'set on the consumer' },
    ]);
  });

  it("compares subject lists as sets and nanoseconds past 2^53 as the API's JSON reads them", () => {
    expect(settingText('subjects', ['b', 'a'])).toBe(settingText('subjects', ['a', 'b']));
    expect(settingText('backoff', ['2', '1'])).toBe('2,1');
    expect(settingText('max_age', 31_536_000_000_000_001n)).toBe(String(31_536_000_000_000_001));
  });
});
