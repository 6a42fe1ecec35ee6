'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';
import { ICONS } from './icons';

export const producerLook: KindLook = { label: 'Producer', color: '#4c6ef5', icon: ICONS['producer'], shape: 'service' };

export const ProducerNode = memo(function ProducerNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={producerLook} />;
});
