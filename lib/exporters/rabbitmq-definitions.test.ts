import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { rabbitmqDefinitionsExporter } from './rabbitmq-definitions';
import { exactNamePattern } from './rabbitmq-topology';
import { expectGolden, loadFixture } from '../testing/exports/fixtures';

/**
 * definitions.json: golden files and what the exporter refuses. That the
 * files import into a real RabbitMQ 3.10.8 and route as designed is proven
 * in rabbitmq-broker.test.ts.
 */

const FIXTURES = ['rabbitmq-work-queue', 'rabbitmq-topic-routing'];

type Defs = {
  queues: Array<{ name: string; arguments: Record<string, unknown> }>;
  exchanges: Array<{ name: string; arguments: Record<string, unknown> }>;
  bindings: Array<{ source: string; destination: string; destination_type: string; routing_key: string; arguments: Record<string, unknown> }>;
  policies: Array<Record<string, unknown>>;
  vhosts: Array<{ name: string }>;
};

function definitions(design: Design): Defs {
  const result = rabbitmqDefinitionsExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return JSON.parse(result.files[0].content) as Defs;
}

function errors(design: Design): Array<{ nodeId?: string; message: string }> {
  const result = rabbitmqDefinitionsExporter.export(design);
  expect(result.ok, 'the export is refused').toBe(false);
  return result.ok ? [] : result.errors;
}

