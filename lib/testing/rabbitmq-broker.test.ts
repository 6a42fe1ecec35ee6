import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeEnv } from './rabbitmq-broker';

describe('nodeEnv', () => {
  const dir = '/tmp/qw-rabbit-x';
  const env = nodeEnv(dir, 'qw1@localhost', { amqpPort: 5001, distPort: 5002, epmdPort: 5003 });

  it('keeps every file the node writes under its own directory, so parallel nodes share nothing', () => {
    const paths = Object.entries(env).filter(([name]) => /_(BASE|FILE|DIR)$/.test(name) || name === 'HOME');
    expect(paths.length).toBeGreaterThanOrEqual(8);
    for (const [name, value] of paths) expect(path.relative(dir, value).startsWith('..'), `${name}=${value}`).toBe(false);
  });

  it('gives the node its own ports and keeps AMQP, epmd and Erlang distribution on loopback', () => {
    expect(env).toMatchObject({ RABBITMQ_NODE_PORT: '5001', RABBITMQ_DIST_PORT: '5002', ERL_EPMD_PORT: '5003', RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1', ERL_EPMD_ADDRESS: '127.0.0.1' });
    expect(env.RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS).toContain('inet_dist_use_interface {127,0,0,1}');
    expect(env.RABBITMQ_CTL_ERL_ARGS).toBe(env.RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS);
  });
});
