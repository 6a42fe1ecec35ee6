import { describe, expect, it } from 'vitest';
import type { Design, DesignNode } from '../design';
import type { ImportResult } from './importer';
import { rabbitmqDefinitionsImporter } from './rabbitmq-definitions';

function ok(result: ImportResult): { design: Design; report: string } {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n'));
  return { design: result.design, report: result.report.map((n) => `${n.path}: ${n.message}`).join('\n') };
}
const run = (defs: Record<string, unknown>) => ok(rabbitmqDefinitionsImporter.import(JSON.stringify({ rabbit_version: '3.13.7', ...defs })));
const node = (design: Design, name: string, vhost = '/'): DesignNode => {
  const found = design.nodes.find((n) => n.name === name && 'vhost' in n && n.vhost === vhost);
  if (!found) throw new Error(`no node "${name}" in vhost ${vhost}`);
  return found;
};
const edges = (design: Design) =>
  design.connections
    .map((c) => `${c.kind} ${design.nodes.find((n) => n.id === c.from)!.name} -> ${design.nodes.find((n) => n.id === c.to)!.name}${c.routingKey !== undefined ? ` [${c.routingKey}]` : ''}`)
    .sort();

const exchange = (name: string, extra: Record<string, unknown> = {}) => ({ name, vhost: '/', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {}, ...extra });
const queue = (name: string, args: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({ name, vhost: '/', durable: true, auto_delete: false, arguments: args, ...extra });
const binding = (source: string, destination: string, routing_key = '', extra: Record<string, unknown> = {}) => ({
  source,
  vhost: '/',
  destination,
  destination_type: 'queue',
  routing_key,
  arguments: {},
  ...extra,
});

describe('RabbitMQ definitions import', () => {
  it('detects definitions files, with or without a version field', () => {
    expect(rabbitmqDefinitionsImporter.detect('{"rabbit_version": "3.6.9", "users": []}')).toBe(true);
    expect(rabbitmqDefinitionsImporter.detect('{"users": [], "queues": [], "bindings": []}')).toBe(true);
    expect(rabbitmqDefinitionsImporter.detect('{"subjects": ["a"], "retention": "limits"}')).toBe(false);
  });

  it('maps queue arguments, the queue type and the dead-letter exchange', () => {
    const { design, report } = run({
      exchanges: [exchange('dlx', { type: 'fanout' })],
      queues: [
        queue('work', { 'x-queue-type': 'quorum', 'x-delivery-limit': 5, 'x-dead-letter-exchange': 'dlx', 'x-dead-letter-routing-key': 'work.dead', 'x-queue-leader-locator': 'balanced' }),
        queue('legacy', { 'x-max-length': '1000' }, { type: 'quorum' }),
      ],
    });
    expect(node(design, 'work')).toMatchObject({ kind: 'rabbitmq-queue', type: 'quorum', arguments: { 'x-delivery-limit': 5 } });
    expect(edges(design)).toEqual(['dead-letter work -> dlx [work.dead]']);
    expect(report).toMatch(/x-queue-leader-locator.*not represented/);
    // A numeric argument given as a string is refused by RabbitMQ: reported and dropped.
    expect(node(design, 'legacy')).toMatchObject({ type: 'quorum', arguments: {} });
    expect(report).toMatch(/queues\[1\]: arguments.x-max-length: "1000" is not accepted/);
  });

  it('stops matching policies after a fixed number of pattern tests, not a time, and says so', () => {
    const policies = (count: number) => Array.from({ length: count }, (_, i) => ({ vhost: '/', name: `p${i}`, pattern: `^never-${i}$`, 'apply-to': 'queues', definition: { 'max-length': i + 1 } }));
    const queues = [...Array.from({ length: 999 }, (_, i) => queue(`q${i}`)), queue('last', {}, { name: 'never-0' })];
    // 1,000 queues × 2,000 policies is the budget: every queue is matched.
    expect(run({ policies: policies(2000), queues }).report).not.toContain('too many queues and policies');
    expect(node(run({ policies: policies(2000), queues }).design, 'never-0')).toMatchObject({ policy: { 'max-length': 1 } });
    // One policy more: the last queue is left unmatched, on every machine.
    const over = run({ policies: policies(2001), queues });
    expect(over.report).toContain('policies: There are too many queues and policies to match');
    expect(node(over.design, 'never-0')).not.toHaveProperty('policy');
  });

  it('applies the matching policy of highest priority; its dead-letter exchange becomes the connection unless the queue argument sets one', () => {
    const { design, report } = run({
      exchanges: [exchange('dlx'), exchange('other-dlx')],
      policies: [
        { vhost: '/', name: 'low', pattern: '^orders\\.', 'apply-to': 'queues', priority: 1, definition: { 'max-length': 10 } },
        {
          vhost: '/',
          name: 'high',
          pattern: '^orders\\.',
          'apply-to': 'queues',
          priority: 5,
          definition: { 'dead-letter-exchange': 'dlx', 'dead-letter-routing-key': 'dead', 'queue-mode': 'lazy', 'ha-mode': 'all' },
        },
        { vhost: '/', name: 'exchanges-only', pattern: '.*', 'apply-to': 'exchanges', priority: 9, definition: { 'max-length': 1 } },
        { vhost: 'elsewhere', name: 'other-vhost', pattern: '.*', priority: 10, definition: { 'max-length': 2 } },
      ],
      queues: [queue('orders.a'), queue('orders.b', { 'x-dead-letter-exchange': 'other-dlx' }), queue('payments')],
    });
    expect(node(design, 'orders.a')).toMatchObject({ policy: { 'queue-mode': 'lazy', 'ha-mode': 'all' } });
    expect(node(design, 'payments')).not.toHaveProperty('policy');
    expect(edges(design)).toEqual(['dead-letter orders.a -> dlx [dead]', 'dead-letter orders.b -> other-dlx']);
    // Every policy stays on the cluster as declared, including those that match nothing in the file.
    expect(design.clusters[0].policies?.map((p) => [p.name, p.vhost, p.pattern, p.applyTo, p.priority])).toEqual([
      ['low', '/', '^orders\\.', 'queues', 1],
      ['high', '/', '^orders\\.', 'queues', 5],
      ['exchanges-only', '/', '.*', 'exchanges', 9],
      ['other-vhost', 'elsewhere', '.*', 'all', 10],
    ]);
    expect(design.clusters[0].policies?.[1].definition).toEqual({ 'dead-letter-exchange': 'dlx', 'dead-letter-routing-key': 'dead', 'queue-mode': 'lazy', 'ha-mode': 'all' });
    expect(report).not.toMatch(/Policy "low"/);
  });

  it('turns an alternate-exchange argument or policy into an alternate connection', () => {
    const { design, report } = run({
      exchanges: [
        exchange('main', { arguments: { 'alternate-exchange': 'unroutable' } }),
        exchange('second'),
        exchange('unroutable', { type: 'fanout' }),
        exchange('broken', { arguments: { 'alternate-exchange': 'missing' } }),
      ],
      policies: [{ vhost: '/', name: 'AE', pattern: '^(main|second)$', 'apply-to': 'exchanges', definition: { 'alternate-exchange': 'unroutable' } }],
    });
    expect(edges(design)).toEqual(['alternate broken -> missing', 'alternate main -> unroutable', 'alternate second -> unroutable']);
    // RabbitMQ accepts an alternate exchange that is not declared: the design keeps it, declared elsewhere.
    expect(node(design, 'missing')).toMatchObject({ kind: 'rabbitmq-exchange', external: true });
    expect(report).toMatch(/Alternate exchange "missing" is not declared in this file \(vhost "\/"\): it is kept as an exchange declared elsewhere/);
  });

  it('maps bindings, exchange-to-exchange and headers arguments included, and reports bindings to missing objects', () => {
    const { design, report } = run({
      exchanges: [exchange('events'), exchange('audit', { type: 'headers' })],
      queues: [queue('all'), queue('eu')],
      bindings: [
        binding('events', 'all', '#'),
        binding('events', 'audit', '', { destination_type: 'exchange' }),
        binding('audit', 'eu', '', { arguments: { 'x-match': 'all', region: 'eu' } }),
        binding('events', 'gone', 'x'),
        binding('nowhere', 'all', 'x'),
        binding('amq.topic', 'eu', 'eu.#'),
      ],
    });
    expect(edges(design)).toEqual(['bind amq.topic -> eu [eu.#]', 'bind audit -> eu []', 'bind events -> all [#]', 'bind events -> audit []']);
    expect(design.connections.find((c) => c.arguments)?.arguments).toEqual({ 'x-match': 'all', region: 'eu' });
    expect(report).toMatch(/bindings\[3\].destination: The binding's destination queue "gone" is not declared/);
    expect(report).toMatch(/bindings\[4\].source: The binding's source exchange "nowhere" is not declared/);
    expect(report).toMatch(/"amq.topic" is a built-in exchange/);
  });

  it('keeps objects of the same name in different vhosts apart', () => {
    const { design } = run({
      vhosts: [{ name: '/' }, { name: 'b' }],
      exchanges: [exchange('x'), { ...exchange('x'), vhost: 'b' }],
      queues: [queue('q'), { ...queue('q'), vhost: 'b' }],
      bindings: [binding('x', 'q', 'one'), { ...binding('x', 'q', 'two'), vhost: 'b' }],
    });
    expect(design.nodes).toHaveLength(4);
    const b = design.connections.find((c) => c.routingKey === 'two')!;
    expect(design.nodes.find((n) => n.id === b.from)).toMatchObject({ vhost: 'b' });
    expect(design.nodes.find((n) => n.id === b.to)).toMatchObject({ vhost: 'b' });
  });

  it('refuses items without a vhost, except in a single-vhost export that names it', () => {
    const refused = rabbitmqDefinitionsImporter.import(JSON.stringify({ queues: [{ name: 'q', durable: true, auto_delete: false }], bindings: [] }));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]).toMatchObject({ path: 'queues[0].vhost' });
    const single = ok(
      rabbitmqDefinitionsImporter.import(
        JSON.stringify({ rabbitmq_definition_format: 'single_virtual_host', original_vhost_name: 'shop', queues: [{ name: 'q', durable: true, auto_delete: false }], bindings: [] }),
      ),
    );
    expect(node(single.design, 'q', 'shop').kind).toBe('rabbitmq-queue');
  });

  it('notes what the design does not hold: users, permissions, parameters, server-named queues', () => {
    const { report } = run({
      users: [{ name: 'u', password_hash: 'x', tags: [] }],
      permissions: [{ user: 'u', vhost: '/', configure: '.*', write: '.*', read: '.*' }],
      topic_permissions: [{ user: 'u', vhost: '/', exchange: 'x', write: '.*', read: '.*' }],
      global_parameters: [
        { name: 'cluster_name', value: 'c' },
        { name: 'x', value: 1 },
      ],
      parameters: [{ vhost: '/', component: 'federation-upstream', name: 'up', value: { uri: 'amqp://user:secret@host' } }],
      queues: [queue('amq.gen-abc')],
    });
    expect(report).toMatch(/1 user is not imported/);
    expect(report).toMatch(/1 permission is not imported/);
    expect(report).toMatch(/1 topic permission is not imported/);
    expect(report).toMatch(/1 global parameter is not imported/);
    expect(report).toMatch(/Federation upstream "up"/);
    expect(report).not.toMatch(/secret/);
    expect(report).toMatch(/server-named queue/);
  });

  it('refuses text that is not a definitions object', () => {
    expect(rabbitmqDefinitionsImporter.import('[]').ok).toBe(false);
    expect(rabbitmqDefinitionsImporter.import('{"queues": 3}').ok).toBe(false);
    expect(rabbitmqDefinitionsImporter.import('{"rabbit_version": "3.10"').ok).toBe(false);
  });
});
