// Tells the reader to build the bundle when www/kz-residence.js is missing, instead of
// leaving a blank page. (A separate file so the page keeps a strict script-src 'self'.)
if (!window.KzResidence) document.getElementById('kz-missing').hidden = false;
