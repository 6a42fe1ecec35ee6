'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** A cylinder with stacked lines: an append-only store of streams. */
export const eventStoreLook: KindLook = {
  label: 'Event store',
  color: '#2b8a3e',
  icon: (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}>
      <ellipse cx="8" cy="3.5" rx="5.5" ry="2" />
      <path d="M2.5 3.5v9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2v-9M5 8h6M5 11h4" />
    </svg>
  ),
  shape: 'channel',
};

export const EventStoreNode = memo(function EventStoreNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={eventStoreLook} />;
});
