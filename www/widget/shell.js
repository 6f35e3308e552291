// The frame around the tools: title and language switcher, one-off notes, the tabs (ARIA
// tabs pattern: arrow keys move, roving tabindex), and the footer with keeping and sharing.

// Each language is named in itself, so a visitor finds theirs whatever is shown now.
const KZ_LANG_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

function kzHeader(host) {
  const t = host.t;
  return h('div', { class: 'kz-head' },
    h('h2', { class: 'kz-title', part: 'title' }, t('app.title')),
    h('div', { class: 'kz-lang' },
      h('label', { for: 'lang' }, t('app.language')),
      h('select', { id: 'lang', onchange: (e) => host.setLang(e.target.value) },
        KZ_LANGS.map((l) => h('option', { value: l, lang: l, selected: l === t.lang }, KZ_LANG_NAMES[l])))));
}

/** Notes about data the widget could not use (damaged saved state, changed link). */
function kzNotes(host) {
  return host.notes.map((key) => h('div', { class: 'kz-note', role: 'alert', 'data-note': key, part: 'note' },
    h('p', {}, host.t(key)),
    h('button', { type: 'button', class: 'kz-button kz-quiet', onclick: () => host.dismissNote(key) }, host.t('app.dismiss'))));
}

function kzTabs(host, tools) {
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
      }, kzToolName(host.t, tool));
    }));
}

function kzToolName(t, tool) {
  return t(tool === 'stay' ? 'app.tab.stay' : 'app.tab.permit');
}

function kzPanel(host, tool, asTab) {
  const attrs = asTab
    ? { role: 'tabpanel', 'aria-labelledby': `tab-${tool}`, hidden: tool !== host.state.tool }
    : { 'aria-label': kzToolName(host.t, tool) };
  return h('section', { id: `panel-${tool}`, class: 'kz-panel', part: 'panel', ...attrs },
    host.toolObject(tool).render(),
    kzCta(host, tool));
}

/** The consultancy's call to action, only when `cta-href` is an accepted link. */
function kzCta(host, tool) {
  const href = host.ctaHref();
  if (!href) return null;
  return h('div', { class: 'kz-cta-box' },
    h('p', {}, host.t('cta.lead')),
    h('a', { class: 'kz-cta', part: 'cta', href, onclick: (e) => host.ctaClicked(e, tool) },
      host.getAttribute('cta-label') || host.t('cta.label')));
}

function kzFooter(host) {
  const t = host.t;
  const linkBox = h('div', { class: 'kz-share' });
  return h('footer', { class: 'kz-foot', part: 'footer' },
    h('div', { class: 'kz-actions' },
      h('button', { type: 'button', class: 'kz-button', id: 'share', onclick: () => kzOfferLink(host, linkBox) }, t('share.copy')),
      h('button', { type: 'button', class: 'kz-button', id: 'calendar', onclick: () => kzOfferCalendar(host) }, t('ics.add')),
      h('button', { type: 'button', class: 'kz-button', id: 'print', onclick: () => window.print() }, t('app.print'))),
    linkBox,
    host.storageAllowed() && h('div', { class: 'kz-keep' },
      h('input', { type: 'checkbox', id: 'remember', checked: host.remember, onchange: (e) => host.setRemember(e.target.checked) }),
      h('label', { for: 'remember' }, t('storage.remember')),
      h('button', { type: 'button', class: 'kz-button kz-quiet', id: 'forget', onclick: () => kzForgetClicked(host) }, t('storage.forget'))),
    h('p', { class: 'kz-privacy' }, t('app.privacy')));
}

function kzForgetClicked(host) {
  host.shadowRoot.getElementById('remember').checked = false;
  host.setRemember(false);
}

/** Shows the share link in a read-only field (always) and copies it when the browser lets us. */
function kzOfferLink(host, box) {
  const link = kzShareLink(host.shareKey(), host.state);
  const field = h('input', { id: 'share-link', type: 'text', readonly: true, value: link, onfocus: (e) => e.target.select() });
  kzReplace(box, h('label', { for: 'share-link' }, host.t('share.label')), field);
  // No clipboard on plain-http pages: the visible field is then the way to copy.
  const copying = navigator.clipboard ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard'));
  copying.then(
    () => host.announce(host.t('share.copied')),
    () => host.announce(host.t('share.manual')),
  );
}

function kzOfferCalendar(host) {
  const events = [...host.stayTool.calendarEvents(), ...host.permitTool.calendarEvents()];
  if (events.length === 0) {
    host.announce(host.t('ics.nothing'));
    return;
  }
  kzDownload('kz-residence.ics', kzIcs(events, new Date()), 'text/calendar');
  host.announce(host.t('ics.done'));
}
