import fc from 'fast-check';
import { resolveDesign } from '../brokers/resolve';
import type { Design, RabbitmqPolicy } from '../design';
import { compilePolicies, effectivePolicy } from '../rabbitmq/policies';

/**
 * Adds policies by pattern to a RabbitMQ design's cluster, and gives each
 * queue what its policy gives it, as an import of the same definitions would
 * (the design then says the same thing twice, the way the review needs it).
 * The keys are ones RabbitMQ 3.10 accepts on classic and quorum queues alike.
 */

const definition = fc
  .record({ 'max-length': fc.integer({ min: 0, max: 100_000 }), expires: fc.integer({ min: 60_000, max: 2 ** 31 }), 'max-length-bytes': fc.integer({ min: 0, max: 1e9 }) }, { requiredKeys: [] })
  .filter((d) => Object.keys(d).length > 0);

export function withRabbitPolicies(designs: fc.Arbitrary<Design>): fc.Arbitrary<Design> {
  return designs.chain((design) => {
    const cluster = design.clusters.find((c) => c.broker === 'rabbitmq');
    const queues = design.nodes.filter((n) => n.kind === 'rabbitmq-queue');
    if (!cluster || queues.length === 0) return fc.constant(design);
    const vhost = queues[0].kind === 'rabbitmq-queue' ? queues[0].vhost : '/';
    return fc
      .array(
        fc.record({
          prefix: fc.constantFrom('', 'q', 'a', 'o'),
          everything: fc.boolean(),
          priority: fc.integer({ min: 0, max: 5 }),
          definition,
          applyTo: fc.constantFrom('all', 'queues') as fc.Arbitrary<'all' | 'queues'>,
        }),
        { maxLength: 3 },
      )
      .map((drawn) => {
        const policies: RabbitmqPolicy[] = drawn.map((p, i) => ({
          vhost,
          name: `policy ${i}`,
          pattern: p.everything ? '.*' : `^${p.prefix}`,
          applyTo: p.applyTo,
          priority: p.priority,
          definition: p.definition,
        }));
        const compiled = compilePolicies(policies);
        const resolved = resolveDesign(design);
        const nodes = design.nodes.map((n, i) => {
          const queue = resolved.nodes[i];
          if (n.kind !== 'rabbitmq-queue' || queue.kind !== 'rabbitmq-queue') return n;
          // A queue without a declared type has the broker's default one, which is what a policy's apply-to sees.
          const applied = effectivePolicy(compiled, { kind: 'queue', vhost: n.vhost, name: n.name, queueType: queue.type });
          const { policy: _own, ...rest } = n;
          return applied ? { ...rest, policy: applied.definition as Record<string, number> } : rest;
        });
        return { ...design, clusters: design.clusters.map((c) => (c.id === cluster.id ? { ...c, policies } : c)), nodes } as Design;
      });
  });
}
