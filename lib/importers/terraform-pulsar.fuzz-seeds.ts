/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `terraform-pulsar` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'terraform-pulsar',
  seeds: [
    `variable "pulsar_cluster" {
  type    = string
  default = "standalone"
}

resource "pulsar_tenant" "shop" {
  tenant           = "shop"
  allowed_clusters = [var.pulsar_cluster]
}

resource "pulsar_namespace" "shop_orders" {
  tenant               = pulsar_tenant.shop.tenant
  namespace            = "orders"
  enable_deduplication = true

  retention_policies {
    retention_minutes    = "4320"
    retention_size_in_mb = "10240"
  }

  backlog_quota {
    limit_bytes   = "10737418240"
    limit_seconds = "-1"
    policy        = "producer_request_hold"
    type          = "destination_storage"
  }

  namespace_config {
    message_ttl_seconds = 604800
  }
}

resource "pulsar_topic" "orders" {
  tenant     = pulsar_tenant.shop.tenant
  namespace  = pulsar_namespace.shop_orders.namespace
  topic_type = "persistent"
  topic_name = "orders"
  partitions = 4
}
`,
  ],
};
