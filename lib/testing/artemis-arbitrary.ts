import fc from 'fast-check';
import type { Design } from '../design';
import { makeDesign, type TestConnection } from '../design/build-design';

/**
 * Generated Artemis designs for the property tests of the broker.xml export: one to three addresses of
 * either routing type with any subset of their settings, queues with any of their attributes (some bound
 * to no address), dead-letter addresses between them, a producer and consumers. Names are unique, as
 * Artemis needs them on one broker.
 */
export function arbArtemisDesign(): fc.Arbitrary<Design> {
  const settings = fc.record(
    {
      'max-delivery-attempts': fc.constantFrom(-1, 1, 3, 10),
      'redelivery-delay': fc.constantFrom(0, 500, 5000),
      'redelivery-delay-multiplier': fc.constantFrom(1, 1.5, 2),
      'max-redelivery-delay': fc.constantFrom(10_000, 300_000),
      'expiry-address': fc.constantFrom('ExpiryQueue', 'expired'),
      'address-full-policy': fc.constantFrom('PAGE', 'BLOCK', 'DROP', 'FAIL'),
      'max-size-bytes': fc.constantFrom(-1, 10_485_760),
      'max-size-messages': fc.constantFrom(-1, 50_000),
      'default-last-value-queue': fc.boolean(),
      'default-last-value-key': fc.constantFrom('key', 'sku'),
      'default-exclusive-queue': fc.boolean(),
      'default-group-rebalance': fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const queue = fc.record(
    {
      durable: fc.boolean(),
      filter: fc.constantFrom("region = 'EU'", 'priority > 4'),
      exclusive: fc.boolean(),
      'last-value-key': fc.constantFrom('symbol', 'id'),
      'group-rebalance': fc.boolean(),
      'group-buckets': fc.constantFrom(-1, 16),
      'max-consumers': fc.constantFrom(-1, 1, 10),
      'purge-on-no-consumers': fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const address = fc.record({
    routingType: fc.constantFrom('anycast', 'multicast'),
    settings,
    queues: fc.array(fc.record({ queue, consumed: fc.boolean(), bound: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)) }), { maxLength: 3 }),
    deadLetter: fc.option(fc.nat(), { nil: undefined }),
  });
  return fc.array(address, { minLength: 1, maxLength: 3 }).map((addresses) => {
    const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [{ kind: 'producer', id: 'producer' }];
    const connections: TestConnection[] = [];
    addresses.forEach((a, i) => {
      nodes.push({ kind: 'artemis-address', id: `a${i}`, name: `address.${i}`, cluster: 'artemis', routingType: a.routingType, settings: a.settings });
      connections.push({ from: 'producer', to: `a${i}` });
      a.queues.forEach((q, j) => {
        const id = `a${i}q${j}`;
        nodes.push({ kind: 'artemis-queue', id, name: `queue.${i}.${j}`, cluster: 'artemis', ...q.queue });
        if (q.bound) connections.push({ from: `a${i}`, to: id, kind: 'bind' });
        if (q.consumed) {
          nodes.push({ kind: 'consumer-group', id: `${id}-reader` });
          connections.push({ from: id, to: `${id}-reader`, kind: 'consume' });
        }
      });
      const target = a.deadLetter === undefined ? undefined : a.deadLetter % addresses.length;
      if (target !== undefined && target !== i) connections.push({ from: `a${i}`, to: `a${target}`, kind: 'dead-letter' });
    });
    return makeDesign({ name: 'Generated Artemis design', clusters: [{ id: 'artemis', name: 'Artemis', broker: 'artemis' }], nodes, connections }, { recommended: false });
  });
}
