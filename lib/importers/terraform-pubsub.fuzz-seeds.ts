/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `terraform-pubsub` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 */
export const FUZZ_SEEDS = {
  importer: 'terraform-pubsub',
  seeds: [
    `provider "google" {
  project = "acme"
}

resource "google_pubsub_schema" "event" {
  name       = "event"
  type       = "AVRO"
  definition = "{\\"type\\":\\"record\\",\\"name\\":\\"E\\",\\"fields\\":[]}"
}

resource "google_pubsub_topic" "orders" {
  name                       = "orders"
  message_retention_duration = "86400s"

  schema_settings {
    schema   = google_pubsub_schema.event.id
    encoding = "JSON"
  }
}

resource "google_pubsub_topic" "dead" {
  name = "orders-dead-letter"
}

resource "google_pubsub_subscription" "worker" {
  name                    = "worker"
  topic                   = google_pubsub_topic.orders.id
  ack_deadline_seconds    = 60
  enable_message_ordering = true
  filter                  = "attributes.kind = \\"a\\""

  push_config {
    push_endpoint = "https://example.com/push"

    oidc_token {
      service_account_email = "push@acme.iam.gserviceaccount.com"
    }
  }

  expiration_policy {
    ttl = ""
  }

  dead_letter_policy {
    dead_letter_topic     = google_pubsub_topic.dead.id
    max_delivery_attempts = 10
  }

  retry_policy {
    minimum_backoff = "10s"
  }
}
`,
  ],
};
