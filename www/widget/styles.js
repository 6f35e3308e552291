// The widget's style sheets as one constructed sheet, shared by every instance (no <style>
// element: the widget runs under a strict CSP), in the order the cascade expects: widget.css last.

import formCss from './ui/form.css';
import permitCss from './permit/permit.css';
import printCss from './print.css';
import stayCss from './stay/stay.css';
import timelineCss from './stay/picture.css';
import summaryCss from './ui/summary.css';
import widgetCss from './widget.css';

const CSS = [formCss, permitCss, stayCss, summaryCss, printCss, timelineCss, widgetCss].join('');
let sheet = null;

/** The one sheet, made on first use. */
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
