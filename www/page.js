// Tells the reader to build the bundle when www/kz-residence.js is missing, instead of
// leaving a blank page. (A separate file so the page keeps a strict script-src 'self'.)
if (!window.KzResidence) document.getElementById('kz-missing').hidden = false;

// The consultancy handles the calculator's call to action itself: instead of following the
// mailto: link it fills in its own contact form with the answer (kz-cta's summary), so the
// visitor only adds a question. The Russian widget below keeps the default (its link).
const form = document.getElementById('contact-form');
document.getElementById('calculator')?.addEventListener('kz-cta', (event) => {
  event.preventDefault();
  document.getElementById('contact-message').value = `${event.detail.summary}\n\n`;
  document.getElementById('contact').scrollIntoView({ block: 'start' });
  document.getElementById('contact-name').focus();
});
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('contact-note').textContent = 'This is a demo page: nothing was sent.';
});
