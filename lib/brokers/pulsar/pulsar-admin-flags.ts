import { PULSAR_DOCS } from './sources';

/**
 * The options the pulsar-admin reference documents for the sub-commands the
 * pulsar-admin export writes (long names and their short aliases), read on
 * the date below. The export tests run the written script with pulsar-admin
 * replaced by a recorder and refuse any option not listed for its
 * sub-command, so a misspelt flag cannot ship. Options the script never
 * writes are left out, which only makes the check stricter.
 */
export const PULSAR_ADMIN_FLAGS_SOURCE = { read: '2026-12-07', page: PULSAR_DOCS.pulsarAdmin.url } as const;

export const PULSAR_ADMIN_COMMAND_FLAGS: Readonly<Record<string, readonly string[]>> = {
  'tenants create': ['--admin-roles', '-r', '--allowed-clusters', '-c'],
  'namespaces create': ['--bundles', '-b', '--clusters', '-c'],
  'namespaces set-retention': ['--time', '-t', '--size', '-s'],
  'namespaces set-message-ttl': ['--messageTTL', '-ttl'],
  'namespaces set-backlog-quota': ['--limit', '-l', '--limitTime', '-lt', '--policy', '-p', '--type', '-t'],
  'namespaces set-deduplication': ['--enable', '-e', '--disable', '-d'],
  'namespaces set-schema-compatibility-strategy': ['--compatibility', '-c'],
  'namespaces set-offload-threshold': ['--size', '-s'],
  'topics create': ['--metadata', '-m'],
  'topics create-partitioned-topic': ['--partitions', '-p', '--metadata', '-m'],
  'topics create-subscription': ['--subscription', '-s', '--messageId', '-m', '--replicated', '-r', '--property'],
};
