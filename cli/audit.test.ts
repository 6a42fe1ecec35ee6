import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main';

/** The modules load lazily, slow on a loaded machine: hence the 30 s bounds. audit, plan and apply refuse bad arguments with one line and exit 2, before connecting anywhere (the broker cases are in lib/live/*-audit.test.ts). */

const dir = mkdtempSync(join(tmpdir(), 'queuewright-audit-cli-'));
writeFileSync(join(dir, 'd.json'), JSON.stringify({ queuewright: 2, nodes: [{ kind: 'kafka-topic', id: 't', name: 't' }] }));
writeFileSync(join(dir, 'broken.json'), '{"queuewright": 2, "nodes": [');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir, env: {} });
  return { code, stdout, stderr };
}

describe('audit, plan and apply arguments', () => {
  it('need a cluster: --bootstrap or --url, not both, not neither', async () => {
    expect(await run(['audit', 'd.json'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs the cluster to compare with: --bootstrap host:port for Kafka, or --url/) });
    expect(await run(['plan', 'd.json', '--bootstrap', 'a:1', '--url', 'http://b:15672'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/one of them/) });
  }, 30_000);

  it('take exactly one design, and say why a design cannot be read', async () => {
    expect(await run(['audit', '--bootstrap', 'a:1'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/audit takes one design file/) });
    expect(await run(['apply', 'd.json', 'd.json', '--bootstrap', 'a:1'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/apply takes one design file/) });
    expect(await run(['audit', 'broken.json', '--bootstrap', 'a:1'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/broken.json is not a readable design/) });
  }, 30_000);

  it('check --allow-delete, --format and the connection before connecting', async () => {
    expect(await run(['apply', 'd.json', '--bootstrap', 'a:1', '--allow-delete', 'orders'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--allow-delete takes resources as type:name.*not "orders"/),
    });
    expect(await run(['audit', 'd.json', '--bootstrap', 'a:1', '--format', 'yaml'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format must be one of text, json/) });
    expect(await run(['audit', 'd.json', '--bootstrap', 'not a host'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/The connection is not valid: bootstrap: Bootstrap servers are host:port/),
    });
    expect(await run(['audit', 'd.json', '--bootstrap', 'a:1', '--timeout', '0'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--timeout is in seconds, from 1 to 60/) });
  }, 30_000);

  it("take --from nats and --from sqs-sns with the import's connection flags, refusing another source's", async () => {
    expect(await run(['audit', 'd.json', '--from', 'mqtt'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--from is one of kafka, rabbitmq, nats, sqs-sns, not "mqtt"/) });
    expect(await run(['audit', 'd.json', '--from', 'nats'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--from nats needs --url/) });
    expect(await run(['plan', 'd.json', '--from', 'nats', '--url', 'nats://a:1', '--bootstrap', 'a:1'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--bootstrap is for --from kafka, not --from nats/),
    });
    expect(await run(['audit', 'd.json', '--from', 'sqs-sns'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--from sqs-sns needs --region/) });
    expect(await run(['audit', 'd.json', '--from', 'sqs-sns', '--region', 'eu-west-1'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/reads the credentials from AWS_ACCESS_KEY_ID/) });
    expect(await run(['audit', 'd.json', '--from', 'sqs-sns', '--region', 'eu-west-1', '--url', 'http://a:1'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--url is for --from rabbitmq or --from nats, not --from sqs-sns/),
    });
  }, 30_000);

  it('take the new resource types in --allow-delete, and say when the design has nothing for the source', async () => {
    const keys = 'stream:ORDERS,consumer:ORDERS/billing,sqs-queue:jobs,sns-topic:events,subscription:events>jobs';
    expect(await run(['apply', 'd.json', '--from', 'nats', '--url', 'nats://127.0.0.1:1', '--allow-delete', keys])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/The design has no NATS JetStream stream to compare/),
    });
    expect(await run(['apply', 'd.json', '--from', 'nats', '--url', 'nats://127.0.0.1:1', '--allow-delete', 'streams:ORDERS'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--allow-delete takes resources as type:name.*not "streams:ORDERS"/),
    });
  }, 30_000);

  it('name a cluster the design does not have', async () => {
    expect(await run(['audit', 'd.json', '--bootstrap', '127.0.0.1:1', '--cluster', 'nope'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no Kafka cluster "nope"/) });
  }, 30_000);
});
