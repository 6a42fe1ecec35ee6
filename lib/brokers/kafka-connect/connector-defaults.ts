import type { DefaultValue } from '../source';

/**
 * What a Kafka Connect connector runs with when its configuration leaves a
 * setting unset: Connect's own defaults (ConnectorConfig, SinkConnectorConfig,
 * SourceConnectorConfig), the same in every Kafka release since the setting
 * appeared. Converters have no Connect default: an unset converter is the
 * worker's `key.converter` / `value.converter`, which the design does not
 * know, so rules about converters judge only converters the design names.
 */
export const CONNECT_DEFAULTS = {
  'tasks.max': { value: 1, url: 'https://kafka.apache.org/documentation/#connectconfigs_tasks.max' },
  'errors.tolerance': { value: 'none', url: 'https://kafka.apache.org/documentation/#sinkconnectorconfigs_errors.tolerance' },
  'errors.deadletterqueue.topic.replication.factor': { value: 3, url: 'https://kafka.apache.org/documentation/#sinkconnectorconfigs_errors.deadletterqueue.topic.replication.factor' },
  'errors.deadletterqueue.context.headers.enable': { value: false, url: 'https://kafka.apache.org/documentation/#sinkconnectorconfigs_errors.deadletterqueue.context.headers.enable' },
  'exactly.once.support': { value: 'requested', url: 'https://kafka.apache.org/documentation/#sourceconnectorconfigs_exactly.once.support' },
} as const satisfies Record<string, DefaultValue<unknown>>;
