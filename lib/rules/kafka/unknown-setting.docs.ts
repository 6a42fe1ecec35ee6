import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/unknown-setting`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The Java client and the broker ignore a configuration name they do not know (the client logs "The configuration was supplied but isn\'t a known config" and carries on), so a misspelt setting silently leaves the default in place: `enable.idempotance: false` does not turn idempotence off, and `retention.hour` keeps the 7-day default. The names checked are those of Kafka\'s own ConfigDefs (producer, consumer, topic).',
  howToFix: 'Correct the name (the finding suggests the nearest known setting), or remove the key.',
  sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.consumerConfigs, KAFKA_SOURCES.topicConfigs],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotance': true } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'producer', id: 'orders-api', kafka: { 'enable.idempotence': true } }] }),
  },
};
