import { testRule } from '../rule-tester';
import { quorumGroupSize } from './quorum-group-size';

const queue = (size?: number, type = 'quorum') => ({ kind: 'rabbitmq-queue', id: 'q', type, arguments: size === undefined ? {} : { 'x-quorum-initial-group-size': size } });

testRule(quorumGroupSize, {
  valid: [
    { name: 'unset', design: { nodes: [queue()] } },
    { name: '3', design: { nodes: [queue(3)] } },
    { name: '5', design: { nodes: [queue(5)] } },
    { name: '7', design: { nodes: [queue(7)] } },
  ],
  invalid: [
    { name: '1', design: { nodes: [queue(1)] }, findings: [{ target: 'q', messageIncludes: '1 replica(s)' }], output: { nodes: { q: { arguments: { 'x-quorum-initial-group-size': 3 } } } } },
    { name: '4', design: { nodes: [queue(4)] }, findings: [{ target: 'q', messageIncludes: 'than 3 replicas' }], output: { nodes: { q: { arguments: { 'x-quorum-initial-group-size': 3 } } } } },
    { name: '9', design: { nodes: [queue(9)] }, findings: [{ target: 'q', messageIncludes: 'more than 7' }], output: { nodes: { q: { arguments: { 'x-quorum-initial-group-size': 7 } } } } },
  ],
});
