import { describe, expect, it } from 'vitest';
import { freePort } from '../lib/testing/ports';
import { main } from './main';

/** `queuewright import --from kafka|rabbitmq`: arguments and failures. Reading real brokers: lib/live/*-live.test.ts. */

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
    const result = await run(['import', '--from', 'kafka', '--bootstrap', `127.0.0.1:${port}`, '--timeout', '5', '--sasl-mechanism', 'plain', '--sasl-username', 'u'], { QUEUEWRIGHT_KAFKA_PASSWORD: 'pw-Secret-1' });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(`Nothing answers at 127.0.0.1:${port}`) });
    expect(result.stderr).not.toContain('pw-Secret-1');
  }, 20_000);

  it('refuses a timeout out of range and a bad bootstrap', async () => {
    expect(await run(['import', '--from', 'kafka', '--bootstrap', 'b:9092', '--timeout', '600'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--timeout') });
    expect(await run(['import', '--from', 'kafka', '--bootstrap', 'not a host'])).toMatchObject({ code: 2, stderr: expect.stringContaining('host:port') });
  });

  it('lists the live sources in the usage text', async () => {
    expect((await run(['--help'])).stdout).toContain('--from kafka --bootstrap');
  });
});
