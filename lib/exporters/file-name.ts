import { slugify, type Design } from '../design';

/** A safe file name stem from the design's name. */
export function fileBaseName(design: Design): string {
  return slugify(design.name) || 'design';
}
