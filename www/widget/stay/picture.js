// The picture of the stay answer, drawn as inline SVG at the box's real width (so its text
// stays readable on a phone), telling the same story as the words: the stays as bars on top
// (the one going on dashed beyond today, as far as the headline assumes it lasts; the plan),
// the window ending on the control date as a band, the engine's daily count as a line against
// each period's limit, overstays in red, the per-entry limit of the stay going on and its last
// legal day marked. The SVG has a title and a description; the words say the same.

import { addDays, dayFromParts, dayOf, isoOf } from '../ui/dates.js';
import { h, s } from '../ui/dom.js';

const LAYOUT = { left: 34, right: 12, laneTop: 6, laneHeight: 14, chartTop: 34, height: 196, axis: 22 };

const BAR_CLASS = { TRIP: 'kz-tl-trip', ASSUMED: 'kz-tl-trip kz-tl-assumed', PLAN: 'kz-tl-plan', PLAN_REFUSED: 'kz-tl-plan kz-tl-refused' };

export function picture(t, a, boxWidth) {
  const curve = a.curve;
  const points = curve.points;
  const [from, to] = [points[0][0], points.at(-1)[0]];
  const width = Math.max(280, Math.round(boxWidth || 600));
  const { left, right, laneTop, laneHeight, chartTop, height, axis } = LAYOUT;
  const chartBottom = height - axis;
  const d0 = dayOf(from);
  const days = dayOf(to) + 1 - d0;
  const dayWidth = (width - left - right) / days;
  const x = (iso) => left + (Math.min(Math.max(dayOf(iso), d0), d0 + days) - d0) * dayWidth;
  const xEnd = (iso) => x(addDays(iso, 1));
  const limits = a.periods.filter((p) => !p.visaRequired && (!p.to || p.to >= from) && (!p.from || p.from <= to));
  const peak = points.reduce((best, p) => (p[1] > best[1] ? p : best), [from, 0]);
  const top = Math.max(...limits.map((p) => p.maxDays), peak[1]) * 1.12;
  const y = (n) => chartBottom - (n / top) * (chartBottom - chartTop);
  const line = points.map(([date, n], i) => `${i ? 'L' : 'M'}${(x(date) + dayWidth / 2).toFixed(1)},${y(n).toFixed(1)}`).join(' ');
  const current = curve.bars.find((b) => b.capUntil);
  const lastDay = ['MAY_STAY', 'MAY_ENTER', 'MUST_WAIT'].includes(a.status.code) && a.status.to;
  const mark = (iso, cls) => s('line', { class: cls, x1: x(iso) + dayWidth / 2, x2: x(iso) + dayWidth / 2, y1: 0, y2: chartBottom });

  return [
    s('svg', { class: 'kz-tl', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'tl-title tl-desc' },
      s('title', { id: 'tl-title' }, t('timeline.title')),
      s('desc', { id: 'tl-desc' }, description(t, a, from, to, peak, lastDay)),
      s('rect', { class: 'kz-tl-window', x: x(a.windowStart), y: 0, width: xEnd(a.on) - x(a.windowStart), height: chartBottom }),
      a.violations.map((v) => s('rect', { class: 'kz-tl-over', x: x(v.from), y: chartTop, width: Math.max(2, xEnd(v.to) - x(v.from)), height: chartBottom - chartTop })),
      s('line', { class: 'kz-tl-axis', x1: left, x2: width - right, y1: chartBottom, y2: chartBottom }),
      limits.map((p) => s('line', { class: 'kz-tl-limit', x1: p.from ? x(p.from) : left, x2: p.to ? xEnd(p.to) : width - right, y1: y(p.maxDays), y2: y(p.maxDays) })),
      [...new Set(limits.map((p) => p.maxDays))].map((max) => s('text', { class: 'kz-tl-label', x: left - 4, y: y(max) + 4, 'text-anchor': 'end' }, t.number(max))),
      s('text', { class: 'kz-tl-label', x: left - 4, y: chartBottom, 'text-anchor': 'end' }, t.number(0)),
      monthTicks(t, from, to, x, width, chartBottom),
      mark(a.on, 'kz-tl-on'),
      current && mark(current.capUntil, 'kz-tl-cap'),
      lastDay && mark(lastDay, 'kz-tl-exit'),
      curve.bars.map((b) => s('rect', { class: BAR_CLASS[b.kind], x: x(b.from), y: laneTop, width: Math.max(2, xEnd(b.to) - x(b.from)), height: laneHeight, rx: 3 })),
      s('path', { class: 'kz-tl-count', d: line })),
    legend(t, a, current, lastDay),
  ];
}

/** Month labels along the axis, spaced so they never collide (every 1, 2, 3, 6 or 12 months). */
function monthTicks(t, from, to, x, width, chartBottom) {
  const [y0, m0] = from.split('-').map(Number);
  const months = [];
  for (let i = 1; ; i++) {
    const iso = isoOf(dayFromParts(y0 + Math.floor((m0 - 1 + i) / 12), ((m0 - 1 + i) % 12) + 1, 1));
    if (iso > to) break;
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

function description(t, a, from, to, peak, lastDay) {
  const d = t.date;
  const parts = [t('timeline.desc', {
    from: d(from), to: d(to), trips: a.curve.bars.length, window: a.rules.windowDays, on: d(a.on),
    max: a.rules.maxDays, peak: peak[1], peakDate: d(peak[0]),
  })];
  if (lastDay) parts.push(t('timeline.lastDay', { date: d(lastDay) }));
  if (a.violations.length) parts.push(t('timeline.over', { ranges: a.violations.map((v) => `${d(v.from)} – ${d(v.to)}`).join('; ') }));
  return parts.join(' ');
}

function legend(t, a, current, lastDay) {
  const item = (cls, key, params) => h('li', {}, h('span', { class: `kz-swatch ${cls}`, 'aria-hidden': 'true' }), t(key, params));
  const kinds = new Set(a.curve.bars.map((b) => b.kind));
  return h('figcaption', { class: 'kz-legend' }, h('ul', {},
    item('kz-sw-trip', 'legend.trip'),
    kinds.has('ASSUMED') && item('kz-sw-assumed', 'legend.assumed'),
    (kinds.has('PLAN') || kinds.has('PLAN_REFUSED')) && item('kz-sw-plan', 'legend.plan'),
    item('kz-sw-window', 'legend.window', { window: a.rules.windowDays }),
    item('kz-sw-count', 'legend.count'),
    item('kz-sw-limit', 'legend.limit', { max: a.rules.maxDays }),
    current && item('kz-sw-cap', 'legend.cap', { n: a.rules.maxDaysPerEntry }),
    lastDay && item('kz-sw-exit', 'legend.lastDay'),
    a.violations.length > 0 && item('kz-sw-over', 'legend.over')));
}
