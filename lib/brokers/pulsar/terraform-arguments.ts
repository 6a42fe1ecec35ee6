import type { BlockArguments } from '../pubsub/terraform-arguments';
import { PULSAR_DOCS } from './sources';

/**
 * The arguments the streamnative/pulsar Terraform provider documents for the
 * resources the Pulsar export writes (docs/resources/{tenant,namespace,topic}.md
 * of streamnative/terraform-provider-pulsar), read on the date below. The
 * export tests parse the written HCL and refuse any argument not listed, so a
 * misspelt or invented one cannot ship. Blocks the export never writes
 * (permission grants, dispatch rates, persistence policies) are left out.
 */
export const PULSAR_TERRAFORM_SOURCE = { provider: 'streamnative/pulsar', read: '2026-12-07', page: PULSAR_DOCS.terraformProvider.url } as const;

export const PULSAR_TERRAFORM_RESOURCE_ARGUMENTS: Readonly<Record<string, BlockArguments>> = {
  pulsar_tenant: { attributes: ['tenant', 'admin_roles', 'allowed_clusters'], required: ['tenant'] },
  pulsar_namespace: {
    attributes: ['tenant', 'namespace', 'enable_deduplication'],
    required: ['tenant', 'namespace'],
    blocks: {
      backlog_quota: { attributes: ['limit_bytes', 'limit_seconds', 'policy', 'type'], required: ['limit_bytes', 'limit_seconds', 'policy', 'type'] },
      namespace_config: {
        attributes: [
          'anti_affinity',
          'is_allow_auto_update_schema',
          'max_consumers_per_subscription',
          'max_consumers_per_topic',
          'max_producers_per_topic',
          'message_ttl_seconds',
          'replication_clusters',
          'schema_compatibility_strategy',
          'schema_validation_enforce',
        ],
      },
      retention_policies: { attributes: ['retention_minutes', 'retention_size_in_mb'], required: ['retention_minutes', 'retention_size_in_mb'] },
    },
  },
  pulsar_topic: {
    attributes: ['tenant', 'namespace', 'topic_name', 'topic_type', 'partitions'],
    required: ['tenant', 'namespace', 'topic_name', 'topic_type', 'partitions'],
  },
};

export const PULSAR_TERRAFORM_PROVIDER_ARGUMENTS: Readonly<Record<string, BlockArguments>> = {
  pulsar: { attributes: ['web_service_url', 'token', 'api_version', 'tls_trust_certs_file_path', 'tls_allow_insecure_connection'] },
};
