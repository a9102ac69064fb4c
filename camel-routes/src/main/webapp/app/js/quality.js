// Cheap measures of a camera frame before anything is uploaded: brightness, sharpness (variance of the
// Laplacian over the variance of the grey levels, so that it hardly depends on the document's contrast), glare (share of saturated pixels) and how much of the frame the document's edges span.
// Computed on a downscaled grey copy (about 160 px wide), a few times a second.

export const WIDTH = 160;

/** Thresholds, tuned on the test video and on phone cameras' previews; the hub's own gate decides. */
export const LIMITS = { dark: 55, glare: 0.03, sharp: 0.12, edgeShare: 0.02, fill: 0.45 };

/** Grey levels (0..255) of RGBA pixels. */
export function grey(rgba, w, h) {
  const g = new Uint8ClampedArray(w * h);
  for (let i = 0, p = 0; i < g.length; i++, p += 4) {
    g[i] = (rgba[p] * 77 + rgba[p + 1] * 150 + rgba[p + 2] * 29) >> 8;
  }
  return g;
}

/** The measures of one grey frame. */
export function measure(g, w, h) {
  let sum = 0;
  let sumSq = 0;
  let saturated = 0;
  for (const v of g) {
    sum += v;
    sumSq += v * v;
    if (v >= 250) saturated++;
  }
  const brightness = sum / g.length;
  const contrast = sumSq / g.length - brightness * brightness;
  let lapSum = 0;
  let lapSq = 0;
  let count = 0;
  let edges = 0;
  const rows = new Uint32Array(h);
  const cols = new Uint32Array(w);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const lap = g[i - 1] + g[i + 1] + g[i - w] + g[i + w] - 4 * g[i];
      lapSum += lap;
      lapSq += lap * lap;
      count++;
      if (Math.abs(g[i + 1] - g[i - 1]) + Math.abs(g[i + w] - g[i - w]) > 60) {
        edges++;
        rows[y]++;
        cols[x]++;
      }
    }
  }
  const mean = lapSum / count;
  const laplacian = lapSq / count - mean * mean;
  return {
    brightness,
    glare: saturated / g.length,
    laplacian,
    sharpness: laplacian / (contrast + 1),
    edgeShare: edges / count,
    fill: span(rows, edges) * span(cols, edges),
  };
}

/** The share of the axis between the 3rd and 97th percentile of the edge pixels' positions. */
function span(histogram, total) {
  if (total === 0) return 0;
  let seen = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i];
    if (first < 0 && seen >= total * 0.03) first = i;
    if (last < 0 && seen >= total * 0.97) last = i;
  }
  return (last - first + 1) / histogram.length;
}

/** What the customer is told: searching, dark, far, glare, blurred, or hold (good). */
export function classify(m, limits = LIMITS) {
  if (m.brightness < limits.dark) return 'dark';
  if (m.edgeShare < limits.edgeShare) return 'searching';
  if (m.fill < limits.fill) return 'far';
  if (m.glare > limits.glare) return 'glare';
  if (m.sharpness < limits.sharp) return 'blurred';
  return 'hold';
}
