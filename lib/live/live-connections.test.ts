import { describe, expect, it } from 'vitest';
import { natsConnectionSchema, natsTarget } from './nats-connection';
import { awsEndpoints } from './sqs-sns-connection';

/** Where the NATS and SQS/SNS readers connect, and the clear errors for what they cannot use. */

const nats = (input: Record<string, unknown>) => natsTarget(natsConnectionSchema.parse(input));

describe('natsTarget', () => {
  it('reads host, port and credentials from the URL; fields win', () => {
    expect(nats({ url: 'nats://u:p%40ss@nats.internal:4333' })).toEqual({ host: 'nats.internal', port: 4333, shown: 'nats://nats.internal:4333', username: 'u', password: 'p@ss', token: undefined });
    expect(nats({ url: 'nats.internal' })).toMatchObject({ port: 4222, shown: 'nats://nats.internal:4222' });
    expect(nats({ url: 'nats://s3cret@[::1]:4222' })).toMatchObject({ host: '::1', token: 's3cret', shown: 'nats://[::1]:4222' });
    expect(nats({ url: 'nats://a:b@h', username: 'c', password: 'd' })).toMatchObject({ username: 'c', password: 'd' });
  });

  it('refuses what it cannot use, saying what to write', () => {
    expect(() => nats({ url: 'tls://h:4222' })).toThrow(/tls: is not supported: use nats:\/\/host:4222/);
    expect(() => nats({ url: 'nats://h:4222/x' })).toThrow(/no path/);
    expect(() => nats({ url: 'nats://h', token: 't', username: 'u', password: 'p' })).toThrow(/not both/);
    expect(() => nats({ url: 'nats://h', username: 'u' })).toThrow(/both a user name and a password/);
  });
});

describe('awsEndpoints', () => {
  it("uses the region's public endpoints, or one given endpoint for both services", () => {
    expect(awsEndpoints({ region: 'eu-west-1' })).toEqual({
      sqs: { url: 'https://sqs.eu-west-1.amazonaws.com', host: 'sqs.eu-west-1.amazonaws.com', port: 443 },
      sns: { url: 'https://sns.eu-west-1.amazonaws.com', host: 'sns.eu-west-1.amazonaws.com', port: 443 },
    });
    expect(awsEndpoints({ region: 'cn-north-1' }).sqs.host).toBe('sqs.cn-north-1.amazonaws.com.cn');
    const local = { url: 'http://localhost:4566', host: 'localhost', port: 4566 };
    expect(awsEndpoints({ region: 'us-east-1', endpoint: 'http://localhost:4566/' })).toEqual({ sqs: local, sns: local });
  });

  it('refuses an endpoint it cannot use, saying what to write', () => {
    expect(() => awsEndpoints({ region: 'us-east-1', endpoint: 'localhost:4566' })).toThrow(/scheme localhost: is not supported/);
    expect(() => awsEndpoints({ region: 'us-east-1', endpoint: 'http://k:s@localhost:4566' })).toThrow(/no credentials/);
    expect(() => awsEndpoints({ region: 'us-east-1', endpoint: 'http://localhost:4566/path' })).toThrow(/scheme, host and port only/);
    expect(() => awsEndpoints({ region: 'us-east-1', endpoint: 'http://' })).toThrow(/not a URL/);
  });
});
