/**
 * The tables of the ziggurat method for the standard exponential distribution
 * (Marsaglia & Tsang, "The Ziggurat Method for Generating Random Variables",
 * Journal of Statistical Software 5(8), 2000): 256 layers of equal area
 * under e^-x, each a rectangle [0, x_i) from the curve at x_i up to the curve
 * at the layer above. A draw picks a layer and a point in it from one 32-bit
 * integer and is accepted outright when the point lies under the curve's
 * part of the rectangle, 97.8 % of draws: one table lookup and one
 * multiplication instead of a logarithm (Prng.exponential). The rest go
 * through the wedge test or, in the base layer, the tail beyond R, where the
 * exponential's lack of memory makes the tail R plus a fresh draw.
 *
 * The draw's 8 low bits pick the layer and its 24 high bits the point, so the
 * two are independent (Marsaglia & Tsang's own code took both from the same
 * bits). The tables are computed once at load with Math.exp and Math.log, the
 * same functions the draws used before, so a seed still gives the same
 * numbers wherever the engine's arithmetic is the same.
 */

/** The layers' count: a power of two, so that the layer is the draw's low bits. */
export const ZIGGURAT_LAYERS = 256;
/** Where the tail starts: the right edge of the widest rectangle (Marsaglia & Tsang's r for 256 layers). */
export const ZIGGURAT_R = 7.69711747013104972;
/** The area of each layer (v for 256 layers). */
const LAYER_AREA = 3.949659822581572e-3;
/** The point's resolution: 24 bits. */
const POINT_SCALE = 2 ** 24;

/** Per layer: the largest 24-bit point that lies under the curve whatever the height (accepted outright below it). */
export const ZIGGURAT_K = new Int32Array(ZIGGURAT_LAYERS);
/** Per layer: its width over 2^24, so that point × W is the abscissa. */
export const ZIGGURAT_W = new Float64Array(ZIGGURAT_LAYERS);
/** Per layer: e^-x at its right edge (the bottom of its wedge; 1 above the top layer). */
export const ZIGGURAT_F = new Float64Array(ZIGGURAT_LAYERS);

// Layer 0 is the base (a rectangle as wide as its area over e^-R, holding the tail beyond R), layer 255
// the one above it (width R), layer 1 the top; each x_i solves e^-x_i = e^-x_(i+1) + area / x_(i+1).
{
  let x = ZIGGURAT_R;
  let wider = x;
  const base = LAYER_AREA / Math.exp(-x);
  ZIGGURAT_K[0] = Math.floor((x / base) * POINT_SCALE);
  ZIGGURAT_K[1] = 0;
  ZIGGURAT_W[0] = base / POINT_SCALE;
  ZIGGURAT_W[ZIGGURAT_LAYERS - 1] = x / POINT_SCALE;
  ZIGGURAT_F[0] = 1;
  ZIGGURAT_F[ZIGGURAT_LAYERS - 1] = Math.exp(-x);
  for (let i = ZIGGURAT_LAYERS - 2; i >= 1; i--) {
    x = -Math.log(LAYER_AREA / x + Math.exp(-x));
    ZIGGURAT_K[i + 1] = Math.floor((x / wider) * POINT_SCALE);
    wider = x;
    ZIGGURAT_F[i] = Math.exp(-x);
    ZIGGURAT_W[i] = x / POINT_SCALE;
  }
}
