// What tests/e2e/engines.test.mjs does inside the page, the same in every engine: each
// function runs in the page (passed to an engine's `evaluate`, so it refers to nothing
// outside itself) on the demo page's first widget, #calculator.

/**
 * Waits until the widget's answer is no longer being recomputed and the headline `id` (with
 * `card`, its whole answer card) says something that contains `includes` and is not
 * `differentFrom`; returns that text.
 */
export function waitHeadline({ id = 'stay-headline', includes = '', differentFrom = null, card = false }) {
  const deadline = performance.now() + 20_000;
  return new Promise((resolve, reject) => {
    const look = () => {
      const root = document.getElementById('calculator')?.shadowRoot;
      const head = root?.getElementById(id);
      const text = card ? head?.closest('.kz-card').innerText.trim() : head?.textContent.trim();
      const busy = root?.querySelector('.kz-card[aria-busy]');
      if (text && !busy && text.includes(includes) && text !== differentFrom) return resolve(text);
      if (performance.now() > deadline) return reject(new Error(`headline still "${text}" (busy: ${!!busy})`));
      setTimeout(look, 25);
    };
    look();
  });
}

/**
 * Acts on the widget and reads it, each part of `what` when given, in this order: `attributes`
 * to set, properties to `set` (trips, plan, permit), the element `focus`ed or `click`ed by
 * id. Returns the first asked of: the `attribute` [id, name] of an element; the `value` of a
 * field and the `text` of an element (both: a pair); `inView`, for ids, whether each is shown
 * whole on screen; the widget's `height`; the `print`ed inputs (beforeprint and afterprint
 * dispatched); a property to `get`; a field's value once it has one (`waitValue`); the trips
 * once there are `waitTrips` of them.
 */
export async function inWidget(what) {
  const el = document.getElementById('calculator');
  const root = el.shadowRoot;
  const byId = (id) => {
    const node = root.getElementById(id);
    if (!node) throw new Error(`no #${id} in the widget`);
    return node;
  };
  const until = async (ready) => {
    const deadline = performance.now() + 20_000;
    while (!ready()) {
      if (performance.now() > deadline) throw new Error('timed out waiting in the widget');
      await new Promise((done) => setTimeout(done, 25));
    }
  };
  for (const [name, value] of Object.entries(what.attributes ?? {})) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(what.set ?? {})) el[name] = value;
  if (what.focus) byId(what.focus).focus();
  if (what.click) byId(what.click).click();
  if (what.attribute) return byId(what.attribute[0]).getAttribute(what.attribute[1]);
  if (what.value) return [byId(what.value).value, byId(what.text).textContent];
  if (what.inView) {
    return what.inView.map((id) => {
      const node = byId(id);
      const r = node.getBoundingClientRect();
      return !node.hidden && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });
  }
  if (what.height) return Math.round(el.getBoundingClientRect().height);
  if (what.print) {
    dispatchEvent(new Event('beforeprint'));
    const section = root.querySelector('.kz-print-only');
    const text = [...section.querySelectorAll('p, li')].map((n) => n.textContent).join('\n');
    dispatchEvent(new Event('afterprint'));
    return text;
  }
  if (what.get) return el[what.get];
  if (what.waitValue) {
    await until(() => root.getElementById(what.waitValue)?.value);
    return byId(what.waitValue).value;
  }
  if (what.waitTrips) {
    await until(() => el.trips.length === what.waitTrips);
    return el.trips;
  }
  return null;
}
