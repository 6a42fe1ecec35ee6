import { Deque } from './deque';
import { REBALANCE, VISIBLE, type Engine } from './engine';
import type { ScenarioStep } from './scenario';
import { redeliveredOnTimerAfterCrash } from './broker-redelivery';

/** Assumed replication lag of a follower: what an acks=0/1 leader loss can lose (an estimate, said so in the report). */
const REPLICA_LAG_S = 0.5;

/**
 * What a scenario step does to the running engine when it starts and when it
 * ends (scenario.ts parses the steps; the engine schedules both edges).
 * `outcomes` collects what the report says about them.
 */
export function applyScenarioStep(engine: Engine, steps: readonly ScenarioStep[], i: number, starting: boolean, outcomes: string[]): void {
  const step = steps[i];
  const { consumers } = engine.network;
  const targets = step.target !== undefined ? consumers.flatMap((c, g) => (c.id === step.target ? [g] : [])) : consumers.length > 0 ? [0] : [];
  switch (step.name) {
    case 'spike':
      engine.rateFactor = starting ? step.factor : 1;
      break;
    case 'hot-key':
      engine.hotShare = starting ? step.factor : 0;
      break;
    case 'poison':
      if (starting && step.target !== undefined) engine.poisonFor = targets[0] ?? -1;
      else if (starting) engine.poisonPending = true;
      break;
    case 'slow':
      for (const g of targets) engine.slow[g] = starting ? step.factor : 1;
      break;
    case 'outage':
      for (const g of targets) engine.outage[g] = starting ? 1 : 0;
      break;
    case 'crash':
      for (const g of targets) crash(engine, g, starting);
      break;
    case 'broker-loss':
      engine.brokerLossEndUs = steps[steps.findIndex((s) => s.name === 'broker-loss')].endMs * 1000;
      brokerLoss(engine, starting, outcomes);
      break;
    default:
      break;
  }
}

/** Instance 0 of consumer `g` goes down (its work in hand redelivered or lost, by its guarantees) or comes back. */
function crash(engine: Engine, g: number, down: boolean): void {
  const consumer = engine.network.consumers[g];
  engine.stations.forEach((st, t) => {
    const spec = st.spec;
    let touched = false;
    for (let s = 0; s < spec.serverConsumer.length; s++) {
      if (spec.serverConsumer[s] !== g || spec.serverInstance[s] !== 0) continue;
      touched = true;
      st.serverUp[s] = down ? 0 : 1;
      if (!down) {
        if (!spec.laned && st.serverMsg[s] < 0) st.idle.push(s);
        continue;
      }
      const m = st.serverMsg[s];
      if (m < 0) continue;
      st.serverMsg[s] = -1;
      const lostInFlight = spec.family === 'kafka' ? consumer.commitsBeforeProcessing : consumer.autoAck;
      if (lostInFlight) engine.lose(st, m, 'in flight on a crashed instance');
      else if (redeliveredOnTimerAfterCrash(spec.family) && Number.isFinite(spec.redeliverAfterUs)) {
        st.redelivered++;
        engine.queue.push(engine.now + spec.redeliverAfterUs, VISIBLE, t, m);
      } else {
        st.redelivered++;
        engine.requeueFront(t, m);
      }
    }
    if (!touched) return;
    // Kafka reassigns partitions after the session timeout (a join is immediate); SQS FIFO groups move at once.
    if (spec.laned) engine.queue.push(engine.now + (down && spec.family === 'kafka' ? consumer.sessionTimeoutUs : 0), REBALANCE, t, 0);
    else engine.dispatch(t, 0);
  });
}

/** Gives each live thread of station `t` a lane and spreads the waiting messages over them again, in arrival order. */
export function rebalance(engine: Engine, t: number): void {
  const st = engine.stations[t];
  const up: number[] = [];
  for (let s = 0; s < st.serverUp.length; s++) if (st.serverUp[s] === 1) up.push(s);
  if (up.length === 0) return;
  const waiting: number[] = [];
  for (const lane of st.lanes) lane.drain(waiting);
  const msgs = engine.msgs;
  waiting.sort((a, b) => msgs.enq(a) - msgs.enq(b));
  st.lanes = up.map(() => new Deque());
  st.laneServer = up;
  st.serverLane.fill(-1);
  up.forEach((s, l) => (st.serverLane[s] = l));
  for (const m of waiting) st.lanes[msgs.part(m) % up.length].pushBack(m);
  for (let l = 0; l < up.length; l++) engine.dispatch(t, l);
}

/** Broker 0 of each cluster is lost: Kafka partitions with a replica there, classic queues and streams it hosts. */
function brokerLoss(engine: Engine, starting: boolean, outcomes: string[]): void {
  const { emitters } = engine.network;
  let refusing = 0;
  let estimate = 0;
  emitters.forEach((e, i) => {
    if (e.family !== 'kafka') return;
    if (!starting) {
      engine.refused[i] = null;
      return;
    }
    const flags = new Uint8Array(e.partitions);
    const n = e.clusterNodes;
    for (let p = 0; p < e.partitions; p++) {
      // Replicas of partition p on brokers p, p+1, … (mod n), as Kafka's default assignment roughly does.
      const hasReplica = (n - (p % n)) % n < e.replicationFactor;
      if (!hasReplica) continue;
      const acksAll = e.acks === 'all' || e.acks === '-1';
      if (e.replicationFactor === 1 || (acksAll && e.replicationFactor - 1 < e.minInsyncReplicas)) flags[p] = 1;
      else if (!acksAll && p % n === 0) estimate += (e.ratePerSecond / e.partitions) * REPLICA_LAG_S;
    }
    if (flags.includes(1)) refusing++;
    engine.refused[i] = flags;
  });
  if (starting) {
    engine.lostAckedEstimate += estimate;
    if (refusing > 0) outcomes.push(`broker loss: ${refusing} Kafka publish path(s) refused writes on some partitions (acks=all with replicas − 1 < min.insync.replicas, or one replica)`);
    if (estimate > 0) outcomes.push(`broker loss: about ${Math.round(estimate)} acknowledged messages lost with the leader (acks=0/1; estimate assuming ${REPLICA_LAG_S} s follower lag)`);
  }
  pauseUnreplicatedQueues(engine, starting, outcomes);
}

/**
 * A RabbitMQ queue or JetStream stream is judged as if the lost node held one of its replicas (the worst case):
 * a classic queue or a one-replica stream stops; quorum queues and replicated streams stop only without a majority.
 */
function pauseUnreplicatedQueues(engine: Engine, starting: boolean, outcomes: string[]): void {
  engine.stations.forEach((st, t) => {
    const spec = st.spec;
    if (spec.family !== 'rabbitmq' && spec.family !== 'nats') return;
    const members = spec.family === 'rabbitmq' && spec.queueType === 'classic' ? 1 : spec.replicas;
    if (members - 1 >= Math.floor(members / 2) + 1) return;
    st.paused = starting;
    if (starting)
      outcomes.push(`broker loss: ${spec.label} unavailable (${spec.family === 'rabbitmq' ? `${spec.queueType ?? 'classic'} queue` : 'stream'} with ${members} replica${members === 1 ? '' : 's'})`);
    else if (spec.laned) for (let l = 0; l < st.lanes.length; l++) engine.dispatch(t, l);
    else engine.dispatch(t, 0);
  });
}
