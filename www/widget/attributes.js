// What the embedding site writes in the element's attributes and is not taken as it stands:
// the contact link (only safe kinds) and the exchange rates it supplies. Each refused value
// is reported once on the console, never shown to the visitor.

const CTA_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Calls `report(message)` once per distinct `raw` value. */
export function reporter() {
  let last = null;
  return (raw, message) => {
    if (last !== raw) console.warn(`kz-residence-calculator: ${message}`);
    last = raw;
  };
}

/** The contact link `raw` when it is http(s), mailto or tel; anything else is refused (null). */
export function ctaLink(raw, report) {
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
export function withMailBody(href, body) {
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
export function siteRates(raw, report) {
  const rates = {};
  for (const entry of (raw || '').split(/[\s,;]+/).filter(Boolean)) {
    const m = /^([A-Z]{3})=(\d+(?:\.\d+)?)$/.exec(entry);
    if (m && Number(m[2]) > 0) rates[m[1]] = m[2];
    else report(raw, `rates entry ignored, expected CODE=number: ${entry}`);
  }
  return rates;
}
