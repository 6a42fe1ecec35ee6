import type { Rule } from '../rule';
import { cdcSourceNeedsKey } from './cdc-source-needs-key';
import { converterMatchesTopicSchema } from './converter-matches-topic-schema';
import { converterNeedsSchemaRegistry } from './converter-needs-schema-registry';
import { sinkTasksAbovePartitions } from './sink-tasks-above-partitions';
import { toleranceAllNeedsDlq } from './tolerance-all-needs-dlq';

/** Kafka Connect: connectors, their converters and error handling. */
export const connectRules = [toleranceAllNeedsDlq, converterNeedsSchemaRegistry, converterMatchesTopicSchema, cdcSourceNeedsKey, sinkTasksAbovePartitions] as const satisfies readonly Rule[];
