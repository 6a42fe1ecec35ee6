import type { Broker, NodeKind } from '../design';
import { mergeTraits, type RefResolver } from './asyncapi-refs';
import { isRecord } from './builder';

/**
 * What the AsyncAPI importer reads out of a document before it places
 * anything: servers, channels, their messages and the operations on them,
 * the same for 2.x and 3.x.
 */

export type Rec = Record<string, unknown>;

export interface ServerInfo {
  id: string;
  path: string;
  protocol: string;
  broker?: Broker;
  cluster?: string;
  schemaRegistry: boolean;
}

export interface MessageInfo {
  key: string;
  path: string;
  message: Rec;
}

export interface ChannelInfo {
  key: string;
  path: string;
  address?: string;
  raw: Rec;
  serverIds?: string[];
  messages: MessageInfo[];
  /** Where publishers send. */
  publishTo?: { id: string; routingKey?: string; subject?: string };
  /** Where receivers read; `consumeProblem` says why there is none. */
  consumeFrom?: string;
  consumeProblem?: string;
  skipped?: string;
}

export interface OperationInfo {
  id: string;
  path: string;
  action: 'send' | 'receive';
  channelKey: string;
  op: Rec;
  reply?: { channelKey?: string; path: string; dynamic: boolean };
  /** AMQP publish routing key from the operation binding's `cc`. */
  routingKey?: string;
}

/** The node for a broker object, shared by every channel that names it; `create` makes it the first time. */
export type Shared = (kind: NodeKind, vhost: string, objectName: string, create: () => string | undefined) => string | undefined;

/** The channels and operations of a document. */
export interface ChannelsAndOperations {
  channels: Map<string, ChannelInfo>;
  operations: OperationInfo[];
}

export function resolveMessage(value: unknown, refs: RefResolver): Rec | undefined {
  const message = withTraits(refs.deref(value), refs);
  return isRecord(message) ? message : undefined;
}

/** An operation or message with its traits applied (the object's own fields win). */
export function withTraits(value: unknown, refs: RefResolver): unknown {
  if (!isRecord(value) || !Array.isArray(value.traits)) return value;
  let merged: unknown = {};
  for (const trait of value.traits.slice(0, 50)) {
    const t = refs.deref(trait);
    if (isRecord(t)) merged = mergeTraits(merged, t);
  }
  const own = { ...value };
  delete own.traits;
  return mergeTraits(merged, own);
}

export function bindingsOf(value: unknown, refs: RefResolver): Rec {
  const bindings = refs.deref(value);
  return isRecord(bindings) ? bindings : {};
}
