'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';
import { ICONS } from './icons';

export const kafkaTopicLook: KindLook = { label: 'Kafka topic', color: '#495057', icon: ICONS['kafka-topic'], shape: 'channel' };

export const KafkaTopicNode = memo(function KafkaTopicNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={kafkaTopicLook} />;
});
