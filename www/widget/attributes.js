// What the embedding site writes in the element's attributes and is not taken as it stands:
// the contact link (only safe kinds), its label in each language, and the exchange rates it
// supplies; and the kz-cta event the site's own contact form can take over. Each refused
// value is reported once on the console, never shown to the visitor.

const CTA_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Calls `report(message)` once per distinct `raw` value. */
function reporter() {
  let last = null;
  return (raw, message) => {
    if (last !== raw) console.warn(`kz-residence-calculator: ${message}`);
    last = raw;
  };
}

/** The contact link `raw` when it is http(s), mailto or tel; anything else is refused (null). */
function ctaLink(raw, report) {
  if (!raw) return null;
  try {
    const url = new URL(raw, document.baseURI);
    if (CTA_PROTOCOLS.has(url.protocol)) return url.href;
  } catch {
    // not a URL at all: reported below like any other refused value
  }
  report(raw, `cta-href ignored, only http:, https:, mailto: and tel: links are used: ${raw}`);
  return null;
}

/** A `mailto:` link with `body` as the mail's body (the visitor sees it before anything is sent). */
function withMailBody(href, body) {
  const url = new URL(href);
  url.searchParams.set('body', body);
  // URLSearchParams writes spaces as "+", which mail programs show literally.
  return url.href.replace(/\+/g, '%20');
}

/**
 * Exchange rates the site supplies, as Kazakh banks quote them: tenge for one unit
 * (`rates="USD=520 EUR=560"`), used where the visitor has not typed a rate. Nothing is ever
 * fetched; an entry that is not a currency code and a positive number is refused.
 */
function siteRates(raw, report) {
  const rates = {};
  for (const entry of (raw || '').split(/[\s,;]+/).filter(Boolean)) {
    const m = /^([A-Z]{3})=(\d+(?:\.\d+)?)$/.exec(entry);
    if (m && Number(m[2]) > 0) rates[m[1]] = m[2];
    else report(raw, `rates entry ignored, expected CODE=number: ${entry}`);
  }
  return rates;
}

/** One element's embedder attributes, read when needed (they may change at any time). */
export class Embedder {
  #el;
  #reportCta = reporter();
  #reportRates = reporter();
  /** The language the embedder wrote `cta-label` in: the widget's language when it started. */
  #ctaLang = null;

  constructor(el) {
    this.#el = el;
  }

  /** Notes the language the widget started in, which `cta-label` is taken to be written in. */
  started(lang) {
    this.#ctaLang = lang;
  }

  /** The contact link when `cta-href` is http(s), mailto or tel; anything else is ignored with a warning. */
  ctaHref() {
    return ctaLink(this.#el.getAttribute('cta-href'), this.#reportCta);
  }

  /** The call to action's words: `cta-label-<lang>` in that language, `cta-label` in the language the widget started in, else the catalogue's. */
  ctaLabel(t) {
    const label = this.#el.getAttribute('cta-label');
    return this.#el.getAttribute(`cta-label-${t.lang}`) || (label && t.lang === this.#ctaLang ? label : t('cta.label'));
  }

  /** The site's exchange rates (`rates`), tenge for one unit. */
  rates() {
    return siteRates(this.#el.getAttribute('rates'), this.#reportRates);
  }

  /**
   * Fired on a click of the call to action, with the answer, a summary and what the visitor
   * entered (a lead the consultancy's form can use); the page may cancel it to open its own
   * form. A `mailto:` link gets the summary as the mail's body, which the visitor sees in
   * their own mail program before anything is sent.
   */
  ctaClicked(event, tool, toolObject) {
    const detail = { tool, summary: toolObject.summary(), answer: toolObject.answer ?? null, inputs: toolObject.inputs() };
    const proceed = this.#el.dispatchEvent(new CustomEvent('kz-cta', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!proceed) {
      event.preventDefault();
      return;
    }
    const href = this.ctaHref();
    if (href && href.startsWith('mailto:') && event.currentTarget) event.currentTarget.href = withMailBody(href, detail.summary);
  }
}
