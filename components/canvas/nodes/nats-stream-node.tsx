'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';
import { ICONS } from './icons';

export const natsStreamLook: KindLook = { label: 'NATS stream', color: '#1098ad', icon: ICONS['nats-stream'], shape: 'channel' };

export const NatsStreamNode = memo(function NatsStreamNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={natsStreamLook} />;
});
