import { describe, expect, it } from 'vitest';
import { makeDesign } from '../../design/build-design';
import { reviewDesign } from '../review';
import { runRules } from '../engine';
import { dlqMonitored } from '../core/dlq-monitored';
import { unconsumedChannel } from '../core/unconsumed-channel';

/**
 * The cross-broker rules see Artemis too: a queue is a storing channel, and a dead-letter address,
 * like an exchange, stands for the queues bound to it.
 */
describe('core rules on Artemis designs', () => {
  const withDla = (depthAlert: boolean) =>
    makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'artemis-address', id: 'orders' },
        { kind: 'artemis-queue', id: 'orders-q' },
        { kind: 'consumer-group', id: 'worker' },
        { kind: 'artemis-address', id: 'dla' },
        { kind: 'artemis-queue', id: 'dlq', depthAlert },
      ],
      connections: [
        { from: 'api', to: 'orders' },
        { from: 'orders', to: 'orders-q' },
        { from: 'orders-q', to: 'worker' },
        { from: 'orders', to: 'dla', kind: 'dead-letter' },
        { from: 'dla', to: 'dlq' },
      ],
    });

  it('core/dlq-monitored finds the queue behind a dead-letter address, undeclared as one, with no alert', () => {
    expect(runRules(withDla(false), [dlqMonitored]).map((f) => f.target)).toEqual([{ type: 'node', id: 'dlq' }]);
    expect(runRules(withDla(true), [dlqMonitored])).toEqual([]);
  });

  it('core/unconsumed-channel reports a queue nobody reads, but not a dead-letter queue', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'artemis-address', id: 'a' },
        { kind: 'artemis-queue', id: 'q' },
      ],
      connections: [{ from: 'a', to: 'q' }],
    });
    expect(runRules(design, [unconsumedChannel]).map((f) => f.message)).toEqual(['Artemis queue "q" has no consumer: messages sent to it are never processed.']);
    expect(runRules(withDla(true), [unconsumedChannel])).toEqual([]);
  });

  it('the whole review of a careful Artemis design raises nothing', () => {
    const careful = withDla(true);
    const schema = { name: 'OrderPlaced', format: 'json-schema' as const, version: '1', registry: true };
    careful.nodes = careful.nodes.map((n) => (n.kind === 'consumer-group' ? { ...n, lagAlert: true } : n.kind === 'artemis-address' ? { ...n, messageSchema: schema } : n));
    const review = reviewDesign(careful);
    expect(review.findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });
});
