import { z } from 'zod';
import { durationSchema } from './fields';

/**
 * The simulation run kept with the design (file and share link), so a
 * colleague who opens it replays the same run: same scenarios, seed and
 * duration give the same report (lib/sim is deterministic). The scenario text
 * is the list `queuewright simulate --scenario` takes (lib/sim/scenario.ts
 * reads it and names a bad entry when the run starts; this schema cannot
 * import the simulation, which itself reads designs).
 */
export const simulationSettingsSchema = z.object({
  scenario: z
    .string()
    .max(500, 'A scenario list is at most 500 characters')
    .default('steady')
    .meta({ description: 'Scenarios, comma-separated, as `queuewright simulate --scenario` takes them (e.g. crash,spike:3)' }),
  seed: z.number().int().min(0).max(0xffffffff).default(1).meta({ description: 'Random seed: the same seed replays the same run' }),
  duration: durationSchema.default('1h').meta({ description: 'Simulated time, e.g. 10m or 1h' }),
});
export type SimulationSettings = z.infer<typeof simulationSettingsSchema>;

/** What a new run uses when the design has no saved one. */
export const SIMULATION_DEFAULTS: SimulationSettings = { scenario: 'steady', seed: 1, duration: '1h' };