const queue = (props: Record<string, unknown> = {}) => ({ kind: 'rabbitmq-queue', id: 'q', name: 'q', ...props });
const rabbit = (version?: string) => [{ id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq', ...(version ? { version } : {}) }];

describe('rabbitmq-definitions exporter', () => {
  it.each(FIXTURES)('golden: %s', (fixture) => {
    expectGolden('rabbitmq-definitions', fixture, rabbitmqDefinitionsExporter.export(loadFixture(fixture)));
  });

  it('writes the queue type, dead-letter exchange and routing key as arguments, and the alternate exchange as an exchange argument', () => {
    const defs = definitions(loadFixture('rabbitmq-topic-routing'));
    expect(defs.queues.find((q) => q.name === 'orders.delay')!.arguments).toEqual({
      'x-queue-type': 'classic',
      'x-message-ttl': 300,
      'x-dead-letter-exchange': 'shop.dlx',
      'x-dead-letter-routing-key': 'expired',
    });
    expect(defs.exchanges.find((e) => e.name === 'shop.events')!.arguments).toEqual({ 'alternate-exchange': 'shop.unrouted' });
    expect(defs.bindings.find((b) => b.destination === 'reports.pdf')).toMatchObject({ source: 'shop.reports', routing_key: '', arguments: { 'x-match': 'all', format: 'pdf', type: 'report' } });
    expect(defs.bindings.find((b) => b.destination === 'shop.notify')).toMatchObject({ destination_type: 'exchange', routing_key: '*.shipped.*' });
    expect(defs.policies).toEqual([{ vhost: 'shop', name: 'audit policy', pattern: '^audit$', 'apply-to': 'queues', priority: 0, definition: { 'message-ttl': 86400000, 'max-length': 100000 } }]);
  });

  it('writes one file per cluster when the design has several', () => {
    const design = makeDesign({
      clusters: [...rabbit(), { id: 'edge', name: 'Edge', broker: 'rabbitmq' }],
      nodes: [queue({ cluster: 'rabbit' }), queue({ id: 'q2', name: 'q2', cluster: 'edge' })],
    });
    const result = rabbitmqDefinitionsExporter.export(design);
    expect(result.ok && result.files.map((f) => f.path)).toEqual(['definitions/rabbit.json', 'definitions/edge.json']);
  });

  it('policy patterns match exactly the queue name (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), (name, extra) => {
        const pattern = new RegExp(exactNamePattern(name), 'u');
        expect(pattern.test(name)).toBe(true);
        expect(pattern.test(name + extra)).toBe(false);
        expect(pattern.test(extra + name)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  describe('-1 as x-delivery-limit means unlimited', () => {
    it('RabbitMQ 3 leaves it out (it refuses -1)', () => {
      const defs = definitions(makeDesign({ clusters: rabbit('3.13'), nodes: [queue({ cluster: 'rabbit', arguments: { 'x-delivery-limit': -1 } })] }));
      expect(defs.queues[0].arguments).toEqual({ 'x-queue-type': 'quorum' });
    });
    it('RabbitMQ 4 writes -1', () => {
      const defs = definitions(makeDesign({ clusters: rabbit('4.1'), nodes: [queue({ cluster: 'rabbit', arguments: { 'x-delivery-limit': -1 } })] }));
      expect(defs.queues[0].arguments).toEqual({ 'x-queue-type': 'quorum', 'x-delivery-limit': -1 });
    });
  });

  describe('refuses what the broker would refuse or silently drop, naming the node', () => {
    it('arguments the queue type does not support', () => {
      expect(errors(makeDesign({ nodes: [queue({ type: 'quorum', arguments: { 'x-max-priority': 5 } })] }))[0]).toMatchObject({
        nodeId: 'q',
        message: expect.stringContaining('x-max-priority, which quorum queues do not support'),
      });
      expect(errors(makeDesign({ nodes: [queue({ type: 'classic', arguments: { 'x-delivery-limit': 5 } })] }))[0].message).toContain('classic queues do not support');
      expect(errors(makeDesign({ nodes: [queue({ type: 'stream', arguments: { 'x-message-ttl': 5 } })] }))[0].message).toContain('stream queues do not support');
      expect(errors(makeDesign({ nodes: [queue({ type: 'quorum', arguments: { 'x-overflow': 'reject-publish-dlx' } })] }))[0].message).toContain('reject-publish-dlx');
    });

    it('features newer than the target version (3.10 when the cluster has none)', () => {
      expect(errors(makeDesign({ nodes: [queue({ type: 'quorum', arguments: { 'x-consumer-timeout': 60000 } })] }))[0].message).toContain('from RabbitMQ 3.12; the target is RabbitMQ 3.10');
      expect(definitions(makeDesign({ clusters: rabbit('3.12'), nodes: [queue({ cluster: 'rabbit', arguments: { 'x-consumer-timeout': 60000 } })] })).queues[0].arguments).toMatchObject({
        'x-consumer-timeout': 60000,
      });
      expect(errors(makeDesign({ clusters: rabbit('3.9'), nodes: [queue({ cluster: 'rabbit', type: 'quorum', arguments: { 'x-message-ttl': 5 } })] }))[0].message).toContain('from RabbitMQ 3.10');
      expect(errors(makeDesign({ clusters: rabbit('3.8'), nodes: [queue({ cluster: 'rabbit', type: 'stream' })] }))[0].message).toContain('needs RabbitMQ 3.9');
      expect(errors(makeDesign({ clusters: rabbit('4.0'), nodes: [queue({ cluster: 'rabbit', type: 'classic', policy: { 'ha-mode': 'all' } })] }))[0].message).toContain('removed');
    });

    it('queues that cannot be declared ahead of time or as configured', () => {
      expect(errors(makeDesign({ nodes: [queue({ type: 'classic', exclusive: true })] }))[0].message).toContain('exclusive');
      expect(errors(makeDesign({ nodes: [queue({ type: 'quorum', durable: false })] }))[0].message).toContain('durable');
      const stream = makeDesign({ nodes: [queue({ type: 'stream' }), { kind: 'rabbitmq-exchange', id: 'dlx' }], connections: [{ from: 'q', to: 'dlx', kind: 'dead-letter' }] });
      expect(errors(stream)[0].message).toContain('streams do not dead-letter');
    });

    it('reserved, too long and duplicate names (but a queue and an exchange may share one)', () => {
      expect(errors(makeDesign({ nodes: [queue({ name: 'amq.work' })] }))[0].message).toContain('amq.');
      expect(errors(makeDesign({ nodes: [queue({ name: 'é'.repeat(128) })] }))[0].message).toContain('256 bytes');
      expect(errors(makeDesign({ nodes: [queue(), queue({ id: 'q2' })] }))[0]).toMatchObject({ nodeId: 'q2', message: expect.stringContaining('same name') });
      expect(definitions(makeDesign({ nodes: [queue(), { kind: 'rabbitmq-exchange', id: 'x', name: 'q' }] })).queues).toHaveLength(1);
    });

    it('routing across vhosts, several alternate exchanges, invalid x-match', () => {
      const crossVhost = makeDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'x', vhost: 'a' }, queue({ vhost: 'b' })],
        connections: [{ from: 'x', to: 'q', kind: 'bind' }],
      });
      expect(errors(crossVhost)[0].message).toContain('within one vhost');
      const twoAlternates = makeDesign({
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'x' },
          { kind: 'rabbitmq-exchange', id: 'a1' },
          { kind: 'rabbitmq-exchange', id: 'a2' },
        ],
        connections: [
          { from: 'x', to: 'a1', kind: 'alternate' },
          { from: 'x', to: 'a2', kind: 'alternate' },
        ],
      });
      expect(errors(twoAlternates)[0]).toMatchObject({ nodeId: 'x', message: expect.stringContaining('2 alternate exchanges') });
      const badMatch = makeDesign({
        nodes: [{ kind: 'rabbitmq-exchange', id: 'x', type: 'headers' }, queue()],
        connections: [{ from: 'x', to: 'q', kind: 'bind', arguments: { 'x-match': 'some' } }],
      });
      expect(errors(badMatch)[0].message).toContain('x-match "some"');
    });

    it('policy keys RabbitMQ does not know and values of the wrong type', () => {
      expect(errors(makeDesign({ nodes: [queue({ type: 'classic', policy: { 'max-lenght': 5 } })] }))[0].message).toContain('"max-lenght"');
      expect(errors(makeDesign({ nodes: [queue({ type: 'classic', policy: { 'message-ttl': '5' } })] }))[0].message).toContain('whole number');
      expect(errors(makeDesign({ nodes: [queue({ type: 'classic', policy: { 'ha-mode': 'exactly' } })] }))[0].message).toContain('ha-params');
    });

    it('a design without RabbitMQ', () => {
      expect(errors(loadFixture('kafka-order-pipeline'))[0].message).toContain('no RabbitMQ');
    });
  });
});
