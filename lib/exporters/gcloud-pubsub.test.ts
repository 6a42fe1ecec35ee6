import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import type { Design } from '../design';
import { expectGolden, loadFixture } from '../testing/exports/fixtures';
import { gcloudCalls, gcloudFlagProblems } from '../testing/exports/gcloud-flags-check';
import { PUBSUB_KITCHEN_SINK } from '../testing/exports/pubsub-designs';
import { checkTerraformFile } from '../testing/exports/terraform-arguments-check';
import { gcloudPubsubExporter } from './gcloud-pubsub';
import { terraformPubsubExporter } from './terraform-pubsub';

function script(design: Design): string {
  const result = gcloudPubsubExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files.map((f) => f.path)).toEqual(['gcloud/pubsub.sh']);
  return result.files[0].content;
}

/** The value of `--flag=` in a call, as bash handed it over. */
function flagValue(call: string[], flag: string): string | undefined {
  return call.find((w) => w.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

function callFor(calls: string[][], command: string, name: string): string[] {
  const call = calls.find((c) => c.slice(0, 3).join(' ') === command && c[3] === name);
  if (!call) throw new Error(`no ${command} ${name}`);
  return call;
}

describe('gcloud-pubsub exporter', () => {
  it('matches the golden file for the Pub/Sub fixture', () => {
    expectGolden('gcloud-pubsub', 'pubsub-order-events', gcloudPubsubExporter.export(loadFixture('pubsub-order-events')));
  });

  it.each([
    ['the fixture', () => loadFixture('pubsub-order-events')],
    ['the kitchen-sink design', () => makeDesign(PUBSUB_KITCHEN_SINK)],
  ])('%s: bash reads it, and every flag it hands gcloud is documented for its command', (_name, design) => {
    const text = script(design());
    execFileSync('bash', ['-n', '-c', text], { env: { PATH: process.env.PATH } as unknown as NodeJS.ProcessEnv });
    const calls = gcloudCalls(text, { PROJECT: 'test-project' });
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(gcloudFlagProblems(calls)).toEqual([]);
  });

  it('the checker catches a flag gcloud does not document and a command it does not know', () => {
    const text = script(loadFixture('pubsub-order-events'));
    const wrong = text.replace('--ack-deadline=60', '--ack-deadline-seconds=60').replace('gcloud pubsub topics create', 'gcloud pubsub topic create');
    expect(wrong).not.toBe(text);
    expect(gcloudFlagProblems(gcloudCalls(wrong))).toEqual([
      'gcloud pubsub topic create: not a command the table documents',
      'gcloud pubsub subscriptions create: unknown flag --ack-deadline-seconds',
    ]);
  });

  it('hands gcloud exactly the design’s values: the fixture', () => {
    const calls = gcloudCalls(script(loadFixture('pubsub-order-events')));
    const topic = loadFixture('pubsub-order-events').nodes.find((n) => n.id === 'order-events');
    const definition = topic?.kind === 'pubsub-topic' ? topic.messageSchema.definition : undefined;
    expect(calls[0]).toEqual(['pubsub', 'schemas', 'create', 'order-event', '--project=shop-prod', '--type=avro', `--definition=${definition}`]);
    const fulfilment = callFor(calls, 'pubsub subscriptions create', 'fulfilment');
    expect(fulfilment).toEqual(
      expect.arrayContaining([
        '--topic=order-events',
        '--ack-deadline=60',
        '--enable-message-ordering',
        '--enable-exactly-once-delivery',
        '--expiration-period=never',
        '--dead-letter-topic=order-events-dead-letter',
        '--max-delivery-attempts=10',
        '--min-retry-delay=10s',
        '--max-retry-delay=600s',
      ]),
    );
    const notifications = callFor(calls, 'pubsub subscriptions create', 'notifications');
    expect(flagValue(notifications, '--message-filter')).toBe('attributes.notify = "true"');
    expect(flagValue(notifications, '--push-auth-service-account')).toBe('pubsub-push@shop-prod.iam.gserviceaccount.com');
    expect(flagValue(callFor(calls, 'pubsub subscriptions create', 'analytics'), '--bigquery-table')).toBe('shop-prod:analytics.order_events');
    const grants = calls.filter((c) => c[2] === 'add-iam-policy-binding');
    expect(grants.map((c) => `${c[1]} ${c[3]} ${flagValue(c, '--role')} ${flagValue(c, '--member')}`)).toEqual([
      'topics order-events-dead-letter roles/pubsub.publisher serviceAccount:service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com',
      'subscriptions fulfilment roles/pubsub.subscriber serviceAccount:service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com',
      'subscriptions notifications roles/pubsub.subscriber serviceAccount:service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com',
    ]);
  });

  it('quotes what the shell would read: the kitchen sink’s filter, endpoint and names pass through unchanged', () => {
    const calls = gcloudCalls(script(makeDesign(PUBSUB_KITCHEN_SINK)), { PROJECT: 'p-1' });
    const webhook = callFor(calls, 'pubsub subscriptions create', 'webhook');
    expect(flagValue(webhook, '--message-filter')).toBe(`attributes.kind = "it's" AND hasPrefix(attributes.path, "/shop")`);
    expect(flagValue(webhook, '--push-endpoint')).toBe('https://hooks.example.com/p?x=1&y=$HOME');
    expect(webhook).toEqual(expect.arrayContaining(['--project=p-1', '--topic=web.clicks~v2', '--expiration-period=172800s', '--push-no-wrapper', '--retain-acked-messages']));
    expect(callFor(calls, 'pubsub topics create', 'web.clicks~v2')).toEqual(
      expect.arrayContaining(['--schema=click-v2', '--message-encoding=binary', '--message-storage-policy-allowed-regions=europe-west1,europe-west4']),
    );
  });

  it('says what the Terraform export says, setting by setting', async () => {
    for (const design of [loadFixture('pubsub-order-events'), makeDesign(PUBSUB_KITCHEN_SINK)]) {
      const calls = gcloudCalls(script(design), { PROJECT: 'p' });
      const tf = terraformPubsubExporter.export(design);
      if (!tf.ok) throw new Error('refused');
      const { parsed } = await checkTerraformFile(tf.files[0].content);
      const subscriptions = (parsed.resource as Record<string, Record<string, Array<Record<string, unknown>>>>).google_pubsub_subscription;
      for (const [, [hcl]] of Object.entries(subscriptions)) {
        const call = callFor(calls, 'pubsub subscriptions create', String(hcl.name));
        expect(flagValue(call, '--ack-deadline'), String(hcl.name)).toBe(hcl.ack_deadline_seconds === undefined ? undefined : String(hcl.ack_deadline_seconds));
        expect(flagValue(call, '--message-filter')).toBe(hcl.filter);
        expect(call.includes('--enable-message-ordering')).toBe(hcl.enable_message_ordering === true);
        const ttl = (hcl.expiration_policy as Array<{ ttl: string }> | undefined)?.[0].ttl;
        expect(flagValue(call, '--expiration-period')).toBe(ttl === undefined ? undefined : ttl === '' ? 'never' : ttl);
      }
    }
  });

  it('refuses what the Terraform export refuses (one topology)', () => {
    const design = makeDesign({ nodes: [{ kind: 'pubsub-subscription', id: 'orphan' }] });
    expect(gcloudPubsubExporter.export(design)).toEqual(terraformPubsubExporter.export(design));
  });
});
