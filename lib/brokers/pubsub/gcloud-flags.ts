import { PUBSUB_DOCS } from './sources';

/**
 * The flags the Google Cloud CLI documents for the commands the Pub/Sub
 * export's script runs (the SYNOPSIS and FLAGS sections of each command's
 * reference page), read on the date below. The export tests split the
 * written script into commands and refuse any flag not listed for its
 * command, so a misspelt flag cannot ship. Flags the script never writes
 * (ingestion sources, message transforms, tags, Bigtable export) are left
 * out, which only makes the check stricter.
 */

export const GCLOUD_FLAGS_SOURCE = {
  read: '2026-12-07',
  pages: [PUBSUB_DOCS.gcloudTopicsCreate.url, PUBSUB_DOCS.gcloudSubscriptionsCreate.url, PUBSUB_DOCS.gcloudSchemasCreate.url],
} as const;

/** Flags every gcloud command takes (gcloud topic flags). */
export const GCLOUD_WIDE_FLAGS = ['--project', '--format', '--quiet', '--verbosity', '--account', '--impersonate-service-account'] as const;

export const GCLOUD_COMMAND_FLAGS: Readonly<Record<string, readonly string[]>> = {
  'pubsub topics create': [
    '--labels',
    '--message-retention-duration',
    '--message-storage-policy-allowed-regions',
    '--message-storage-policy-enforce-in-transit',
    '--schema',
    '--schema-project',
    '--message-encoding',
    '--first-revision-id',
    '--last-revision-id',
    '--topic-encryption-key',
    '--topic-encryption-key-keyring',
    '--topic-encryption-key-location',
    '--topic-encryption-key-project',
  ],
  'pubsub schemas create': ['--type', '--definition', '--definition-file'],
  'pubsub subscriptions create': [
    '--topic',
    '--topic-project',
    '--ack-deadline',
    '--enable-exactly-once-delivery',
    '--enable-message-ordering',
    '--expiration-period',
    '--labels',
    '--message-filter',
    '--message-retention-duration',
    '--retain-acked-messages',
    '--bigquery-table',
    '--bigquery-service-account-email',
    '--drop-unknown-fields',
    '--write-metadata',
    '--use-table-schema',
    '--use-topic-schema',
    '--cloud-storage-bucket',
    '--cloud-storage-file-datetime-format',
    '--cloud-storage-file-prefix',
    '--cloud-storage-file-suffix',
    '--cloud-storage-max-bytes',
    '--cloud-storage-max-duration',
    '--cloud-storage-max-messages',
    '--cloud-storage-output-format',
    '--cloud-storage-service-account-email',
    '--cloud-storage-use-topic-schema',
    '--cloud-storage-write-metadata',
    '--max-delivery-attempts',
    '--dead-letter-topic',
    '--dead-letter-topic-project',
    '--max-retry-delay',
    '--min-retry-delay',
    '--push-endpoint',
    '--push-auth-service-account',
    '--push-auth-token-audience',
    '--push-no-wrapper',
    '--push-no-wrapper-write-metadata',
  ],
  'pubsub topics add-iam-policy-binding': ['--member', '--role', '--condition', '--condition-from-file'],
  'pubsub subscriptions add-iam-policy-binding': ['--member', '--role', '--condition', '--condition-from-file'],
  'projects describe': [],
};
