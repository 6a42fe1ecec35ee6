import { nodesOfKind } from '../../design';
import { BACKLOG_KINDS, backlogChannels, isEphemeral } from '../flow';
import { defineRule } from '../rule';
import { lagAlertFix } from './_fix-decisions';

export const consumerLagMonitored = defineRule({
  meta: {
    id: 'core/consumer-lag-monitored',
    category: 'operability',
    severity: 'warning',
    reads: [...BACKLOG_KINDS, 'consumer-group'],
    summary: 'Every long-lived consumer group that pulls from a channel should have an alert on its lag.',
    messages: {
      noLagAlert: 'Consumer group "{group}" has no lag alert: if it stalls, messages pile up in "{channel}" unnoticed.',
    },
  },
  check({ design, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      if (group.lagAlert || isEphemeral(group)) continue;
      // A group that reads nothing has no lag (core/consumer-without-source reports it); pushed and dead-letter channels have none to watch.
      const channels = backlogChannels(design, group);
      if (channels.length === 0) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'noLagAlert',
        data: { group: group.name, channel: channels[0].name },
        fix: lagAlertFix(group, channels),
      });
    }
  },
});
