import { allowedConnectionKinds, type ConnectionKind } from '../design';

/** The order in which a link picks a connection kind when a pair allows several (frozen for v1 links). */
const PREFERENCE: readonly ConnectionKind[] = ['publish', 'consume', 'bind', 'subscription', 'dead-letter', 'alternate'];

/**
 * The connection kind a share link leaves out for a pair of nodes: dead-letter
 * into a dead-letter channel, otherwise the first kind the pair allows. The
 * link writes the kind only when it differs.
 */
export function defaultConnectionKind(fromKind: string, toKind: string, toRole: unknown): ConnectionKind | undefined {
  const kinds = allowedConnectionKinds(fromKind, toKind);
  if (toRole === 'dead-letter' && kinds.includes('dead-letter')) return 'dead-letter';
  return PREFERENCE.find((k) => kinds.includes(k));
}

/** The id a link leaves out for a connection: the one `connect` gives (`from--to`, numbered when taken). */
export function defaultConnectionId(from: string, to: string): string {
  return `${from}--${to}`.slice(0, 190);
}
