// Printed, the widget shows what the visitor entered (redrawn at that moment, so it is never
// an older copy) and each answer's why, opened for the print and closed again afterwards.

/** Listens for printing until `signal` aborts; `refresh()` redraws the printed inputs. */
export function printing(root, refresh, signal) {
  window.addEventListener('beforeprint', () => {
    refresh();
    for (const d of root.querySelectorAll('details.kz-why:not([open]), details.kz-fold:not([open])')) {
      d.open = true;
      d.dataset.printed = '';
    }
  }, { signal });
  window.addEventListener('afterprint', () => {
    for (const d of root.querySelectorAll('details[data-printed]')) {
      d.open = false;
      delete d.dataset.printed;
    }
  }, { signal });
}
