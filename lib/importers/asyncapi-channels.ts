import { childOf, refOf, type RefResolver } from './asyncapi-refs';
import { resolveMessage, withTraits, type ChannelInfo, type ChannelsAndOperations, type MessageInfo, type OperationInfo, type Rec } from './asyncapi-model';
import { describe, isRecord, keyPath, str, type DesignBuilder } from './builder';

/**
 * AsyncAPI channels and operations, read the same way from both versions:
 * 3.x has top-level `operations` naming channels by `$ref`; 2.x puts
 * `subscribe`/`publish` on the channel, named for what *other* clients do.
 */

export function readV3(doc: Rec, refs: RefResolver, b: DesignBuilder): ChannelsAndOperations {
  const channels = new Map<string, ChannelInfo>();
  const rawChannels = refs.deref(doc.channels);
  if (rawChannels !== undefined && !isRecord(rawChannels)) b.note('channels', 'channels must be a map; ignored.');
  for (const [key, value] of Object.entries(isRecord(rawChannels) ? rawChannels : {})) {
    const path = keyPath('channels', key);
    const channel = refs.deref(value);
    if (!isRecord(channel)) {
      b.note(path, 'Not a channel object; skipped.');
      continue;
    }
    const address = typeof channel.address === 'string' ? channel.address : undefined;
    let serverIds: string[] | undefined;
    if (Array.isArray(channel.servers) && channel.servers.length > 0) {
      serverIds = [];
      channel.servers.forEach((s, i) => {
        const id = childOf(refOf(s), 'servers');
        if (id !== undefined) serverIds!.push(id);
        else b.note(`${path}.servers[${i}]`, 'A channel server must be a $ref to #/servers/<id>; ignored.');
      });
    }
    const messages: MessageInfo[] = [];
    const rawMessages = refs.deref(channel.messages);
    for (const [mKey, mValue] of Object.entries(isRecord(rawMessages) ? rawMessages : {})) {
      const message = resolveMessage(mValue, refs);
      if (message) messages.push({ key: mKey, path: keyPath(`${path}.messages`, mKey), message });
    }
    channels.set(key, { key, path, address, raw: channel, serverIds, messages });
  }

  const operations: OperationInfo[] = [];
  const rawOps = refs.deref(doc.operations);
  if (rawOps !== undefined && !isRecord(rawOps)) b.note('operations', 'operations must be a map; ignored.');
  for (const [id, value] of Object.entries(isRecord(rawOps) ? rawOps : {})) {
    const path = keyPath('operations', id);
    const op = withTraits(refs.deref(value), refs);
    if (!isRecord(op)) {
      b.note(path, 'Not an operation object; skipped.');
      continue;
    }
    const action = op.action;
    if (action !== 'send' && action !== 'receive') {
      b.note(`${path}.action`, `action must be "send" or "receive", not ${describe(action)}; the operation is skipped.`);
      continue;
    }
    const channelKey = childOf(refOf(op.channel), 'channels');
    if (channelKey === undefined || !channels.has(channelKey)) {
      b.note(`${path}.channel`, `The operation's channel ${describe(refOf(op.channel) ?? op.channel)} is not a channel of this document; the operation is skipped.`);
      continue;
    }
    let reply: OperationInfo['reply'];
    const rawReply = refs.deref(op.reply);
    if (isRecord(rawReply)) {
      const replyKey = childOf(refOf(rawReply.channel), 'channels');
      const address = refs.deref(rawReply.address);
      reply = { channelKey: replyKey, path: `${path}.reply`, dynamic: isRecord(address) && typeof address.location === 'string' };
    }
    operations.push({ id, path, action, channelKey, op, reply });
  }
  return { channels, operations };
}

export function readV2(doc: Rec, refs: RefResolver, b: DesignBuilder): ChannelsAndOperations {
  const channels = new Map<string, ChannelInfo>();
  const operations: OperationInfo[] = [];
  const rawChannels = refs.deref(doc.channels);
  if (rawChannels !== undefined && !isRecord(rawChannels)) b.note('channels', 'channels must be a map; ignored.');
  for (const [name, value] of Object.entries(isRecord(rawChannels) ? rawChannels : {})) {
    const path = keyPath('channels', name);
    const channel = refs.deref(value);
    if (!isRecord(channel)) {
      b.note(path, 'Not a channel object; skipped.');
      continue;
    }
    const serverIds = Array.isArray(channel.servers) && channel.servers.length > 0 ? channel.servers.filter((s): s is string => typeof s === 'string') : undefined;
    const info: ChannelInfo = { key: name, path, address: name, raw: channel, serverIds, messages: [] };
    channels.set(name, info);
    // 2.x names the operation other clients perform: `publish` = the application receives.
    for (const [verb, action] of [
      ['subscribe', 'send'],
      ['publish', 'receive'],
    ] as const) {
      if (channel[verb] === undefined) continue;
      const opPath = `${path}.${verb}`;
      const op = withTraits(refs.deref(channel[verb]), refs);
      if (!isRecord(op)) {
        b.note(opPath, 'Not an operation object; skipped.');
        continue;
      }
      const id = str(op.operationId) ?? `${name} ${verb}`;
      const message = refs.deref(op.message);
      const list = isRecord(message) && Array.isArray(message.oneOf) ? message.oneOf : message === undefined ? [] : [message];
      list.forEach((m, i) => {
        const resolved = resolveMessage(m, refs);
        if (!resolved) return;
        const key = str(resolved.name) ?? str(resolved.messageId) ?? childOf(refOf(m), 'components/messages') ?? `${id}-${i + 1}`;
        if (!info.messages.some((x) => x.key === key)) info.messages.push({ key, path: `${opPath}.message`, message: resolved });
      });
      operations.push({ id, path: opPath, action, channelKey: name, op });
    }
  }
  return { channels, operations };
}
