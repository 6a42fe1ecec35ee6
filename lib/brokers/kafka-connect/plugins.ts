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
