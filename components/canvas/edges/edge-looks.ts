import type { ConnectionKind } from '@/lib/design';

/**
 * How each kind of connection is drawn. Colour alone never carries the
 * meaning: the line (solid, dashed, dotted) and the arrowhead (filled, open)
 * differ too, and the legend on the canvas names them.
 */
export interface EdgeLook {
  label: string;
  /** A CSS colour (a theme variable: see app/globals.css). */
  color: string;
  dash?: string;
  arrow: 'filled' | 'open';
}

export const EDGE_LOOKS: Record<ConnectionKind, EdgeLook> = {
  publish: { label: 'publish', color: 'var(--edge-publish)', arrow: 'filled' },
  consume: { label: 'consume', color: 'var(--edge-consume)', arrow: 'open' },
  bind: { label: 'bind', color: 'var(--edge-bind)', dash: '1 0', arrow: 'filled' },
  alternate: { label: 'alternate exchange', color: 'var(--edge-bind)', dash: '2 5', arrow: 'open' },
  'dead-letter': { label: 'dead letters', color: 'var(--edge-dead-letter)', dash: '7 5', arrow: 'filled' },
  subscription: { label: 'subscription', color: 'var(--edge-subscription)', dash: '12 4 2 4', arrow: 'open' },
};

/** The id of the arrowhead marker of a kind (defined once per canvas by EdgeMarkers). */
export function markerId(kind: ConnectionKind): string {
  return `qw-arrow-${kind}`;
}
