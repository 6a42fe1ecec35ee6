'use client';

import { memo } from 'react';
import { BaseNode, type DesignNodeProps, type KindLook } from './base-node';
import { ICONS } from './icons';

export const snsTopicLook: KindLook = { label: 'SNS topic', color: '#c2255c', icon: ICONS['sns-topic'], shape: 'channel' };

export const SnsTopicNode = memo(function SnsTopicNode({ data }: DesignNodeProps) {
  return <BaseNode data={data} look={snsTopicLook} />;
});
