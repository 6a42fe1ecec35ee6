import { KAFKA_CONSUMER_CONFIGS, KAFKA_PRODUCER_CONFIGS, KAFKA_TOPIC_CONFIGS } from '../../brokers/kafka/config-names';
import { kindDefinition, nearest, nodesOfKind, patchNode, type Design } from '../../design';
import { defineRule } from '../rule';

/**
 * A Kafka setting no Kafka client or broker knows. The design keeps such keys
 * rather than drop them, so this rule can say which one was meant; Kafka itself
 * only logs "was supplied but isn't a known config" and runs with the default.
 */

const SECTIONS = [
  { kind: 'producer', section: 'kafka', what: 'Kafka producer', names: KAFKA_PRODUCER_CONFIGS },
  { kind: 'consumer-group', section: 'kafka', what: 'Kafka consumer', names: KAFKA_CONSUMER_CONFIGS },
  { kind: 'kafka-topic', section: 'config', what: 'Kafka topic', names: KAFKA_TOPIC_CONFIGS },
] as const;

/** The node with `key` renamed to `to`, if the kind's schema accepts the value there; otherwise no fix is offered. */
function renamed(design: Design, nodeId: string, section: string, key: string, to: string, value: unknown): Design | undefined {
  const fixed = patchNode(design, nodeId, { [section]: { [key]: undefined, [to]: value } });
  const node = fixed.nodes.find((n) => n.id === nodeId)!;
  return kindDefinition(node.kind)?.schema.safeParse(node).success ? fixed : undefined;
}

export const unknownSetting = defineRule({
  meta: {
    id: 'kafka/unknown-setting',
    category: 'operability',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'consumer-group'],
    scope: 'node',
    summary: 'Every Kafka setting a design writes must be one Kafka knows.',
    messages: {
      unknown: '{what} "{node}" sets {keys}, which Kafka does not know: it is ignored and the default applies.',
    },
  },
  check({ design, report }) {
    for (const { kind, section, what, names } of SECTIONS) {
      for (const node of nodesOfKind(design, kind)) {
        const settings = (node as unknown as Record<string, Record<string, unknown>>)[section];
        const unknown = Object.keys(settings).filter((key) => !names.has(key));
        if (unknown.length === 0) continue;
        const suggestions = unknown.map((key) => ({ key, to: nearest(key, names) }));
        report({
          target: { type: 'node', id: node.id },
          messageId: 'unknown',
          data: { what, node: node.name, keys: suggestions.map(({ key, to }) => (to ? `${key} (did you mean ${to}?)` : key)).join(', ') },
          fix: suggestions.every(({ to }) => to !== undefined)
            ? {
                label: `Rename to ${suggestions.map(({ to }) => to).join(', ')}`,
                apply: (d) => suggestions.reduce<Design>((acc, { key, to }) => renamed(acc, node.id, section, key, to!, settings[key]) ?? acc, d),
              }
            : undefined,
        });
      }
    }
  },
});
