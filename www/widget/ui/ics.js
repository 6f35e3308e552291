// "Add to calendar": an iCalendar file (RFC 5545) of all-day events, made in the browser
// and handed over as a blob: URL, so nothing is uploaded anywhere.

import { addDays } from './dates.js';
import { h } from './dom.js';

function icsText(text) {
  return String(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
function icsFold(line) {
  const out = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * An iCalendar file of all-day events `{ id, date, summary, description, reminders? }`
 * (dates `YYYY-MM-DD`; `reminders`: days before the event to be reminded, worded by `t`).
 */
export function icsFile(events, now, t) {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const compact = (iso) => iso.replace(/-/g, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kz-residence//calculator//EN', 'CALSCALE:GREGORIAN'];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.id}-${compact(e.date)}@kz-residence`, `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`, `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`,
      `SUMMARY:${icsText(e.summary)}`, `DESCRIPTION:${icsText(e.description)}`);
    for (const days of e.reminders ?? []) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${days}D`, `DESCRIPTION:${icsText(t('ics.reminder', { n: days, what: e.summary }))}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}

/** Saves text as a file through a temporary blob: URL. */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  h('a', { href: url, download: filename }).click();
  // The download has started reading the blob by the next task; then the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
