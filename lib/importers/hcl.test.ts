import { parse as hcl2json } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { terraformKafkaExporter } from '../exporters/terraform-kafka';
import { terraformPubsubExporter } from '../exporters/terraform-pubsub';
import { loadFixture } from '../testing/exports/fixtures';
import { PUBSUB_KITCHEN_SINK } from '../testing/exports/pubsub-designs';
import type { Design } from '../design';
import { hasTemplate, HclError, literal, parseHcl } from './hcl';

function exported(design: Design, exporter = terraformPubsubExporter): string {
  const result = exporter.export(design);
  if (!result.ok) throw new Error('refused');
  return result.files[0].content;
}

function problem(text: string): { message: string; line: number; column: number } | undefined {
  try {
    parseHcl(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof HclError)) throw error;
    return { message: error.message, line: error.line, column: error.column };
  }
}

describe('HCL reader', () => {
  it.each([
    ['the Pub/Sub fixture', () => exported(loadFixture('pubsub-order-events'))],
    ['the Pub/Sub kitchen sink', () => exported(makeDesign(PUBSUB_KITCHEN_SINK))],
    ['the Kafka topics module', () => exported(loadFixture('kafka-order-pipeline'), terraformKafkaExporter)],
  ])('reads %s exactly as HashiCorp’s parser (hcl2json) does', async (_name, text) => {
    const hcl = text();
    expect(parseHcl(hcl)).toEqual(await hcl2json('main.tf', hcl));
  });

  it('reads what people write by hand: comments, heredocs, objects, tuples, escapes, numbers', async () => {
    const hcl = [
      '# a comment',
      '// another',
      '/* and a',
      '   block comment */',
      'resource "google_pubsub_subscription" "s" {',
      '  name   = "s" # trailing',
      '  topic  = google_pubsub_topic.t.id',
      '  labels = { team = "core", "cost-centre" = "42" }',
      '  list   = [1, 2.5, -3, 1e3,',
      '    true, null]',
      '  filter = <<-EOT',
      '    attributes.a = "x"',
      '      AND attributes.b = "y"',
      '  EOT',
      '  esc    = "tab\\there \\"q\\" \\u00e9 $${literal} ${var.project}"',
      '  push_config {',
      '    push_endpoint = "https://x"',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(parseHcl(hcl)).toEqual(await hcl2json('main.tf', hcl));
  });

  it('tells a template from an escaped one', () => {
    expect(hasTemplate('projects/${var.project}/x')).toBe(true);
    expect(hasTemplate('literal $${not} and %%{ no }')).toBe(false);
    expect(literal('literal $${not} and %%{ no }')).toBe('literal ${not} and %{ no }');
  });

  it('refuses what it does not read, with the line and column', () => {
    expect(problem('a = "unterminated\n')).toMatchObject({ message: 'unterminated string', line: 1 });
    expect(problem('resource "x" "y" {\n  a = 1\n')).toMatchObject({ message: 'expected "}"', line: 3 });
    expect(problem('x {\n  a = 1 + 2\n}')).toMatchObject({ message: 'unexpected "+" after the value of "a" (operators and conditionals are not read)', line: 2, column: 9 });
    expect(problem('a = 1\na = 2')).toMatchObject({ message: '"a" is set twice', line: 2, column: 1 });
    expect(problem(`${'x { '.repeat(100)}${'}'.repeat(100)}`)).toMatchObject({ message: 'nested too deeply' });
    expect(problem('a = "\\q"')).toMatchObject({ message: 'unknown escape "\\q"' });
  });
});
