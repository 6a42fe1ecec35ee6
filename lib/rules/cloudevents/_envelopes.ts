import type { CloudEventsEnvelope, Design, MessageSchema } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import { patchNode } from '../../design/operations';
import { hasMessageSchema, type SchemaChannel } from '../core/_channels';

/** A channel whose messages travel in a CloudEvents envelope. */
export type EnvelopedChannel = SchemaChannel & { messageSchema: MessageSchema & { envelope: CloudEventsEnvelope } };

/** Every channel of the design that declares a CloudEvents envelope, in design order. */
export function envelopedChannels(design: ResolvedDesign): EnvelopedChannel[] {
  return design.nodes.filter((n): n is EnvelopedChannel => hasMessageSchema(n) && n.messageSchema.envelope !== undefined);
}

/** The design with `channelId`'s envelope changed by `patch` (the written envelope, so nothing unset becomes set). */
export function patchEnvelope(design: Design, channelId: string, patch: Partial<CloudEventsEnvelope>): Design {
  const node = design.nodes.find((n) => n.id === channelId);
  const envelope = node && 'messageSchema' in node ? node.messageSchema.envelope : undefined;
  return envelope ? patchNode(design, channelId, { messageSchema: { envelope: { ...envelope, ...patch } } }) : design;
}
