import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { stationRates } from './capacity';
import { compileNetwork } from './network';
import { propagateRates } from './rate-propagation';

/**
 * A three-step saga: orders start it; the orchestrator sends a command to
 * payment, payment replies, the orchestrator sends the next command (to
 * shipping), shipping replies, and the reply comes back to the orchestrator,
 * which publishes on both command topics for every message it reads.
 */
function sagaDesign() {
  const topic = (id: string) => ({ kind: 'kafka-topic', id, partitions: 6, replicationFactor: 3 });
  const group = (id: string) => ({ kind: 'consumer-group', id, processingMsP50: 5, processingMsP99: 20 });
  return makeDesign(
    {
      nodes: [
        { kind: 'producer', id: 'orders-api', instances: 1, publishRate: 100 },
        topic('orders'),
        topic('payment-commands'),
        topic('payment-replies'),
        topic('shipping-commands'),
        topic('shipping-replies'),
        group('orchestrator'),
        group('payment'),
        group('shipping'),
      ],
      connections: [
        { from: 'orders-api', to: 'orders', kind: 'publish' },
        { from: 'orders', to: 'orchestrator', kind: 'consume' },
        { from: 'payment-replies', to: 'orchestrator', kind: 'consume' },
        { from: 'shipping-replies', to: 'orchestrator', kind: 'consume' },
        { from: 'orchestrator', to: 'payment-commands', kind: 'publish' },
        { from: 'orchestrator', to: 'shipping-commands', kind: 'publish' },
        { from: 'payment-commands', to: 'payment', kind: 'consume' },
        { from: 'payment', to: 'payment-replies', kind: 'publish' },
        { from: 'shipping-commands', to: 'shipping', kind: 'consume' },
        { from: 'shipping', to: 'shipping-replies', kind: 'publish' },
      ],
    },
    { recommended: false },
  );
}

const rateOf = (network: ReturnType<typeof compileNetwork>, rates: number[], channelId: string) => rates[network.stations.findIndex((s) => s.channelId === channelId)];

describe('rate propagation through loops', () => {
  const network = compileNetwork(sagaDesign());

  it('a saga loop is finite: each step of a saga instance is counted once', () => {
    const rates = stationRates(network);
    expect(rates.every(Number.isFinite)).toBe(true);
    // 100 orders/s start 100 sagas/s: each command and reply topic carries 100 msg/s, not 100 × the passes it was iterated.
    for (const channel of ['orders', 'payment-commands', 'payment-replies', 'shipping-commands', 'shipping-replies']) expect(rateOf(network, rates, channel)).toBe(100);
  });

  it('says where each loop was cut', () => {
    const { cuts } = propagateRates(network);
    expect(cuts.map((c) => [network.consumers[c.from].id, network.stations[c.station].channelId, network.consumers[c.to].id]).sort()).toEqual([
      ['payment', 'payment-replies', 'orchestrator'],
      ['shipping', 'shipping-replies', 'orchestrator'],
    ]);
    expect(network.notes.some((n) => n.includes('payment-replies') && n.includes('orchestrator'))).toBe(true);
  });

  it('a loop entered at two places counts each entry once around it', () => {
    // A retry loop: a worker publishes to retries, a retrier publishes back to work; producers feed both topics.
    const design = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 10 },
          { kind: 'producer', id: 'q', publishRate: 1 },
          { kind: 'kafka-topic', id: 'work', partitions: 1, replicationFactor: 1 },
          { kind: 'kafka-topic', id: 'retries', partitions: 1, replicationFactor: 1 },
          { kind: 'consumer-group', id: 'worker' },
          { kind: 'consumer-group', id: 'retrier' },
        ],
        connections: [
          { from: 'p', to: 'work', kind: 'publish' },
          { from: 'q', to: 'retries', kind: 'publish' },
          { from: 'work', to: 'worker', kind: 'consume' },
          { from: 'worker', to: 'retries', kind: 'publish' },
          { from: 'retries', to: 'retrier', kind: 'consume' },
          { from: 'retrier', to: 'work', kind: 'publish' },
        ],
      },
      { recommended: false },
    );
    const loop = compileNetwork(design);
    const rates = stationRates(loop);
    // p's 10/s: work, retries, back to work once (20 at work, 10 at retries); q's 1/s: retries, work, back to retries once.
    expect(rateOf(loop, rates, 'work')).toBe(21);
    expect(rateOf(loop, rates, 'retries')).toBe(12);
  });

  it('a chain longer than any iteration limit carries its rate to the end', () => {
    const length = 40;
    const nodes: unknown[] = [{ kind: 'producer', id: 'p', publishRate: 7 }];
    const connections: unknown[] = [{ from: 'p', to: 't0', kind: 'publish' }];
    for (let i = 0; i < length; i++) {
      nodes.push({ kind: 'kafka-topic', id: `t${i}`, partitions: 1, replicationFactor: 1 }, { kind: 'consumer-group', id: `g${i}` });
      connections.push({ from: `t${i}`, to: `g${i}`, kind: 'consume' });
      if (i + 1 < length) connections.push({ from: `g${i}`, to: `t${i + 1}`, kind: 'publish' });
    }
    const chain = compileNetwork(makeDesign({ nodes, connections } as Parameters<typeof makeDesign>[0], { recommended: false }));
    expect(stationRates(chain)).toEqual(new Array(length).fill(7));
  });
});
