import type { ReviewSettings } from '../design';
import type { RuleMeta, Severity } from './rule';

export const PRESETS = {
  recommended: 'Each rule at the severity the catalog gives it.',
  strict: 'Warnings count as errors and advice as warnings: for production gates.',
} as const;

const STRICTER: Record<Severity, Severity> = { error: 'error', warning: 'error', info: 'warning' };

/** The severity a rule reports at under the design's review settings, or `off`. */
export function effectiveSeverity(meta: Pick<RuleMeta, 'id' | 'severity'>, settings: ReviewSettings): Severity | 'off' {
  const override = Object.hasOwn(settings.overrides, meta.id) ? settings.overrides[meta.id] : undefined;
  if (override) return override;
  return settings.preset === 'strict' ? STRICTER[meta.severity] : meta.severity;
}
