'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';
import { ICONS } from './icons';

export const sqsQueueLook: KindLook = { label: 'SQS queue', color: '#d9480f', icon: ICONS['sqs-queue'], shape: 'channel' };

export const SqsQueueNode = memo(function SqsQueueNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={sqsQueueLook} />;
});
