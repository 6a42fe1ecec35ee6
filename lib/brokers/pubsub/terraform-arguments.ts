import { PUBSUB_DOCS } from './sources';

/**
 * The arguments the hashicorp/google Terraform provider documents for the
 * resources the Pub/Sub export writes: each resource's attributes, which of
 * them are required, and its nested blocks with theirs. Facts read from the
 * provider's resource pages (the "Argument Reference" sections) on the date
 * below; the export tests parse the written HCL and refuse any attribute or
 * block not listed here, so a misspelt or invented argument cannot ship.
 *
 * Listed are the arguments of the resources as documented; parts of a
 * resource the export never writes (a topic's ingestion settings and message
 * transforms, subscription tags) are left out, which only makes the check
 * stricter.
 */

export interface BlockArguments {
  attributes: readonly string[];
  required?: readonly string[];
  blocks?: Readonly<Record<string, BlockArguments>>;
}

export const TERRAFORM_ARGUMENTS_SOURCE = {
  provider: 'hashicorp/google',
  read: '2026-12-07',
  pages: [PUBSUB_DOCS.terraformTopic.url, PUBSUB_DOCS.terraformSubscription.url, PUBSUB_DOCS.terraformSchema.url],
} as const;

/** Meta-arguments Terraform accepts on every resource (not the provider's to document). */
export const TERRAFORM_META_ARGUMENTS = ['depends_on', 'count', 'for_each', 'provider', 'lifecycle'] as const;

const IAM_CONDITION: BlockArguments = { attributes: ['expression', 'title', 'description'], required: ['expression', 'title'] };

export const TERRAFORM_RESOURCE_ARGUMENTS: Readonly<Record<string, BlockArguments>> = {
  google_pubsub_topic: {
    attributes: ['name', 'project', 'kms_key_name', 'labels', 'message_retention_duration'],
    required: ['name'],
    blocks: {
      message_storage_policy: { attributes: ['allowed_persistence_regions', 'enforce_in_transit'], required: ['allowed_persistence_regions'] },
      schema_settings: { attributes: ['schema', 'encoding', 'first_revision_id', 'last_revision_id'], required: ['schema'] },
    },
  },
  google_pubsub_schema: {
    attributes: ['name', 'project', 'type', 'definition'],
    required: ['name'],
  },
  google_pubsub_subscription: {
    attributes: [
      'name',
      'topic',
      'project',
      'labels',
      'ack_deadline_seconds',
      'message_retention_duration',
      'retain_acked_messages',
      'filter',
      'enable_message_ordering',
      'enable_exactly_once_delivery',
    ],
    required: ['name', 'topic'],
    blocks: {
      push_config: {
        attributes: ['push_endpoint', 'attributes'],
        required: ['push_endpoint'],
        blocks: {
          oidc_token: { attributes: ['service_account_email', 'audience'], required: ['service_account_email'] },
          no_wrapper: { attributes: ['write_metadata'], required: ['write_metadata'] },
        },
      },
      bigquery_config: {
        attributes: ['table', 'use_topic_schema', 'use_table_schema', 'write_metadata', 'drop_unknown_fields', 'service_account_email'],
        required: ['table'],
      },
      cloud_storage_config: {
        attributes: ['bucket', 'filename_prefix', 'filename_suffix', 'filename_datetime_format', 'max_duration', 'max_bytes', 'max_messages', 'service_account_email'],
        required: ['bucket'],
        blocks: { avro_config: { attributes: ['write_metadata', 'use_topic_schema'] } },
      },
      expiration_policy: { attributes: ['ttl'], required: ['ttl'] },
      dead_letter_policy: { attributes: ['dead_letter_topic', 'max_delivery_attempts'] },
      retry_policy: { attributes: ['minimum_backoff', 'maximum_backoff'] },
    },
  },
  google_pubsub_topic_iam_member: {
    attributes: ['topic', 'role', 'member', 'project'],
    required: ['topic', 'role', 'member'],
    blocks: { condition: IAM_CONDITION },
  },
  google_pubsub_subscription_iam_member: {
    attributes: ['subscription', 'role', 'member', 'project'],
    required: ['subscription', 'role', 'member'],
    blocks: { condition: IAM_CONDITION },
  },
};

export const TERRAFORM_DATA_SOURCE_ARGUMENTS: Readonly<Record<string, BlockArguments>> = {
  google_project: { attributes: ['project_id'] },
};

/** The provider block's arguments the export writes, and the variable block's (Terraform's own). */
export const TERRAFORM_PROVIDER_ARGUMENTS: Readonly<Record<string, BlockArguments>> = {
  google: { attributes: ['project', 'region', 'zone', 'credentials', 'alias'] },
};
export const TERRAFORM_VARIABLE_ARGUMENTS: BlockArguments = { attributes: ['type', 'description', 'default', 'sensitive', 'nullable'] };
