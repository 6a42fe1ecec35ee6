import { describe, expect, it } from 'vitest';
import { freePort } from '../lib/testing/ports';
import { main } from './main';

/** `queuewright import --from kafka|rabbitmq|nats|sqs-sns`: arguments and failures. Reading real brokers: lib/live/*-live.test.ts. */

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: process.cwd(), env });
  return { code, stdout, stderr };
}

describe('queuewright import from a live cluster', () => {
  it('needs --bootstrap for Kafka and --url for RabbitMQ', async () => {
    expect(await run(['import', '--from', 'kafka'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--bootstrap') });
    expect(await run(['import', '--from', 'rabbitmq'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--url') });
  });

  it('takes the SASL password only from the environment', async () => {
    const withoutPassword = await run(['import', '--from', 'kafka', '--bootstrap', '127.0.0.1:1', '--sasl-mechanism', 'plain', '--sasl-username', 'u']);
    expect(withoutPassword).toMatchObject({ code: 2, stderr: expect.stringContaining('QUEUEWRIGHT_KAFKA_PASSWORD') });
  });

  it('says clearly when nothing answers, and exits 2', async () => {
    const port = await freePort();
    const result = await run(['import', '--from', 'kafka', '--bootstrap', `127.0.0.1:${port}`, '--timeout', '5', '--sasl-mechanism', 'plain', '--sasl-username', 'u'], {
      QUEUEWRIGHT_KAFKA_PASSWORD: 'pw-Secret-1',
    });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(`Nothing answers at 127.0.0.1:${port}`) });
    expect(result.stderr).not.toContain('pw-Secret-1');
  }, 20_000);

  it('refuses a timeout out of range and a bad bootstrap', async () => {
    expect(await run(['import', '--from', 'kafka', '--bootstrap', 'b:9092', '--timeout', '600'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--timeout') });
    expect(await run(['import', '--from', 'kafka', '--bootstrap', 'not a host'])).toMatchObject({ code: 2, stderr: expect.stringContaining('host:port') });
  });

  it('lists the live sources in the usage text', async () => {
    const usage = (await run(['--help'])).stdout;
    expect(usage).toContain('--from kafka --bootstrap');
    expect(usage).toContain('--from nats --url');
    expect(usage).toContain('--from sqs-sns --region');
  });

  it("NATS: needs --url, takes the password only from the environment, and refuses another source's flags", async () => {
    expect(await run(['import', '--from', 'nats'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--url (a client URL, nats://host:4222)') });
    expect(await run(['import', '--from', 'nats', '--url', 'nats://127.0.0.1:1', '--username', 'u'])).toMatchObject({ code: 2, stderr: expect.stringContaining('QUEUEWRIGHT_NATS_PASSWORD') });
    expect(await run(['import', '--from', 'nats', '--url', 'nats://h', '--vhost', 'v'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--vhost is for --from rabbitmq, not --from nats') });
    expect(await run(['import', '--from', 'nats', '--url', 'nats://h', '--region', 'eu-west-1'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--region is for --from sqs-sns') });
  });

  it('NATS: says clearly when nothing answers, and exits 2', async () => {
    const port = await freePort();
    const result = await run(['import', '--from', 'nats', '--url', `nats://127.0.0.1:${port}`, '--username', 'u', '--timeout', '5'], { QUEUEWRIGHT_NATS_PASSWORD: 'pw-Secret-2' });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(`Nothing answers at nats://127.0.0.1:${port}`) });
    expect(result.stderr).not.toContain('pw-Secret-2');
  }, 20_000);

  it('SQS/SNS: needs a region and the standard AWS credential variables', async () => {
    expect(await run(['import', '--from', 'sqs-sns'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--region') });
    expect(await run(['import', '--from', 'sqs-sns', '--region', 'eu-west-1'])).toMatchObject({ code: 2, stderr: expect.stringContaining('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY') });
    const keys = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret-Example-3' };
    expect(await run(['import', '--from', 'sqs-sns', '--region', 'Ireland'], keys)).toMatchObject({ code: 2, stderr: expect.stringContaining('eu-west-1') });
    expect(await run(['import', '--from', 'sqs-sns', '--region', 'eu-west-1', '--url', 'x'], keys)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--url is for --from rabbitmq or --from nats'),
    });
    const port = await freePort();
    const result = await run(['import', '--from', 'sqs-sns', '--endpoint', `http://127.0.0.1:${port}`, '--timeout', '5'], { ...keys, AWS_REGION: 'eu-west-1' });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(`Nothing answers at http://127.0.0.1:${port}`) });
    expect(result.stderr).not.toContain('secret-Example-3');
  }, 20_000);
});
