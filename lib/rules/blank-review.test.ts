import { describe, expect, it } from 'vitest';
import { addNode, emptyDesign, type Design } from '../design';
import { isBlankDesign } from '../design/is-blank-design';
import { BLANK_REVIEW } from './blank-review';
import { reviewDesign } from './review';

describe('the review of a blank design', () => {
  it('is what every rule says of a new design', () => {
    const design = emptyDesign();
    expect(isBlankDesign(design)).toBe(true);
    expect(BLANK_REVIEW).toEqual(reviewDesign(design));
  });

  it('is what the rules say of a blank design with positions left over (isBlankDesign ignores the layout)', () => {
    const design: Design = { ...emptyDesign(), layout: { removed: { x: 40, y: -12 } } };
    expect(isBlankDesign(design)).toBe(true);
    expect(BLANK_REVIEW).toEqual(reviewDesign(design));
  });

  it('is not the review of a design with something in it (the test can fail)', () => {
    const { design } = addNode(emptyDesign(), 'producer');
    expect(isBlankDesign(design)).toBe(false);
    expect(reviewDesign(design).findings.length).toBeGreaterThan(0);
  });
});
