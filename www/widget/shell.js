// The frame around the tools: title and language switcher, one-off notes, the tabs (ARIA
// tabs pattern: arrow keys move, roving tabindex), and the footer with keeping and sharing.

import { h, replaceContent } from './ui/dom.js';
import { LANGS } from './i18n/index.js';
import { download, icsFile } from './ui/ics.js';
import { shareLink } from './keep/share.js';
import { allSources } from './ui/sources.js';

// Each language is named in itself, so a visitor finds theirs whatever is shown now.
const LANG_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

export function header(host) {
  const t = host.t;
  return h('div', { class: 'kz-head' },
    h('h2', { class: 'kz-title', part: 'title' }, t('app.title')),
    h('div', { class: 'kz-lang' },
      h('label', { for: 'lang' }, t('app.language')),
      h('select', { id: 'lang', onchange: (e) => host.setLang(e.target.value) },
        LANGS.map((l) => h('option', { value: l, lang: l, selected: l === t.lang }, LANG_NAMES[l])))));
}

/** Notes about data the widget could not use (damaged saved state, changed link). */
export function notes(host) {
  return host.notes.map((key) => h('div', { class: 'kz-note', role: 'alert', 'data-note': key, part: 'note' },
    h('p', {}, host.t(key)),
    h('button', { type: 'button', class: 'kz-button kz-quiet', onclick: () => host.dismissNote(key) }, host.t('app.dismiss'))));
}

export function tabs(host, tools) {
  if (tools.length < 2) return null;
  const move = (e) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -tools.length, End: tools.length }[e.key];
    if (!step) return;
    e.preventDefault();
    const index = Math.min(tools.length - 1, Math.max(0, tools.indexOf(host.state.tool) + step));
    host.selectTool(tools[index], true);
  };
  return h('div', { role: 'tablist', class: 'kz-tabs', part: 'tabs', 'aria-label': host.t('app.tools'), onkeydown: move },
    tools.map((tool) => {
      const selected = tool === host.state.tool;
      return h('button', {
        type: 'button', role: 'tab', id: `tab-${tool}`, class: 'kz-tab', part: 'tab',
        'aria-controls': `panel-${tool}`, 'aria-selected': String(selected), tabindex: selected ? '0' : '-1',
        onclick: () => host.selectTool(tool, false),
      }, toolName(host.t, tool));
    }));
}

function toolName(t, tool) {
  return t(tool === 'stay' ? 'app.tab.stay' : 'app.tab.permit');
}

/** A tool's panel, with its content when `filled` (a tab not opened yet stays empty until fillPanel). */
export function panel(host, tool, asTab, filled) {
  const attrs = asTab
    ? { role: 'tabpanel', 'aria-labelledby': `tab-${tool}`, hidden: tool !== host.state.tool }
    : { 'aria-label': toolName(host.t, tool) };
  const section = h('section', { id: `panel-${tool}`, class: 'kz-panel', part: 'panel', ...attrs });
  if (filled) fillPanel(host, section, tool);
  return section;
}

/** Builds a panel's content: the tool (which computes its answer) and the call to action. */
export function fillPanel(host, section, tool) {
  replaceContent(section, host.toolObject(tool).render(), ctaBox(host, tool));
}

// The line above the call to action right under a verdict, by the situation it answers.
const CTA_LINES = {
  overstay: 'cta.line.overstay',
  wait: 'cta.line.wait',
  blocked: 'cta.line.blocked',
  applySoon: 'cta.line.applySoon',
};

/**
 * The consultancy's call to action, only when `cta-href` is an accepted link: at the foot
 * of each tool, and right under a verdict that needs help (`line`: `overstay`, `wait`,
 * `blocked`, `applySoon`), with a sentence that fits it.
 */
export function ctaBox(host, tool, line = null) {
  const href = host.ctaHref();
  if (!href) return null;
  return h('div', { class: line ? 'kz-cta-box kz-cta-now' : 'kz-cta-box', 'data-cta': line || 'foot' },
    h('p', {}, host.t(CTA_LINES[line] || 'cta.lead')),
    h('a', { class: 'kz-cta', part: 'cta', href, onclick: (e) => host.ctaClicked(e, tool) }, host.ctaLabel()));
}

export function footer(host) {
  const t = host.t;
  const linkBox = h('div', { class: 'kz-share' });
  return h('footer', { class: 'kz-foot', part: 'footer' },
    h('div', { class: 'kz-actions' },
      h('button', { type: 'button', class: 'kz-button', id: 'share', onclick: () => offerLink(host, linkBox) }, t('share.copy')),
      h('button', { type: 'button', class: 'kz-button', id: 'calendar', onclick: () => offerCalendar(host) }, t('ics.add')),
      h('button', { type: 'button', class: 'kz-button', id: 'print', onclick: () => window.print() }, t('app.print'))),
    linkBox,
    host.storageAllowed() && h('div', { class: 'kz-keep' },
      h('input', { type: 'checkbox', id: 'remember', checked: host.remember, onchange: (e) => host.setRemember(e.target.checked) }),
      h('label', { for: 'remember' }, t('storage.remember')),
      h('button', { type: 'button', class: 'kz-button kz-quiet', id: 'forget', onclick: () => forgetClicked(host) }, t('storage.forget'))),
    h('p', { class: 'kz-privacy' }, t('app.privacy')),
    allSources(t, host.rules));
}

function forgetClicked(host) {
  host.shadowRoot.getElementById('remember').checked = false;
  host.setRemember(false);
}

/** Shows the share link in a read-only field (always) and copies it when the browser lets us. */
function offerLink(host, box) {
  const link = shareLink(host.shareKey(), host.state);
  const linkField = h('input', { id: 'share-link', type: 'text', readonly: true, value: link, onfocus: (e) => e.target.select() });
  replaceContent(box, h('label', { for: 'share-link' }, host.t('share.label')), linkField);
  // No clipboard on plain-http pages: the visible field is then the way to copy.
  const copying = navigator.clipboard ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard'));
  copying.then(
    () => host.announce(host.t('share.copied')),
    () => host.announce(host.t('share.manual')),
  );
}

function offerCalendar(host) {
  host.fillPanels(); // a tab not opened yet has computed no answer
  const events = [...host.stayTool.calendarEvents(), ...host.permitTool.calendarEvents()];
  if (events.length === 0) {
    host.announce(host.t('ics.nothing'));
    return;
  }
  download('kz-residence.ics', icsFile(events, new Date()), 'text/calendar');
  host.announce(host.t('ics.done'));
}
