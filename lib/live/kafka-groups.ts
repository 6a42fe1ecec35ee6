import { type Admin, type Connection, createAPI, describeGroupsV5, kGetConnection, Reader, Writer } from '@platformatic/kafka';

/**
 * Describes consumer groups at their coordinators, on both protocols, with
 * requests sent on the admin's own (guarded) connections because the
 * library's high-level calls fail on ordinary groups (1.35.0):
 *
 * - ConsumerGroupDescribe (API 69): the only way to see the members of a group
 *   on the KIP-848 consumer protocol (DescribeGroups answers "Dead"). The
 *   library's parser reads `subscribed_topic_names` as one string instead of
 *   an array and fails on any group with members, so the response is parsed
 *   here.
 * - DescribeGroups (API 15, classic groups): the library's Admin decodes each
 *   member's subscription and assignment inside a callback, and an empty
 *   assignment (a group in the middle of a rebalance) or any user data throws
 *   out of it, uncaught. The raw response is the library's; the member data
 *   is decoded here, and a member whose data is not the consumer protocol's
 *   is reported, not fatal.
 */

type GroupConnection = { host: string; port: number; ids: string[] };

/** The groups' coordinators, each with the ids it answers for (FindCoordinator). */
async function byCoordinator(admin: Admin, groupIds: string[]): Promise<GroupConnection[]> {
  const coordinators = await admin.findCoordinator({ keyType: 0, keys: groupIds });
  const byNode = new Map<number, GroupConnection>();
  for (const c of coordinators) {
    const entry = byNode.get(c.nodeId) ?? { host: c.host, port: c.port, ids: [] };
    entry.ids.push(c.key);
    byNode.set(c.nodeId, entry);
  }
  return [...byNode.values()];
}

function connectionTo(admin: Admin, host: string, port: number): Promise<Connection> {
  return new Promise<Connection>((resolve, reject) => admin[kGetConnection]({ host, port }, (error, c) => (error ? reject(error) : resolve(c!))));
}

/** A member of a group on the consumer protocol, as ConsumerGroupDescribe tells it. */
export interface ConsumerProtocolMember {
  memberId: string;
  clientId: string;
  clientHost: string;
  subscribedTopics: string[];
  assignedTopics: string[];
}

export interface ConsumerProtocolGroup {
  groupId: string;
  errorCode: number;
  state: string;
  assignor: string;
  members: ConsumerProtocolMember[];
}

function readAssignment(r: Reader): string[] {
  const topics = r.readArray((t) => {
    t.readUUID();
    const name = t.readString();
    t.readArray(() => t.readInt32(), true, false);
    return name;
  });
  r.readTaggedFields();
  return topics;
}

/** ConsumerGroupDescribe v0 (KIP-848), parsed by its schema in Kafka's ConsumerGroupDescribeResponse.json. */
const consumerGroupDescribe = createAPI<[groupIds: string[]], ConsumerProtocolGroup[]>(
  69,
  0,
  (groupIds: string[]) =>
    Writer.create()
      .appendArray(groupIds, (w, id) => w.appendString(id), true, false)
      .appendBoolean(false)
      .appendTaggedFields(),
  (_correlationId, _apiKey, _apiVersion, reader) => {
    reader.readInt32();
    return reader.readArray((r) => {
      const errorCode = r.readInt16();
      r.readNullableString();
      const groupId = r.readString();
      const state = r.readString();
      r.readInt32();
      r.readInt32();
      const assignor = r.readString();
      const members = r.readArray((m) => {
        const memberId = m.readString();
        m.readNullableString();
        m.readNullableString();
        m.readInt32();
        const clientId = m.readString();
        const clientHost = m.readString();
        const subscribedTopics = m.readArray((s) => s.readString(), true, false);
        m.readNullableString();
        const assignedTopics = readAssignment(m);
        readAssignment(m);
        return { memberId, clientId, clientHost, subscribedTopics, assignedTopics };
      });
      r.readInt32();
      return { groupId, errorCode, state, assignor, members };
    });
  },
);

/** Describes groups on the consumer protocol through their coordinators (one request per coordinator). */
export async function describeConsumerProtocolGroups(admin: Admin, groupIds: string[]): Promise<ConsumerProtocolGroup[]> {
  if (groupIds.length === 0) return [];
  const out: ConsumerProtocolGroup[] = [];
  for (const { host, port, ids } of await byCoordinator(admin, groupIds)) {
    out.push(...(await consumerGroupDescribe.async(await connectionTo(admin, host, port), ids)));
  }
  return out;
}

/** A member of a classic group: the topics it subscribes to and is assigned, from its consumer-protocol data. */
export interface ClassicMember {
  clientId: string;
  clientHost: string;
  topics: string[];
  /** Its data is not the consumer protocol's (another client kind), so its topics are not known. */
  unreadable: boolean;
}

export interface ClassicGroup {
  groupId: string;
  errorCode: number;
  state: string;
  protocolType: string;
  /** The assignor in use (range, roundrobin, …) while the group is active. */
  protocol: string;
  members: ClassicMember[];
}

/** ConsumerProtocolSubscription's topics (version, then an array of int16-length names). */
function subscribedTopics(data: Buffer): string[] {
  if (data.length === 0) return [];
  const r = Reader.from(data);
  r.readInt16();
  return r.readArray((t) => t.readString(false), false, false);
}

/** ConsumerProtocolAssignment's topics (version, then topic names with their partitions); empty during a rebalance. */
function assignedTopics(data: Buffer): string[] {
  if (data.length === 0) return [];
  const r = Reader.from(data);
  r.readInt16();
  return r.readArray(
    (t) => {
      const name = t.readString(false);
      t.readArray((p) => p.readInt32(), false, false);
      return name;
    },
    false,
    false,
  );
}

function classicMember(raw: { clientId: string; clientHost: string; memberMetadata: Buffer; memberAssignment: Buffer }): ClassicMember {
  try {
    const topics = [...new Set([...subscribedTopics(raw.memberMetadata), ...assignedTopics(raw.memberAssignment)])].sort();
    return { clientId: raw.clientId, clientHost: raw.clientHost, topics, unreadable: false };
  } catch {
    return { clientId: raw.clientId, clientHost: raw.clientHost, topics: [], unreadable: true };
  }
}

type RawGroups = {
  groups: Array<{
    errorCode: number;
    groupId: string;
    groupState: string;
    protocolType: string;
    protocolData: string;
    members: Array<{ clientId: string; clientHost: string; memberMetadata: Buffer; memberAssignment: Buffer }>;
  }>;
};

/** Describes classic groups through their coordinators (one request per coordinator); a group the broker refused carries its error code. */
export async function describeClassicGroups(admin: Admin, groupIds: string[]): Promise<ClassicGroup[]> {
  if (groupIds.length === 0) return [];
  const out: ClassicGroup[] = [];
  for (const { host, port, ids } of await byCoordinator(admin, groupIds)) {
    const connection = await connectionTo(admin, host, port);
    let raw: RawGroups;
    try {
      raw = (await describeGroupsV5.api.async(connection, ids, false)) as RawGroups;
    } catch (error) {
      // A group-level error (e.g. not authorized for one group) fails the call; the answer for every group is on it.
      const response = (error as { response?: RawGroups }).response;
      if (!response?.groups) throw error;
      raw = response;
    }
    for (const g of raw.groups) {
      out.push({ groupId: g.groupId, errorCode: g.errorCode, state: g.groupState, protocolType: g.protocolType, protocol: g.protocolData, members: g.members.map(classicMember) });
    }
  }
  return out;
}
