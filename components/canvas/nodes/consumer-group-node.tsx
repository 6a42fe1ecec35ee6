'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';
import { ICONS } from './icons';

export const consumerGroupLook: KindLook = { label: 'Consumer group', color: '#7048e8', icon: ICONS['consumer-group'], shape: 'service' };

export const ConsumerGroupNode = memo(function ConsumerGroupNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={consumerGroupLook} />;
});
