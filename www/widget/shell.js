// The frame around the tools: title and language switcher, one-off notes, the tabs (ARIA
// tabs pattern: arrow keys move, roving tabindex), and the footer with keeping and sharing,
// and the sources of the answers shown. (What a printout repeats of the questions: printed.js.)

import { LANGS } from './i18n/index.js';
import { ctaLink } from './ui/cta.js';
import { shareLink } from './keep/share.js';
import { h, replaceContent } from './ui/dom.js';
import { download, icsFile } from './ui/ics.js';
import { shownSources } from './ui/sources.js';

// Each language is named in itself, so a visitor finds theirs whatever is shown now.
const LANG_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' };
// The title says what the widget answers: one tool's question, or both.
const TITLES = { stay: 'app.title.stay', permit: 'app.title.permit' };

export function header(host, tools) {
  const t = host.t;
  return h('div', { class: 'kz-head' },
    h('h2', { class: 'kz-title', part: 'title' }, t(tools.length === 1 ? TITLES[tools[0]] : 'app.title')),
    h('div', { class: 'kz-lang' },
      h('label', { for: 'lang', class: 'kz-sr' }, t('app.language')),
      h('select', { id: 'lang', onchange: (e) => host.setLang(e.target.value) },
        LANGS.map((l) => h('option', { value: l, lang: l, selected: l === t.lang }, LANG_NAMES[l])))));
}

/** Notes about data the widget could not use or keep (damaged saved state, changed link, a refused save). */
export function notes(host) {
  return h('div', { id: 'notes' }, host.notes.map((key) => h('div', { class: 'kz-note', role: 'alert', 'data-note': key, part: 'note' },
    h('p', {}, host.t(key)),
    h('button', { type: 'button', class: 'kz-button kz-quiet', onclick: () => host.dismissNote(key) }, host.t('app.dismiss')))));
}

/** Shows `tool`'s tab as selected and its panel alone (the tab focused if `focusTab`). */
export function showTab(root, tool, focusTab) {
  for (const tab of root.querySelectorAll('[role="tab"]')) {
    const selected = tab.id === `tab-${tool}`;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focusTab) tab.focus();
  }
  for (const section of root.querySelectorAll('[role="tabpanel"]')) section.hidden = section.id !== `panel-${tool}`;
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

/** Builds a panel's content: the tool, which computes its answer once the engine is ready. */
export function fillPanel(host, section, tool) {
  replaceContent(section, host.toolObject(tool).render());
}

export function footer(host) {
  const t = host.t;
  const linkBox = h('div', { class: 'kz-share' });
  return h('footer', { class: 'kz-foot', part: 'footer' },
    h('div', { class: 'kz-foot-line' },
      ctaLink(host, host.state.tool),
      h('button', { type: 'button', class: 'kz-button kz-quiet kz-link', id: 'share', onclick: () => offerLink(host, linkBox) }, t('share.copy')),
      h('button', { type: 'button', class: 'kz-button kz-quiet kz-link', id: 'calendar', onclick: () => offerCalendar(host) }, t('ics.add')),
      h('button', { type: 'button', class: 'kz-button kz-quiet kz-link', id: 'print', onclick: () => window.print() }, t('app.print')),
      // Unticked, what was kept on the device is forgotten.
      host.storageAllowed() && h('div', { class: 'kz-keep' },
        h('input', { type: 'checkbox', id: 'remember', checked: host.remember, onchange: (e) => host.setRemember(e.target.checked) }),
        h('label', { for: 'remember' }, t('storage.remember')))),
    linkBox,
    h('div', { class: 'kz-foot-notes' },
      h('p', { class: 'kz-privacy' }, t('app.privacy')),
      h('div', { id: 'footer-sources' })));
}

/** The footer's bibliography: the sources of the answers shown ("rules as of" the profile's review). */
export function footerSources(host, sources) {
  return sources.length > 0 && shownSources(host.t, host.rules?.reviewed, sources);
}

/**
 * Shows the share link in a read-only field (always) and copies it when the browser lets us,
 * saying so beside the button (and to screen readers).
 */
async function offerLink(host, box) {
  const t = host.t;
  const link = await shareLink(host.shareKey(), host.state);
  const linkField = h('input', { id: 'share-link', type: 'text', readonly: true, value: link, onfocus: (e) => e.target.select() });
  const said = h('p', { class: 'kz-said', id: 'share-said' });
  replaceContent(box, h('label', { for: 'share-link' }, t('share.label')), linkField, said);
  // No clipboard on plain-http pages: the visible field is then the way to copy.
  const copying = navigator.clipboard ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard'));
  copying.then(
    () => {
      said.textContent = t('share.copied');
      host.announce(t('share.copied'));
    },
    () => {
      said.textContent = t('share.manual');
      host.announce(t('share.manual'));
    },
  );
}

function offerCalendar(host) {
  host.fillPanels(); // a tab not opened yet has computed no answer
  const events = [...host.stayTool.calendarEvents(), ...host.permitTool.calendarEvents()];
  if (events.length === 0) {
    host.announce(host.t('ics.nothing'));
    return;
  }
  download('kz-residence.ics', icsFile(events, new Date(), host.t), 'text/calendar');
  host.announce(host.t('ics.done'));
}
