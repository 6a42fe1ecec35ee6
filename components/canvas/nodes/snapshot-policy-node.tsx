'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** A camera: a snapshot of an aggregate's state. */
export const snapshotPolicyLook: KindLook = {
  label: 'Snapshot policy',
  color: '#946800',
  icon: (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}>
      <path d="M2 5.5h2.5L6 3.5h4l1.5 2H14v7.5H2z" />
      <circle cx="8" cy="9" r="2.2" />
    </svg>
  ),
  shape: 'service',
};

export const SnapshotPolicyNode = memo(function SnapshotPolicyNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={snapshotPolicyLook} />;
});
