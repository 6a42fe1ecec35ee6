import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import type { Design } from '../design';
import { terraformPubsubExporter } from '../exporters/terraform-pubsub';
import { loadFixture } from '../testing/exports/fixtures';
import { PUBSUB_KITCHEN_SINK } from '../testing/exports/pubsub-designs';
import { importText } from '../families';
import { terraformPubsubImporter } from './terraform-pubsub';

function hcl(design: Design): string {
  const result = terraformPubsubExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.files[0].content;
}

function imported(text: string, fileName = 'main.tf'): { design: Design; notes: string[] } {
  const result = terraformPubsubImporter.import(text, fileName);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { design: result.design, notes: result.report.map((n) => `${n.path}: ${n.message}`) };
}

/** A node's Pub/Sub settings, without where it lives and what only the design says (its backlog alert). */
function settings(node: Design['nodes'][number]): Record<string, unknown> {
  const { id: _id, cluster: _cluster, name: _name, depthAlert: _alert, ...rest } = node as Record<string, unknown>;
  if (rest.kind === 'pubsub-topic' && rest.messageSchema) rest.messageSchema = { ...(rest.messageSchema as object), version: undefined };
  return JSON.parse(JSON.stringify(rest));
}

/** The file without its leading comments (the design's name, what the file cannot keep). */
const withoutHeader = (text: string) => text.replace(/^(#[^\n]*\n)+/, '');

describe('Terraform Pub/Sub import: design → HCL → design', () => {
  it.each([
    ['the fixture', () => loadFixture('pubsub-order-events'), []],
    // The kitchen sink's topic names a schema the project already has: its format is not in the file.
    [
      'the kitchen sink',
      () => makeDesign(PUBSUB_KITCHEN_SINK),
      ['resource.google_pubsub_topic.web_clicks_v2.schema_settings.schema: schema "click-v2" is defined outside this file: its format and definition are unknown.'],
    ],
  ])('%s: the export of the import is the export, and every Pub/Sub node comes back with its settings', (_name, load, expectedNotes) => {
    const design = load();
    const first = hcl(design);
    const { design: back, notes } = imported(first);
    expect(notes).toEqual(expectedNotes);
    expect(withoutHeader(hcl(back))).toBe(withoutHeader(first));
    const pubsub = (d: Design) =>
      d.nodes
        .filter((n) => n.kind.startsWith('pubsub-'))
        .map((n) => [n.name, settings(n)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const unknownFormat = (d: Design) => JSON.parse(JSON.stringify(pubsub(d)).replace(/"format":"protobuf"/g, '"format":"none"'));
    expect(pubsub(back)).toEqual(expectedNotes.length > 0 ? unknownFormat(design) : pubsub(design));
    const nameOf = (d: Design, id: string) => d.nodes.find((n) => n.id === id)?.name;
    const links = (d: Design) =>
      d.connections
        .filter((c) => c.kind === 'subscription' || c.kind === 'dead-letter')
        .map((c) => `${c.kind} ${nameOf(d, c.from)} ${nameOf(d, c.to)}`)
        .sort();
    expect(links(back)).toEqual(links(design));
  });

  it('puts the resources of one project on one cluster that names it', () => {
    const { design } = imported(hcl(loadFixture('pubsub-order-events')));
    expect(design.clusters).toEqual([expect.objectContaining({ broker: 'pubsub', name: 'Google Cloud shop-prod', config: { project: 'shop-prod' } })]);
    expect(new Set(design.nodes.map((n) => n.cluster))).toEqual(new Set([design.clusters[0].id]));
  });

  it('reads a hand-written file and reports what the design cannot hold', () => {
    const text = [
      'provider "google" {',
      '  project = "acme"',
      '}',
      'resource "google_pubsub_topic" "t" {',
      '  name   = "jobs"',
      '  labels = { team = "core" }',
      '}',
      'resource "google_pubsub_subscription" "s" {',
      '  name                 = "jobs-worker"',
      '  topic                = "projects/acme/topics/jobs"',
      '  ack_deadline_seconds = 120',
      '  filter               = "attributes.kind = \\"resize\\""',
      '  message_retention_duration = "${local.retention}"',
      '  tags = {}',
      '}',
      'resource "google_pubsub_subscription" "other" {',
      '  name  = "elsewhere"',
      '  topic = "projects/other/topics/not-here"',
      '}',
      'resource "google_storage_bucket" "b" {',
      '  name = "bucket"',
      '}',
    ].join('\n');
    const { design, notes } = imported(text, 'jobs.tf');
    expect(design.name).toBe('jobs');
    expect(design.clusters[0]).toMatchObject({ config: { project: 'acme' } });
    expect(design.nodes.find((n) => n.name === 'jobs-worker')).toMatchObject({ ackDeadlineSeconds: 120, filter: 'attributes.kind = "resize"' });
    expect(design.connections.map((c) => `${c.kind} ${c.from} ${c.to}`)).toEqual(['subscription jobs jobs-worker']);
    expect(notes).toEqual([
      'resource.google_pubsub_topic.t.labels: labels are not held by the design: left out.',
      'resource.google_pubsub_subscription.s.tags: tags is not held by the design: left out.',
      'resource.google_pubsub_subscription.s.message_retention_duration: ${local.retention} is an expression the design cannot resolve: left out.',
      'resource.google_pubsub_subscription.other.topic: the topic projects/other/topics/not-here is not a topic of this file: the subscription is attached to none.',
      'resource.google_storage_bucket.b: google_storage_bucket is not a Pub/Sub topic or subscription: left out.',
    ]);
  });

  it('is chosen for a .tf file with Pub/Sub resources, and says where HCL it cannot read is wrong', () => {
    const text = hcl(loadFixture('pubsub-order-events'));
    const result = importText(text, 'main.tf');
    expect(result.ok).toBe(true);
    expect(terraformPubsubImporter.detect('resource "kafka_topic" "x" {}', 'main.tf')).toBe(false);
    expect(terraformPubsubImporter.import('resource "google_pubsub_topic" "t" {\n  name = "a" +\n}', 'main.tf')).toEqual({
      ok: false,
      errors: [{ message: 'Not readable as HCL: unexpected "+" after the value of "name" (operators and conditionals are not read).', line: 2, column: 14 }],
    });
    expect(terraformPubsubImporter.import('variable "x" {}', 'main.tf')).toEqual({
      ok: false,
      errors: [{ message: 'The file declares no google_pubsub_topic or google_pubsub_subscription resource.' }],
    });
  });
});
