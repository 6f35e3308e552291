// The timeline picture, drawn as inline SVG at the box's real width (so its text stays
// readable on a phone): trips as bars on top, the window ending on the control date as a
// band, the daily count of days in the window as a line against the limit, overstays in red.
// The SVG has a title and a description; the answer's sentences say the same in words. The
// engine chooses the span (the request's `curve: {}`): the window, the trips and every date
// the answer names.

import { addDays, dayFromParts, dayOf, isoOf } from '../ui/dates.js';
import { h, s } from '../ui/dom.js';

const LAYOUT = { left: 34, right: 12, laneTop: 6, laneHeight: 14, chartTop: 34, height: 196, axis: 22 };

export function timeline(t, a, curve, boxWidth) {
  const width = Math.max(280, Math.round(boxWidth || 600));
  const { left, right, laneTop, laneHeight, chartTop, height, axis } = LAYOUT;
  const chartBottom = height - axis;
  const d0 = dayOf(curve.from);
  const days = dayOf(curve.to) + 1 - d0;
  const dayWidth = (width - left - right) / days;
  const x = (iso) => left + (Math.min(Math.max(dayOf(iso), d0), d0 + days) - d0) * dayWidth;
  const xEnd = (iso) => x(addDays(iso, 1));
  const max = a.rules.maxDays;
  const peak = curve.points.reduce((best, p) => (p[1] > best[1] ? p : best), [curve.from, 0]);
  const top = Math.max(max, peak[1]) * 1.12;
  const y = (n) => chartBottom - (n / top) * (chartBottom - chartTop);
  const bar = (from, to, cls) => s('rect', { class: cls, x: x(from), y: laneTop, width: Math.max(2, xEnd(to) - x(from)), height: laneHeight, rx: 3 });
  const line = curve.points.map(([date, n], i) => `${i ? 'L' : 'M'}${(x(date) + dayWidth / 2).toFixed(1)},${y(n).toFixed(1)}`).join(' ');

  return [
    s('svg', { class: 'kz-tl', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'tl-title tl-desc' },
      s('title', { id: 'tl-title' }, t('timeline.title')),
      s('desc', { id: 'tl-desc' }, timelineText(t, a, curve, peak)),
      s('rect', { class: 'kz-tl-window', x: x(a.windowStart), y: 0, width: xEnd(a.on) - x(a.windowStart), height: chartBottom }),
      a.violations.map((v) => s('rect', { class: 'kz-tl-over', x: x(v.from), y: chartTop, width: Math.max(2, xEnd(v.to) - x(v.from)), height: chartBottom - chartTop })),
      s('line', { class: 'kz-tl-axis', x1: left, x2: width - right, y1: chartBottom, y2: chartBottom }),
      s('line', { class: 'kz-tl-limit', x1: left, x2: width - right, y1: y(max), y2: y(max) }),
      s('text', { class: 'kz-tl-label', x: left - 4, y: y(max) + 4, 'text-anchor': 'end' }, t.number(max)),
      s('text', { class: 'kz-tl-label', x: left - 4, y: chartBottom, 'text-anchor': 'end' }, t.number(0)),
      monthTicks(t, curve, x, width, chartBottom),
      s('line', { class: 'kz-tl-on', x1: x(a.on) + dayWidth / 2, x2: x(a.on) + dayWidth / 2, y1: 0, y2: chartBottom }),
      curve.trips.map((trip) => bar(trip.entry, trip.exit || a.on, trip.exit ? 'kz-tl-trip' : 'kz-tl-trip kz-tl-open')),
      a.plan && bar(a.plan.entry, a.plan.exit, a.plan.allowed ? 'kz-tl-plan' : 'kz-tl-plan kz-tl-refused'),
      s('path', { class: 'kz-tl-count', d: line })),
    timelineLegend(t, a),
  ];
}

/** Month labels along the axis, spaced so they never collide (every 1, 2, 3, 6 or 12 months). */
function monthTicks(t, curve, x, width, chartBottom) {
  const [y0, m0] = curve.from.split('-').map(Number);
  const months = [];
  for (let i = 1; ; i++) {
    const iso = isoOf(dayFromParts(y0 + Math.floor((m0 - 1 + i) / 12), ((m0 - 1 + i) % 12) + 1, 1));
    if (iso > curve.to) break;
    months.push(iso);
  }
  // Room for the longest label ("Sep 2024", about 7 px a character at 12 px) plus a gap.
  const perLabel = Math.max(...months.map((iso) => `${t.month(iso)} 2000`.length)) * 7 + 8;
  const spacing = months.length > 1 ? x(months[1]) - x(months[0]) : width;
  const step = [1, 2, 3, 6, 12].find((n) => n * spacing >= perLabel) || 12;
  const shown = months.filter((iso) => (Number(iso.slice(5, 7)) - 1) % step === 0);
  return shown.map((iso, i) => {
    const label = iso.slice(5, 7) === '01' || i === 0 ? `${t.month(iso)} ${iso.slice(0, 4)}` : t.month(iso);
    // A label that would run past the right edge is left out rather than cut.
    const fits = x(iso) + 2 + label.length * 7 <= width;
    return s('g', {},
      s('line', { class: 'kz-tl-tick', x1: x(iso), x2: x(iso), y1: chartBottom, y2: chartBottom + 4 }),
      fits && s('text', { class: 'kz-tl-label', x: x(iso) + 2, y: chartBottom + 16 }, label));
  });
}

function timelineText(t, a, curve, peak) {
  const d = t.date;
  const parts = [t('timeline.desc', {
    from: d(curve.from), to: d(curve.to), trips: curve.trips.length, window: a.rules.windowDays, on: d(a.on),
    max: a.rules.maxDays, peak: peak[1], peakDate: d(peak[0]),
  })];
  if (a.violations.length) parts.push(t('timeline.over', { ranges: a.violations.map((v) => `${d(v.from)} – ${d(v.to)}`).join('; ') }));
  return parts.join(' ');
}

function timelineLegend(t, a) {
  const item = (cls, key, params) => h('li', {}, h('span', { class: `kz-swatch ${cls}`, 'aria-hidden': 'true' }), t(key, params));
  return h('figcaption', { class: 'kz-legend' }, h('ul', {},
    item('kz-sw-trip', 'legend.trip'),
    a.plan && item('kz-sw-plan', 'legend.plan'),
    item('kz-sw-window', 'legend.window', { window: a.rules.windowDays }),
    item('kz-sw-count', 'legend.count'),
    item('kz-sw-limit', 'legend.limit', { max: a.rules.maxDays }),
    a.violations.length > 0 && item('kz-sw-over', 'legend.over')));
}
