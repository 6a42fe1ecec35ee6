import { docs as connectCdcSourceNeedsKey } from './cdc-source-needs-key.docs';
import { docs as connectConverterMatchesTopicSchema } from './converter-matches-topic-schema.docs';
import { docs as connectConverterNeedsSchemaRegistry } from './converter-needs-schema-registry.docs';
import { docs as connectSinkTasksAbovePartitions } from './sink-tasks-above-partitions.docs';
import { docs as connectToleranceAllNeedsDlq } from './tolerance-all-needs-dlq.docs';
import type { FamilyDocs } from '../rule-docs';

/** The connect family's docs, one line per rule; the type requires every `connect/` rule and allows no other. */
export const connectDocs: FamilyDocs<'connect'> = {
  'connect/cdc-source-needs-key': connectCdcSourceNeedsKey,
  'connect/converter-matches-topic-schema': connectConverterMatchesTopicSchema,
  'connect/converter-needs-schema-registry': connectConverterNeedsSchemaRegistry,
  'connect/sink-tasks-above-partitions': connectSinkTasksAbovePartitions,
  'connect/tolerance-all-needs-dlq': connectToleranceAllNeedsDlq,
};
