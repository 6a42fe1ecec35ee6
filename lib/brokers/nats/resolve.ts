import type { NatsStreamNode } from '../../design';
import { fill, type Resolvers, type SourceLog } from '../resolver';
import { NATS_STREAM_DEFAULTS, type NatsStreamDefaults } from './server-defaults';

/** A JetStream stream's settings as the server applies them (server-defaults.ts). A consumer's are the services' (services/resolve.ts). */

export type ResolvedNatsStream = Omit<NatsStreamNode, keyof NatsStreamDefaults> & NatsStreamDefaults;

function resolveNatsStream(node: NatsStreamNode, sources: SourceLog): ResolvedNatsStream {
  return fill(node, NATS_STREAM_DEFAULTS.values, NATS_STREAM_DEFAULTS.source, '', sources);
}

export const NATS_RESOLVERS = {
  'nats-stream': resolveNatsStream,
} satisfies Resolvers;
