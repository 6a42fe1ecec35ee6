/**
 * Facts about connector plugins the review recognises by their class.
 * Debezium's connectors (io.debezium.connector.*) capture a database's change
 * log; each change event is keyed by the row's primary key, or by
 * `message.key.columns` for tables without one.
 */
export function isCdcConnector(connectorClass: string): boolean {
  return connectorClass.startsWith('io.debezium.connector.');
}

/** Debezium's setting that names key columns for tables without a primary key. */
export const DEBEZIUM_KEY_COLUMNS = 'message.key.columns';

/**
 * The setting in which a source plugin takes the topic it writes, for
 * plugins that take one (most name their topics themselves, from a prefix
 * and the source's tables or files).
 */
const TOPIC_SETTINGS: Readonly<Record<string, string>> = {
  'org.apache.kafka.connect.file.FileStreamSourceConnector': 'topic',
};

export function topicSettingOf(connectorClass: string): string | undefined {
  return Object.hasOwn(TOPIC_SETTINGS, connectorClass) ? TOPIC_SETTINGS[connectorClass] : undefined;
}
