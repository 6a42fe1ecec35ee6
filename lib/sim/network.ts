import { resolveDesign } from '../brokers/resolve';
import { indexGraph, type Design } from '../design';
import { deadLetterTargets } from '../rabbitmq/routing';
import type { CompileContext } from './compile-context';
import { addEmitters } from './compile-emitters';
import type { Network } from './network-types';
import { loopCutNotes } from './loop-cut-notes';
import { addStationsOf, linkDeadLetters } from './sim-brokers';

export type { ConsumerSpec, EmitterSpec, Family, Network, StationSpec } from './network-types';

/**
 * Compiles a design into what the engine runs (network-types.ts): stations,
 * channel by channel in design order, each by its broker (sim-brokers.ts),
 * then emitters (compile-emitters.ts). Every setting comes from the resolved design
 * (lib/brokers/resolve), and RabbitMQ routing from lib/rabbitmq, computed
 * once here so that the engine's inner loop only follows integer indexes.
 * Never throws for a valid design: what it cannot model becomes a note.
 */
export function compileNetwork(input: Design): Network {
  const design = resolveDesign(input);
  const ctx: CompileContext = {
    design,
    graph: indexGraph(design),
    notes: new Set<string>(),
    consumers: [],
    consumerIndex: new Map(),
    stations: [],
    emitters: [],
    stationsOfChannel: new Map(),
  };
  for (const node of design.nodes) addStationsOf(ctx, node);
  // Where each queue's messages go after their last delivery, once every station exists.
  linkDeadLetters(ctx);
  addEmitters(ctx);
  if (design.nodes.some((n) => n.kind === 'event-store' || n.kind === 'projection')) ctx.notes.add('Event stores and projections are not simulated (appends are not messages on a broker)');
  const { emitters, stations, consumers, stationsOfChannel } = ctx;
  for (const note of loopCutNotes(ctx)) ctx.notes.add(note);
  const deadLetterCache = new Map<string, number[]>();
  // RabbitMQ dead-letter targets depend on the queue and the message's routing keys: routed on first need, then cached.
  const rabbitDeadLetterTargets = (station: number, emitter: number): number[] => {
    const key = `${station}:${emitter}`;
    let targets = deadLetterCache.get(key);
    if (!targets) {
      const e = emitters[emitter];
      const queues = deadLetterTargets(design as Design, stations[station].channelId, e.routingKeys, e.headers);
      targets = [...queues].flatMap((q) => stationsOfChannel.get(q) ?? []);
      deadLetterCache.set(key, targets);
    }
    return targets;
  };
  return { design, emitters, stations, consumers, rabbitDeadLetterTargets, notes: [...ctx.notes] };
}
