'use client';

import { useMemo, useState } from 'react';
import { durationToMs, SIMULATION_DEFAULTS, type SimulationSettings } from '@/lib/design';
import { parseScenario } from '@/lib/sim';
import { useStudio } from '../studio/store-context';

/** Longest run the studio plays (the command line allows the same). */
const MAX_DURATION_MS = 7 * 86_400_000;

const SEED_PROBLEM = 'Seed: a whole number from 0 to 4294967295.';

/** Why the settings cannot run, or null. */
function problemOf(settings: SimulationSettings): string | null {
  const durationMs = durationToMs(settings.duration);
  if (durationMs === undefined || durationMs <= 0 || durationMs > MAX_DURATION_MS) return `Duration: "${settings.duration}" is not a duration from 1 s to 7 d such as 90s, 30m or 1h.`;
  if (!Number.isInteger(settings.seed) || settings.seed < 0 || settings.seed > 0xffffffff) return SEED_PROBLEM;
  const parsed = parseScenario(settings.scenario, durationMs);
  return parsed.ok ? null : `Scenarios: ${parsed.error}.`;
}

/**
 * The run settings being edited (scenarios, duration, seed as typed), starting from the design's
 * and following it when another design is opened, and why they cannot run (or null).
 */
export function useSimSettings() {
  const saved = useStudio((s) => s.design.simulation);
  const [settings, setSettings] = useState<SimulationSettings>(saved ?? SIMULATION_DEFAULTS);
  const [seedText, setSeedText] = useState(String(settings.seed));

  // A design opened or a link followed while the panel is open brings its own run settings (adjusted while rendering).
  const [seenSaved, setSeenSaved] = useState(saved);
  if (saved !== seenSaved) {
    setSeenSaved(saved);
    if (saved) {
      setSettings(saved);
      setSeedText(String(saved.seed));
    }
  }

  const problem = useMemo(() => (/^\d{1,10}$/.test(seedText) ? problemOf({ ...settings, seed: Number(seedText) }) : SEED_PROBLEM), [settings, seedText]);
  return { settings, setSettings, seedText, setSeedText, problem };
}
