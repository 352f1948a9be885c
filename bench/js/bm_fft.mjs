// Hand-written JavaScript version of ../shared/perf/bm_fft.py: radix-2 FFT and its inverse,
// complex numbers as parallel Float64Arrays (same algorithm, same result).

function reverse(x, bits) {
  let y = 0;
  for (let i = 0; i < bits; i++) {
    y = (y << 1) | (x & 1);
    x >>= 1;
  }
  return y;
}

function transformRadix2(re, im, inverse) {
  const n = re.length;
  const levels = Math.round(Math.log(n) / Math.log(2));
  const coef = ((inverse ? 2 : -2) * Math.PI) / n;
  const half = n >> 1;
  const expRe = new Float64Array(half);
  const expIm = new Float64Array(half);
  for (let i = 0; i < half; i++) {
    expRe[i] = Math.cos(i * coef);
    expIm[i] = Math.sin(i * coef);
  }
  const vr = new Float64Array(n);
  const vi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = reverse(i, levels);
    vr[i] = re[j];
    vi[i] = im[j];
  }
  for (let size = 2; size <= n; size *= 2) {
    const halfsize = size >> 1;
    const tablestep = n / size;
    for (let i = 0; i < n; i += size) {
      let k = 0;
      for (let j = i; j < i + halfsize; j++) {
        const tr = vr[j + halfsize] * expRe[k] - vi[j + halfsize] * expIm[k];
        const ti = vr[j + halfsize] * expIm[k] + vi[j + halfsize] * expRe[k];
        vr[j + halfsize] = vr[j] - tr;
        vi[j + halfsize] = vi[j] - ti;
        vr[j] += tr;
        vi[j] += ti;
        k += tablestep;
      }
    }
  }
  return [vr, vi];
}

export const bm_params = [
  [[50, 25], [2, 128]],
  [[100, 100], [3, 256]],
  [[1000, 1000], [20, 512]],
  [[5000, 1000], [100, 512]],
];

export function bm_setup(params) {
  const n = params[1];
  const signalRe = Float64Array.from({ length: n }, (_, i) => Math.cos((2 * Math.PI * i) / n));
  const signalIm = new Float64Array(n);
  let fft = null;
  let inv = null;
  const run = () => {
    for (let k = 0; k < params[0]; k++) {
      fft = transformRadix2(signalRe, signalIm, false);
      inv = transformRadix2(fft[0], fft[1], true);
    }
  };
  const result = () => {
    const [fr, fi] = fft;
    fr[1] -= 0.5 * n;
    fr[n - 1] -= 0.5 * n;
    let fftOk = true;
    for (let i = 0; i < n; i++) if (!(Math.hypot(fr[i], fi[i]) < 1e-3)) fftOk = false;
    const [ir, ii] = inv;
    let invOk = true;
    for (let i = 0; i < n; i++) {
      ir[i] -= n * signalRe[i];
      ii[i] -= n * signalIm[i];
      if (!(Math.hypot(ir[i], ii[i]) < 1e-3)) invOk = false;
    }
    const py = (b) => (b ? 'True' : 'False');
    return [params[0] * n, `(${py(fftOk)}, ${py(invOk)})`];
  };
  return [run, result];
}
