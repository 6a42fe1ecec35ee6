import type { LiveNatsRead } from './nats-reader';

/**
 * A NATS account's JetStream streams and consumers as audit compares them,
 * from the live reader's snapshot (nats-reader.ts: $JS.API.STREAM.LIST and
 * $JS.API.CONSUMER.LIST, requests that change nothing).
 */

export interface LiveStream {
  name: string;
  config: Record<string, unknown>;
}

export interface LiveConsumer {
  stream: string;
  /** The durable name, or the name of an ephemeral consumer. */
  name: string;
  config: Record<string, unknown>;
}

export interface NatsClusterState {
  streams: LiveStream[];
  consumers: LiveConsumer[];
  problems: string[];
}

export function natsClusterState(read: LiveNatsRead): NatsClusterState {
  const streams = read.streams.map((s) => {
    const config = s.config as Record<string, unknown>;
    return { name: String(config.name), config };
  });
  const consumers = read.consumers.map((c) => {
    const config = c.config as Record<string, unknown>;
    return { stream: c.stream_name, name: String(config.durable_name ?? config.name), config };
  });
  return { streams, consumers, problems: read.problems };
}
