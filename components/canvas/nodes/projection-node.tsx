'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** A table: the read model a projection keeps. */
export const projectionLook: KindLook = {
  label: 'Projection',
  color: '#5c940d',
  icon: (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}>
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />
      <path d="M1.5 6h13M6 6v7.5" />
    </svg>
  ),
  shape: 'channel',
};

export const ProjectionNode = memo(function ProjectionNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={projectionLook} />;
});
