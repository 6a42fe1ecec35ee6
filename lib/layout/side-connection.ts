import type { Connection, DesignNode } from '../design';

/**
 * Whether a connection is a failure path: dead letters, an exchange's
 * alternate for what it cannot route, or anything sent to a retry or
 * dead-letter channel. The main flow runs left to right; failure paths drop
 * down from the bottom of their source to the top of their target, and the
 * layout places their targets below their sources.
 */
export function isSideConnection(connection: Pick<Connection, 'kind'>, target: Pick<DesignNode, 'kind'> | undefined): boolean {
  if (connection.kind === 'dead-letter' || connection.kind === 'alternate') return true;
  const role = target && 'role' in target ? (target as { role?: string }).role : undefined;
  return role === 'retry' || role === 'dead-letter';
}
