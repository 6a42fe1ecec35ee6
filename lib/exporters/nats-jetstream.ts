import { nodesOfKind } from '../design';
import type { Exporter, ExportFile } from './exporter';
import { buildNatsJetstream, jsonWithBigInts } from './nats-jetstream-config';
import { notCarried, notCarriedHeading, type Carries } from './not-carried';

export { durationToNanos, jsonWithBigInts, natsNameProblem } from './nats-jetstream-config';

/**
 * JetStream stream and consumer configurations in the server API's JSON
 * (snake_case, durations as integer nanoseconds): one `<stream>.stream.json`
 * per stream and one `<stream>.<consumer>.consumer.json` per consumer group
 * reading it, as `nats stream add --config` / `nats consumer add STREAM
 * --config` and the clients' `jsm.streams.add` / `jsm.consumers.add` take them.
 *
 * Target: the cluster's `version`; without one, nats-server 2.9 (Debian's
 * 2.9.10), whose config fields every later server reads. Only 2.9 fields are
 * written, except `filter_subjects` (2.10) when a consumer filters on several
 * subjects and the cluster says 2.10 or later.
 *
 * What the server would refuse is refused here, naming the node (checks as in
 * nats-server `checkStreamCfg` / `addConsumerWithAssignment`): invalid names
 * and subjects, subjects that overlap each other, another stream or the
 * JetStream API,
 * a duplicate window longer than max_age, more replicas than the cluster has
 * nodes, backoff lists not shorter than max_deliver, filters outside the
 * stream, and work-queue streams whose consumers are not explicit-ack or would
 * overlap.
 *
 * Mappings (documented here because the JSON cannot carry comments):
 * - a stream without subjects gets `[name]`, which is what the server does;
 * - a node's notes are its description;
 * - a consumer file names its stream in `stream_name` (as the API's consumer
 *   info does; `nats consumer add` and the server ignore the key), so the
 *   link survives an import of the files;
 * - `ack_wait` is the design's, also with a backoff list: the server then
 *   waits backoff[0] before the first redelivery (nats-server 2.9 stores
 *   backoff[0] as ack_wait), but the file keeps what the design says;
 * - `max_deliver: 0` is written `-1` (the server reads 0 as "unlimited");
 * - a consumer with a `deliver_group` is a push consumer delivering to
 *   `deliver.<stream>.<consumer>`; others are pull consumers;
 * - a consumer group that is not durable gets a `name` and no `durable_name`
 *   (the server removes it after 5 s without a client).
 * Streams of several clusters go in one folder per cluster id. What the
 * files cannot carry of the design is listed in `not-carried.txt` (JSON has
 * no comments; the import of the folder skips it).
 */

/** The file that lists what the configurations cannot carry. */
export const NATS_NOT_CARRIED_FILE = 'not-carried.txt';

/** What JetStream configurations keep of a design; the rest is listed in not-carried.txt. */
const NATS_CARRIES: Carries = {
  format: 'JetStream configurations',
  nodes: {
    'nats-stream': { fields: ['subjects', 'retention', 'storage', 'num_replicas', 'max_age', 'max_bytes', 'max_msgs', 'max_msg_size', 'discard', 'duplicate_window', 'notes'] },
    // The client-side flags (ackSync, maxDeliveriesAdvisory, inProgressAcks) are how the application acks, not server config.
    'consumer-group': {
      fields: [
        'groupId',
        'notes',
        ...['durable', 'ack_policy', 'ack_wait', 'max_deliver', 'backoff', 'max_ack_pending', 'filter_subjects', 'deliver_group', 'deliver_subject'].map((k) => `nats.${k}`),
      ],
      linked: true,
    },
  },
  connections: ['consume'],
  cluster: [],
  // The node count bounds the replicas; the version decides whether filter_subjects may be written.
  uses: ['nodes', 'version'],
  design: [],
};

export const natsJetstreamExporter: Exporter = {
  id: 'nats-jetstream',
  label: 'NATS JetStream JSON',
  description: 'Stream and consumer configurations for nats stream add --config and nats consumer add --config.',
  language: 'json',
  carries: NATS_CARRIES,
  export(document) {
    if (nodesOfKind(document, 'nats-stream').length === 0) return { ok: false, errors: [{ message: 'The design has no NATS JetStream stream to export.' }] };
    const built = buildNatsJetstream(document);
    if (!built.ok) return built;
    const out = built.streams;
    const clusters = new Set(out.map((s) => s.clusterKey));
    const files: ExportFile[] = [];
    for (const stream of out) {
      const dir = clusters.size > 1 ? `${stream.clusterKey || 'no-cluster'}/` : '';
      files.push({ path: `${dir}${stream.node.name}.stream.json`, content: `${jsonWithBigInts(stream.config)}\n` });
      for (const consumer of stream.consumers) {
        files.push({ path: `${dir}${stream.node.name}.${consumer.name}.consumer.json`, content: `${jsonWithBigInts(consumer.config)}\n` });
      }
    }
    const left = notCarried(document, NATS_CARRIES);
    if (left.length > 0) files.push({ path: NATS_NOT_CARRIED_FILE, content: [notCarriedHeading(NATS_CARRIES), ...left.map((l) => `- ${l}`), ''].join('\n') });
    return { ok: true, files };
  },
};
