import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { templateDesign } from '../templates';
import { pubsubOrderEvents } from '../templates/pubsub-order-events';
import { expectGolden, loadFixture } from '../testing/exports/fixtures';
import { PUBSUB_KITCHEN_SINK } from '../testing/exports/pubsub-designs';
import { checkTerraformFile } from '../testing/exports/terraform-arguments-check';
import type { Design } from '../design';
import { terraformPubsubExporter } from './terraform-pubsub';

type Blocks = Record<string, Record<string, Array<Record<string, unknown>>>>;

function exported(design: Design): string {
  const result = terraformPubsubExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files.map((f) => f.path)).toEqual(['terraform/pubsub/main.tf']);
  return result.files[0].content;
}

function refusal(design: Design): string[] {
  const result = terraformPubsubExporter.export(design);
  return result.ok ? [] : result.errors.map((e) => `${e.nodeId ?? '-'}: ${e.message}`);
}

describe('terraform-pubsub exporter', () => {
  it('matches the golden file for the Pub/Sub fixture', () => {
    expectGolden('terraform-pubsub', 'pubsub-order-events', terraformPubsubExporter.export(loadFixture('pubsub-order-events')));
  });

  it.each([
    ['the fixture', () => loadFixture('pubsub-order-events')],
    ['the template', () => templateDesign(pubsubOrderEvents)],
    ['the kitchen-sink design', () => makeDesign(PUBSUB_KITCHEN_SINK)],
  ])('%s: HCL that parses, with only arguments the provider documents', async (_name, design) => {
    const { problems } = await checkTerraformFile(exported(design()));
    expect(problems).toEqual([]);
  });

  it('the checker catches an argument the provider does not document, a block written as an attribute and a missing required one', async () => {
    const hcl = exported(loadFixture('pubsub-order-events'));
    const unknown = hcl.replace('  ack_deadline_seconds         = 60', '  ack_deadline_seconds         = 60\n  ack_deadline                 = 60');
    expect(unknown).not.toBe(hcl);
    expect((await checkTerraformFile(unknown)).problems).toEqual(['resource google_pubsub_subscription.fulfilment: unknown argument "ack_deadline"']);
    const asAttribute = hcl.replace(/ {2}expiration_policy \{\n {4}ttl = ""\n {2}\}/, '  expiration_policy = { ttl = "" }');
    expect((await checkTerraformFile(asAttribute)).problems).toContain('resource google_pubsub_subscription.fulfilment: "expiration_policy" must be a block, not an attribute');
    const noTopic = hcl.replace('  topic                        = google_pubsub_topic.order_events.id\n', '');
    expect((await checkTerraformFile(noTopic)).problems).toContain('resource google_pubsub_subscription.fulfilment: required argument "topic" is missing');
    const nested = hcl.replace('    max_delivery_attempts = 10', '    max_delivery_attempts = 10\n    max_attempts          = 10');
    expect((await checkTerraformFile(nested)).problems).toContain('resource google_pubsub_subscription.fulfilment.dead_letter_policy[0]: unknown argument "max_attempts"');
  });

  it('writes what the design sets: the template, read back by the HCL parser', async () => {
    const { parsed } = await checkTerraformFile(exported(templateDesign(pubsubOrderEvents)));
    const resource = parsed.resource as Blocks;
    expect(resource.google_pubsub_schema.order_event[0]).toMatchObject({ name: 'order-event', project: 'shop-prod', type: 'AVRO' });
    expect(resource.google_pubsub_topic.order_events[0]).toMatchObject({
      name: 'order-events',
      message_retention_duration: '604800s',
      message_storage_policy: [{ allowed_persistence_regions: ['europe-west1'] }],
      schema_settings: [{ schema: '${google_pubsub_schema.order_event.id}', encoding: 'JSON' }],
    });
    expect(resource.google_pubsub_subscription.fulfilment[0]).toMatchObject({
      topic: '${google_pubsub_topic.order_events.id}',
      ack_deadline_seconds: 60,
      enable_message_ordering: true,
      enable_exactly_once_delivery: true,
      expiration_policy: [{ ttl: '' }],
      dead_letter_policy: [{ dead_letter_topic: '${google_pubsub_topic.order_events_dead_letter.id}', max_delivery_attempts: 10 }],
      retry_policy: [{ minimum_backoff: '10s', maximum_backoff: '600s' }],
    });
    expect(resource.google_pubsub_subscription.notifications[0]).toMatchObject({
      filter: 'attributes.notify = "true"',
      push_config: [{ push_endpoint: 'https://notify.shop.example/pubsub/push', oidc_token: [{ service_account_email: 'pubsub-push@shop-prod.iam.gserviceaccount.com' }] }],
    });
    expect(resource.google_pubsub_subscription.analytics[0]).toMatchObject({ bigquery_config: [{ table: 'shop-prod.analytics.order_events', use_topic_schema: true, write_metadata: true }] });
    // Pub/Sub's service agent may publish to the dead-letter topic and acknowledge on both source subscriptions.
    expect(Object.keys(resource.google_pubsub_topic_iam_member)).toEqual(['order_events_dead_letter_dead_letter_publisher']);
    expect(Object.keys(resource.google_pubsub_subscription_iam_member).sort()).toEqual(['fulfilment_dead_letter_subscriber', 'notifications_dead_letter_subscriber']);
  });

  it('leaves Pub/Sub defaults unwritten: a bare subscription has its name and topic only', async () => {
    const design = makeDesign({
      nodes: [
        { kind: 'pubsub-topic', id: 'events' },
        { kind: 'pubsub-subscription', id: 'reader' },
      ],
      connections: [{ from: 'events', to: 'reader' }],
    });
    const { parsed } = await checkTerraformFile(exported(design));
    expect((parsed.resource as Blocks).google_pubsub_subscription.reader[0]).toEqual({ name: 'reader', topic: '${google_pubsub_topic.events.id}' });
  });

  it('the kitchen sink: Cloud Storage in Avro, unwrapped push, an existing schema, a set TTL', async () => {
    const { parsed } = await checkTerraformFile(exported(makeDesign(PUBSUB_KITCHEN_SINK)));
    const resource = parsed.resource as Blocks;
    expect(resource.google_pubsub_topic.web_clicks_v2[0]).toMatchObject({
      name: 'web.clicks~v2',
      schema_settings: [{ schema: 'projects/${var.project}/schemas/click-v2', encoding: 'BINARY' }],
      message_storage_policy: [{ allowed_persistence_regions: ['europe-west1', 'europe-west4'], enforce_in_transit: true }],
    });
    expect(resource.google_pubsub_schema).toBeUndefined();
    expect(resource.google_pubsub_subscription.archive[0]).toMatchObject({
      cloud_storage_config: [{ bucket: 'clicks-archive', max_duration: '120s', max_messages: 5000, avro_config: [{ write_metadata: true }] }],
    });
    expect(resource.google_pubsub_subscription.webhook[0]).toMatchObject({
      filter: `attributes.kind = "it's" AND hasPrefix(attributes.path, "/shop")`,
      expiration_policy: [{ ttl: '172800s' }],
      retry_policy: [{ minimum_backoff: '5s' }],
      push_config: [{ push_endpoint: 'https://hooks.example.com/p?x=1&y=$HOME', oidc_token: [{ audience: 'hooks' }], no_wrapper: [{ write_metadata: true }] }],
    });
  });

  it('refuses, naming the node, what Pub/Sub would reject', () => {
    const sub = (fields: Record<string, unknown>, name = 'sub') =>
      makeDesign({
        nodes: [
          { kind: 'pubsub-topic', id: 't', name: 'topic' },
          { kind: 'pubsub-subscription', id: 's', name, ...fields },
        ],
        connections: [{ from: 't', to: 's' }],
      });
    expect(refusal(sub({ deliveryType: 'push' }))).toEqual(['s: Subscription "sub" (s): it is a push subscription without a push endpoint.']);
    expect(refusal(sub({}, 'goog-sub'))).toEqual(['s: Subscription "goog-sub" (s): its name must not start with "goog".']);
    expect(refusal(sub({ deliveryType: 'bigquery', bigqueryConfig: { table: 'p.d.t', useTopicSchema: true, useTableSchema: true } }))[0]).toContain('BigQuery subscriptions take one');
    expect(refusal(sub({ deliveryType: 'cloudStorage', cloudStorageConfig: { bucket: 'b-1', maxDurationSeconds: 300 } }))[0]).toContain('maxDuration (300s) exceeds its ack deadline (10s)');
    expect(refusal(sub({ minimumBackoffSeconds: 60, maximumBackoffSeconds: 30 }))[0]).toContain('minimum backoff (60s) exceeds its maximum (30s)');
    expect(refusal(makeDesign({ nodes: [{ kind: 'pubsub-subscription', id: 'orphan' }] }))).toEqual(['orphan: Subscription "orphan": it is attached to no topic; connect one Pub/Sub topic to it.']);
    expect(refusal(makeDesign({ nodes: [{ kind: 'kafka-topic', id: 'k' }] }))).toEqual(['-: The design has no Pub/Sub topics or subscriptions.']);
  });
});
