import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { rabbitmqDefinitionsExporter } from '../exporters/rabbitmq-definitions';
import { hostileString } from '../testing/arbitrary-any-design';
import { arbName, arbRabbitDesign } from '../testing/arbitrary-design';
import { withRabbitPolicies } from '../testing/arbitrary-rabbitmq-policies';
import { rabbitFacts } from '../testing/rabbitmq-facts';
import { rabbitmqDefinitionsImporter } from './rabbitmq-definitions';

/**
 * design → definitions.json → design keeps every exchange, queue, binding
 * and argument, and the cluster's policies by pattern: the RabbitMQ exporter
 * and importer agree on the format. Compared by what the broker sees (names,
 * vhosts, types, flags, arguments, policies, bindings, alternate and
 * dead-letter exchanges), since node ids are not part of definitions.json;
 * and the file exported again from the imported design is the same file.
 */

const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 100);

/** Names the broker and the exporter accept: well-formed Unicode, no `amq.` prefix, at most 255 bytes. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const accepted = (n: string) => !LONE_SURROGATE.test(n) && new TextEncoder().encode(n).length <= 255;
const names = fc.oneof(arbName, hostileString(60)).filter((n) => !n.startsWith('amq.') && accepted(n));
const vhosts = fc.oneof(fc.constant('/'), hostileString(60).filter(accepted));
/** Queue policies the exporter writes as a `^name$` policy (valid keys for every queue type on RabbitMQ 3.10). */
const policies = fc.option(
  fc.record({ expires: fc.integer({ min: 1, max: 2 ** 31 }), 'max-length': fc.integer({ min: 0, max: 1e6 }), 'message-ttl': fc.integer({ min: 0, max: 1e9 }) }, { requiredKeys: [] }),
  { nil: undefined },
);

const designs = fc
  .tuple(vhosts, fc.boolean())
  .chain(([vhost, internal]) => fc.tuple(withRabbitPolicies(arbRabbitDesign({ vhost, names })), fc.array(policies, { minLength: 8, maxLength: 8 }), fc.constant(internal)))
  .map(([design, policyList, internal]) => {
    // Add what the shared generators leave out: policies of single queues (above the cluster's) and internal exchanges.
    let i = 0;
    const nodes = design.nodes.map((node) => {
      if (node.kind === 'rabbitmq-queue') {
        const policy = policyList[i++ % policyList.length];
        return policy && Object.keys(policy).length > 0 ? { ...node, policy } : node;
      }
      if (node.kind === 'rabbitmq-exchange' && internal && node.id === 'x0') return { ...node, internal: true };
      return node;
    });
    return { ...design, nodes } as Design;
  });

describe('RabbitMQ definitions round trip', () => {
  it('design → definitions.json → design keeps every exchange, queue, binding and argument', () => {
    let exported = 0;
    fc.assert(
      fc.property(designs, (design) => {
        const out = rabbitmqDefinitionsExporter.export(design);
        if (!out.ok) throw new Error(`export refused a generated design: ${out.errors.map((e) => e.message).join('; ')}`);
        exported++;
        expect(out.files).toHaveLength(1);
        const result = rabbitmqDefinitionsImporter.import(out.files[0].content, out.files[0].path);
        if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
        // The policies of single queues come back as the cluster's too (they are policies in the file).
        const declared = new Set(design.clusters.flatMap((c) => c.policies ?? []).map((p) => p.name));
        const facts = rabbitFacts(result.design);
        expect({ ...facts, policies: facts.policies.filter((p) => declared.has(p.name)) }).toEqual(rabbitFacts(design));
        const again = rabbitmqDefinitionsExporter.export(result.design);
        if (!again.ok) throw new Error(again.errors.map((e) => e.message).join('\n'));
        expect(again.files).toEqual(out.files);
        // No note says something was lost: the only ones say that a binding's built-in exchange is in the design.
        expect(result.report.filter((n) => !/is a built-in exchange of every vhost/.test(n.message))).toEqual([]);
        expect(result.design.clusters.map((c) => c.broker)).toEqual(['rabbitmq']);
      }),
      { numRuns: RUNS },
    );
    expect(exported).toBe(RUNS);
  }, 60_000);
});
