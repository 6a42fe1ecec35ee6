'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';
import { ICONS } from './icons';

export const rabbitmqExchangeLook: KindLook = { label: 'RabbitMQ exchange', color: '#f76707', icon: ICONS['rabbitmq-exchange'], shape: 'channel' };

export const RabbitmqExchangeNode = memo(function RabbitmqExchangeNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={rabbitmqExchangeLook} />;
});
