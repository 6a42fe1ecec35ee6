import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../families/templates';
import { templateDesign } from '../templates';
import { brokerRedelivers, gaveUpReason, redeliveredOnTimerAfterCrash } from './broker-redelivery';
import { compileNetwork, type Family } from './network';
import { SIM_BROKERS } from './sim-brokers';

const FAMILIES = Object.keys(SIM_BROKERS) as Family[];

/** The family whose module compiles stations of `kind`. */
function stationFamilyOf(kind: string): Family | undefined {
  return FAMILIES.find((family) => Object.hasOwn(SIM_BROKERS[family].stations, kind));
}

/**
 * Who redelivers a failed message, as the engine had it per family before the brokers' modules said it:
 * `[broker redelivers, a crashed consumer's messages come back on a timer, the words of its limit]`. Only these
 * families are compared, so a new broker needs no row here: its own test (`lib/sim/<family>.test.ts`, checked
 * below) shows its redeliveries and what its limit is called.
 */
const REDELIVERY_ON_MAIN: Partial<Record<Family, [boolean, boolean, string]>> = {
  kafka: [false, false, ''],
  rabbitmq: [false, false, ''],
  nats: [true, true, 'max_deliver reached'],
  sqs: [true, true, 'failed every receive'],
  sns: [false, false, ''],
  artemis: [true, false, 'max-delivery-attempts reached'],
  pubsub: [true, true, 'maxDeliveryAttempts reached'],
  pulsar: [true, false, 'maxRedeliverCount reached'],
  servicebus: [true, true, 'maxDeliveryCount reached'],
};

describe('SIM_BROKERS', () => {
  it("gives every template's stations and emitters the family of the module that compiles their channel", () => {
    let stations = 0;
    for (const template of TEMPLATES) {
      const design = templateDesign(template);
      const network = compileNetwork(design);
      const kindOf = new Map(design.nodes.map((n) => [n.id, n.kind]));
      for (const station of network.stations) {
        expect(station.family, `${template.id}: ${station.label}`).toBe(stationFamilyOf(kindOf.get(station.channelId)!));
        stations++;
      }
      for (const emitter of network.emitters) {
        const kind = kindOf.get(emitter.channelId)!;
        expect(Object.hasOwn(SIM_BROKERS[emitter.family].publishTargets, kind), `${template.id}: ${emitter.label}`).toBe(true);
      }
    }
    expect(stations).toBeGreaterThan(50);
  });

  it('derives who redelivers a failed message from each broker, as the engine had it per family', () => {
    const frozen = Object.keys(REDELIVERY_ON_MAIN) as Family[];
    const table = Object.fromEntries(frozen.map((f) => [f, [brokerRedelivers(f), redeliveredOnTimerAfterCrash(f), brokerRedelivers(f) ? gaveUpReason(f) : '']]));
    expect(table).toEqual(REDELIVERY_ON_MAIN);
  });

  it('has a test of its own for every broker the table above did not have', () => {
    const untested = FAMILIES.filter((f) => !Object.hasOwn(REDELIVERY_ON_MAIN, f) && !existsSync(join(__dirname, `${f}.test.ts`)));
    expect(untested, 'simulated brokers with no lib/sim/<family>.test.ts').toEqual([]);
  });
});
