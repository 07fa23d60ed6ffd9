// The benchmarks' charts: line charts drawn as SVG and rendered to PNG (resvg, system fonts), so
// every benchmark saves a picture without a plotting stack.
import { Resvg } from '@resvg/resvg-js';

const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#888888', '#444444'];

/** A round step (1, 2 or 5 × 10^k) giving about five ticks up to `max`. */
function niceStep(max) {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((st) => st >= raw);
}

/** Tick labels: integers as they are, fractions with up to two decimals. */
const label = (v) => (Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2))));

/**
 * A line chart as PNG. `series`: [{ name, points: [[x, y], ...], dashed? }]; `xLog`: a base-10
 * logarithmic x axis (x > 0); `lines`: horizontal reference lines [{ y, name }] (targets).
 */
export function lineChart({ title, xLabel, yLabel, series, xLog = false, lines = [], yMin = 0 }) {
  const W = 960;
  const H = 540;
  const M = { l: 80, r: 300, t: 40, b: 50 };
  const xs = series.flatMap((s) => s.points.map(([px]) => px));
  const ys = [...series.flatMap((s) => s.points.map(([, py]) => py)), ...lines.map((l) => l.y)];
  const fx = xLog ? Math.log10 : (v) => v;
  // Reduced, not spread: a latency distribution can hold more points than the call stack.
  const least = xs.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const most = xs.reduce((a, b) => Math.max(a, b), 1e-9);
  const topY = ys.reduce((a, b) => Math.max(a, b), 1e-9);
  const xLo = xLog ? Math.floor(Math.log10(least)) : 0;
  const xHi = xLog ? Math.ceil(Math.log10(most)) : most;
  const stepX = xLog ? 1 : niceStep(xHi);
  const maxX = xLog ? xHi : stepX * Math.ceil(xHi / stepX);
  const stepY = niceStep(topY - yMin);
  const maxY = yMin + stepY * Math.ceil((topY - yMin) / stepY);
  const x = (v) => M.l + ((fx(v) - xLo) / (maxX - xLo)) * (W - M.l - M.r);
  const y = (v) => H - M.b - ((v - yMin) / (maxY - yMin)) * (H - M.t - M.b);
  const colour = (i) => COLOURS[i % COLOURS.length];
  const paths = series.map((s, i) => {
    const d = s.points
      .map(([px, py], k) => `${k ? 'L' : 'M'}${x(px).toFixed(1)},${y(py).toFixed(1)}`)
      .join(' ');
    const dots =
      s.points.length <= 12
        ? s.points.map(([px, py]) => `<circle cx="${x(px)}" cy="${y(py)}" r="3" fill="${colour(i)}"/>`)
        : [];
    return (
      `<path d="${d}" fill="none" stroke="${colour(i)}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>${dots.join('')}` +
      `<text x="${W - M.r + 15}" y="${M.t + 20 + i * 22}" fill="${colour(i)}" font-size="13">${s.name}</text>`
    );
  });
  const refs = lines.map(
    (l, i) =>
      `<line x1="${M.l}" y1="${y(l.y)}" x2="${W - M.r}" y2="${y(l.y)}" stroke="#d62728" stroke-dasharray="3 3"/>` +
      `<text x="${W - M.r + 15}" y="${M.t + 20 + (series.length + i) * 22}" fill="#d62728" font-size="13">${l.name}</text>`,
  );
  const ticks = [];
  for (let v = xLo; v <= maxX + 1e-9; v += stepX) {
    const px = xLog ? 10 ** v : v;
    const text = xLog ? `10^${v}` : label(v);
    ticks.push(`<line x1="${x(px)}" y1="${M.t}" x2="${x(px)}" y2="${H - M.b}" stroke="#eeeeee"/>`);
    ticks.push(`<text x="${x(px)}" y="${H - M.b + 20}" font-size="12" text-anchor="middle">${text}</text>`);
  }
  for (let v = yMin; v <= maxY + 1e-9; v += stepY) {
    ticks.push(`<line x1="${M.l}" y1="${y(v)}" x2="${W - M.r}" y2="${y(v)}" stroke="#eeeeee"/>`);
    ticks.push(`<text x="${M.l - 8}" y="${y(v) + 4}" font-size="12" text-anchor="end">${label(v)}</text>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<rect width="100%" height="100%" fill="white"/>
<text x="${M.l}" y="24" font-size="15">${title}</text>
<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="black"/>
<line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="black"/>
<text x="${(M.l + W - M.r) / 2}" y="${H - 10}" font-size="13" text-anchor="middle">${xLabel}</text>
<text transform="translate(22 ${(M.t + H - M.b) / 2}) rotate(-90)" font-size="13" text-anchor="middle">${yLabel}</text>
${ticks.join('\n')}
${refs.join('\n')}
${paths.join('\n')}
</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
}

/** The `q` quantile (0..1) of sorted numbers, nearest rank. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** An empirical distribution's points for a chart: [value, fraction at or below it]. */
export function cdf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.map((v, i) => [v, (i + 1) / sorted.length]);
}
