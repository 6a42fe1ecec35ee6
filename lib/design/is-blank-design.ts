import { deepEqual } from './deep-equal';
import { emptyDesign, type Design } from './design';

/**
 * Whether a design holds nothing a person made, so another may replace it
 * without asking: exactly what a new design is. Notes, a name, requirements
 * or clusters without a single node are work too.
 */
export function isBlankDesign(design: Design): boolean {
  const { layout: _layout, ...rest } = design;
  const { layout: _none, ...blank } = emptyDesign();
  return deepEqual(rest, blank);
}
