/**
 * The complementary error function erfc(x) = 1 - erf(x), accurate to a few units in the
 * last place over the whole double range (relative, also deep in the tail where erfc(x)
 * is tiny: erfc(26) ≈ 5.7e-296; it underflows to 0 beyond x ≈ 26.55).
 *
 * W. J. Cody's rational Chebyshev approximations (CALERF, netlib specfun/erf, public
 * domain), on 0 ≤ |x| ≤ 0.46875, 0.46875 < |x| ≤ 4 and |x| > 4, with exp(-x²) split as
 * exp(-t²)·exp(-(x-t)(x+t)), t = x rounded down to 1/16, to keep full relative accuracy.
 * @see Cody, W. J. (1969). Rational Chebyshev approximations for the error function.
 *   Mathematics of Computation 23(107), 631–637.
 * @internal
 */

const THRESH = 0.46875;
const XBIG = 26.543;
const XHUGE = 6.71e7;
const SQRPI = 5.6418958354775628695e-1; // 1 / sqrt(pi)

const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909, 1712.04761263407058,
  2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942];
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];

/** erfc(x) for any real x (NaN for NaN). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  let r: number;
  if (y <= THRESH) {
    // erf(y) = y * P(y²)/Q(y²)
    const ysq = y > 1.11e-16 ? y * y : 0;
    let num = A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * ysq;
      den = (den + B[i]) * ysq;
    }
    return 1 - (x * (num + A[3])) / (den + B[3]);
  } else if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    r = (num + C[7]) / (den + D[7]);
    r = scaleByGaussian(y, r);
  } else if (y >= XBIG) {
    r = 0;
  } else {
    if (y >= XHUGE) {
      r = SQRPI / y;
    } else {
      const ysq = 1 / (y * y);
      let num = P[5] * ysq;
      let den = ysq;
      for (let i = 0; i < 4; i++) {
        num = (num + P[i]) * ysq;
        den = (den + Q[i]) * ysq;
      }
      r = (ysq * (num + P[4])) / (den + Q[4]);
      r = (SQRPI - r) / y;
    }
    r = scaleByGaussian(y, r);
  }
  return x < 0 ? 2 - r : r;
}

/** r · exp(-y²), computed as r · exp(-t²) · exp(-(y-t)(y+t)) with t = floor(16y)/16. */
function scaleByGaussian(y: number, r: number): number {
  const t = Math.trunc(y * 16) / 16;
  const del = (y - t) * (y + t);
  return Math.exp(-t * t) * Math.exp(-del) * r;
}
