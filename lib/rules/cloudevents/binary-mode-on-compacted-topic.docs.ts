import type { RuleDocs } from '../rule-docs';
import { CE_SOURCES } from './_sources';

const topic = (mode: string) => ({
  kind: 'kafka-topic',
  id: 'customers',
  name: 'customers',
  config: { 'cleanup.policy': 'compact' },
  messageSchema: { format: 'json', envelope: { standard: 'cloudevents', mode, type: 'com.example.customer.updated', source: '/customers' } },
});

/** The docs and examples of `cloudevents/binary-mode-on-compacted-topic`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The Kafka protocol binding for CloudEvents says that in binary mode a CloudEvent with no data is a Kafka message with no value, and that in a topic with log compaction enabled such a message is a tombstone. Compaction then deletes every earlier record with the same key, and after delete.retention.ms the tombstone itself: an event that only meant "this happened" (data is OPTIONAL in CloudEvents) wipes the key\'s state from the topic. In structured mode the message value always holds the attributes, so an event without data is never a tombstone. The finding matters only if producers ever send events without data; if none do, accept the risk with that reason.',
  howToFix:
    'Use structured mode on the compacted topic (the fix does), or make sure every event sent to it carries data, and send tombstones deliberately, as plain records with no value, when a key is to be deleted.',
  sources: [CE_SOURCES.kafkaBinding, CE_SOURCES.kafkaCompaction],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [{ kind: 'producer', id: 'crm', name: 'crm' }, topic('binary')],
      connections: [{ id: 'p', kind: 'publish', from: 'crm', to: 'customers' }],
    },
    passing: {
      queuewright: 2,
      nodes: [{ kind: 'producer', id: 'crm', name: 'crm' }, topic('structured')],
      connections: [{ id: 'p', kind: 'publish', from: 'crm', to: 'customers' }],
    },
  },
};
