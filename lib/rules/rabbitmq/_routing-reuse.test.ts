import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDesign } from '../../brokers/resolve';
import type { Design, DesignNode } from '../../design';
import { makeDesign } from '../../design/build-design';
import { messagesAt } from '../../rabbitmq/message-flows';
import { arbRabbitDesign, arbRoutingKey } from '../../testing/arbitrary-design';
import { runRules } from '../engine';
import { RULES } from '../registry';

/**
 * Routing answers are shared by consecutive designs whose routing inputs are
 * the same (lib/rabbitmq/routing-inputs.ts). Here every rule reviews a
 * sequence of edited designs in order, as the studio does, and must find
 * exactly what it finds in a fresh copy of each design, where nothing is shared.
 */

/** A RabbitMQ design with producers publishing into it and consumer groups reading it (some republishing failures). */
const arbServedDesign = fc
  .record({
    base: arbRabbitDesign(),
    producers: fc.array(fc.record({ to: fc.nat(), toQueue: fc.boolean(), key: arbRoutingKey }), { minLength: 1, maxLength: 4 }),
    groups: fc.array(fc.record({ from: fc.nat(), republishTo: fc.option(fc.nat(), { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ base, producers, groups }) => {
    const exchanges = base.nodes.filter((n) => n.kind === 'rabbitmq-exchange');
    const queues = base.nodes.filter((n) => n.kind === 'rabbitmq-queue');
    const nodes: Array<{ kind: string; id: string; [field: string]: unknown }> = [...base.nodes];
    const connections: Array<{ from: string; to: string; [field: string]: unknown }> = [...base.connections];
    producers.forEach((p, i) => {
      nodes.push({ kind: 'producer', id: `p${i}`, rabbitmq: { confirms: i % 2 === 0, persistent: true } });
      const to = p.toQueue ? queues[p.to % queues.length] : exchanges[p.to % exchanges.length];
      connections.push({ id: `pub${i}`, kind: 'publish', from: `p${i}`, to: to.id, ...(p.toQueue ? {} : { routingKey: p.key }) });
    });
    groups.forEach((g, i) => {
      nodes.push({ kind: 'consumer-group', id: `g${i}`, instances: 2 });
      connections.push({ id: `con${i}`, kind: 'consume', from: queues[g.from % queues.length].id, to: `g${i}` });
      if (g.republishTo !== undefined) connections.push({ id: `rep${i}`, kind: 'dead-letter', from: `g${i}`, to: exchanges[g.republishTo % exchanges.length].id });
    });
    return makeDesign({ clusters: [...base.clusters], nodes, connections });
  });

/** One edit: of a service (routing unchanged), of a RabbitMQ node, or of the connections. */
const arbEdit = fc.record({ what: fc.constantFrom('producer', 'group', 'queue', 'exchange', 'connection'), at: fc.nat(), value: fc.nat({ max: 3 }) });
type Edit = typeof arbEdit extends fc.Arbitrary<infer E> ? E : never;

function applyEdit(design: Design, edit: Edit): Design {
  if (edit.what === 'connection') {
    const at = edit.at % design.connections.length;
    return { ...design, connections: design.connections.filter((_, i) => i !== at) };
  }
  const kind = { producer: 'producer', group: 'consumer-group', queue: 'rabbitmq-queue', exchange: 'rabbitmq-exchange' }[edit.what];
  const candidates = design.nodes.filter((n) => n.kind === kind);
  if (candidates.length === 0) return design;
  const target = candidates[edit.at % candidates.length];
  return { ...design, nodes: design.nodes.map((n) => (n === target ? changed(n, edit.value) : n)) };
}

function changed(node: DesignNode, value: number): DesignNode {
  switch (node.kind) {
    case 'producer':
      return { ...node, rabbitmq: { ...node.rabbitmq, confirms: value % 2 === 0 } };
    case 'consumer-group':
      return { ...node, instances: value + 1 };
    case 'rabbitmq-queue':
      return { ...node, type: (['classic', 'quorum', 'stream', 'classic'] as const)[value] };
    case 'rabbitmq-exchange':
      return { ...node, type: (['direct', 'fanout', 'topic', 'headers'] as const)[value] };
    default:
      return node;
  }
}

/** What a review says, comparable with toEqual (a fix is a function: its label stands for it). */
function review(design: Design) {
  return runRules(design, RULES).map((f) => ({ ...f, fix: f.fix?.label }));
}

describe('routing answers shared between consecutive designs', () => {
  it('every rule finds in each design of an edit sequence what it finds in a fresh copy of that design', () => {
    fc.assert(
      fc.property(arbServedDesign, fc.array(arbEdit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const sequence = [start];
        for (const edit of edits) sequence.push(applyEdit(sequence[sequence.length - 1], edit));
        // Fresh copies first: reviewing them in between would break the chain of shared answers.
        const fresh = sequence.map((design) => review(structuredClone(design)));
        sequence.forEach((design, i) => expect(review(design)).toEqual(fresh[i]));
      }),
      { numRuns: 120 },
    );
    // Hundreds of full reviews: minutes on a shared machine under load, seconds alone.
  }, 300_000);

  it('an edit of a producer routes nothing again: the next design gets the same flows', () => {
    fc.assert(
      fc.property(arbServedDesign, fc.nat(), (design, at) => {
        const before = resolveDesign(design);
        const queues = before.nodes.filter((n) => n.kind === 'rabbitmq-queue');
        const flows = queues.map((q) => messagesAt(before, q.id));
        const after = resolveDesign(applyEdit(design, { what: 'producer', at, value: 1 }));
        queues.forEach((q, i) => expect(messagesAt(after, q.id)).toBe(flows[i]));
      }),
      { numRuns: 30 },
    );
  });

  it('an edit of a queue routes again', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'api' },
        { kind: 'rabbitmq-exchange', id: 'jobs', type: 'fanout' },
        { kind: 'rabbitmq-queue', id: 'work' },
        { kind: 'consumer-group', id: 'worker' },
      ],
      connections: [
        { from: 'api', to: 'jobs' },
        { from: 'jobs', to: 'work' },
        { from: 'work', to: 'worker' },
      ],
    });
    const before = resolveDesign(design);
    const flows = messagesAt(before, 'work');
    expect(flows).toHaveLength(1);
    const after = resolveDesign(applyEdit(design, { what: 'queue', at: 0, value: 1 }));
    expect(messagesAt(after, 'work')).not.toBe(flows);
    expect(messagesAt(after, 'work')).toEqual(flows);
  });
});
