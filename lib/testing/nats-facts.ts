import { indexGraph, type Design } from '../design';
import { durationToNanos } from '../exporters/nats-jetstream';

/**
 * What NATS JetStream configurations carry of a design, in a comparable form:
 * each stream's settings and each consumer's (with the stream it reads).
 * Durations are compared as the nanoseconds the API holds (`1.5h` and `90m`
 * are one value), and the API's spellings are applied: max_deliver 0 is -1,
 * max_ack_pending 0 is the server's 1000, and without acks there is neither
 * an ack wait nor a pending limit. `server: true` applies what nats-server
 * itself does on create: with a backoff list it keeps backoff[0] as ack_wait.
 */
export function natsFacts(design: Design, { server = false }: { server?: boolean } = {}) {
  const nanos = (text: string | undefined) => (text === undefined ? undefined : String(durationToNanos(text)));
  const graph = indexGraph(design);
  const streams = design.nodes.flatMap((n) =>
    n.kind === 'nats-stream'
      ? [
          {
            name: n.name,
            subjects: n.subjects.length > 0 ? n.subjects : [n.name],
            retention: n.retention,
            storage: n.storage,
            replicas: n.num_replicas,
            maxAge: nanos(n.max_age),
            maxBytes: n.max_bytes,
            maxMsgs: n.max_msgs,
            maxMsgSize: n.max_msg_size,
            discard: n.discard,
            window: nanos(n.duplicate_window),
            notes: n.notes,
          },
        ]
      : [],
  );
  const consumers = design.connections.flatMap((c) => {
    const stream = graph.nodeById.get(c.from);
    const group = graph.nodeById.get(c.to);
    if (c.kind !== 'consume' || stream?.kind !== 'nats-stream' || group?.kind !== 'consumer-group') return [];
    const n = group.nats;
    return [
      {
        stream: stream.name,
        name: group.groupId ?? group.id,
        durable: n.durable,
        ackPolicy: n.ack_policy,
        ackWait: n.ack_policy === 'none' ? undefined : server && n.backoff.length > 0 ? nanos(n.backoff[0]) : nanos(n.ack_wait),
        // 0 means "no limit", which the API spells -1.
        maxDeliver: n.max_deliver === 0 ? -1 : n.max_deliver,
        backoff: n.backoff.map(nanos),
        // Without acks nothing is pending (the setting is left out); 0 is the server's default, 1000.
        maxAckPending: n.ack_policy === 'none' ? undefined : n.max_ack_pending === 0 ? 1000 : n.max_ack_pending,
        filters: n.filter_subjects,
        deliverGroup: n.deliver_group,
        notes: group.notes,
        // A push consumer with only a deliver group delivers to the subject the export chooses.
        deliverSubject: n.deliver_subject ?? (n.deliver_group ? `deliver.${stream.name}.${group.groupId ?? group.id}` : undefined),
      },
    ];
  });
  const sort = <T>(list: T[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return { streams: sort(streams), consumers: sort(consumers) };
}
