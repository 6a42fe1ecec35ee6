'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';
import { ICONS } from './icons';

export const rabbitmqQueueLook: KindLook = { label: 'RabbitMQ queue', color: '#e8590c', icon: ICONS['rabbitmq-queue'], shape: 'channel' };

export const RabbitmqQueueNode = memo(function RabbitmqQueueNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={rabbitmqQueueLook} />;
});
