// The permit tool as a visitor meets it on 26 Nov 2026: money typed as banks quote it and
// every comparison shown converted; a missing rate or an unanswered question is a prompt at
// its field, never a requirement "not met"; a blocked verdict names each blocker and its fix,
// folds the rest and offers help right under it; an eligible one carries its caveats; the
// 2026 rules (MCI, pilot, citizenship tests) are on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { settle, assertClean, recordCta } from './widget-helpers.mjs';
import { ELIGIBLE, fillPermit, openPermit, permitText, plain, verdict } from './permit-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const CTA = { 'cta-href': 'mailto:hello@example.com' };

test('rates are tenge for one unit, typed with a decimal comma or point; ambiguous input is refused', async () => {
  const opened = await openPermit(browser.context);
  const { w, page } = opened;
  await fillPermit(w, { ...ELIGIBLE, currency: 'EUR', savings: '10200' });
  const rate = w.locator('#permit-rate-EUR');
  assert.equal(await rate.getAttribute('type'), 'text');
  assert.equal(await rate.getAttribute('inputmode'), 'decimal');
  assert.match(plain(await w.locator('label[for="permit-rate-EUR"]').innerText()), /^Exchange rate: 1 EUR = … ₸$/);
  await rate.fill('559,5');
  assert.match(await permitText(w), /€10,200 ≈ ₸5,706,900 at 559\.5 ₸ for 1 EUR, are below the ₸5,709,000 required/);
  await rate.fill('560.5');
  assert.match(await permitText(w), /Your savings, €10,200 ≈ ₸5,717,100 at 560\.5 ₸ for 1 EUR, cover the ₸5,709,000 required/);
  for (const [typed, message] of [
    ['1,234', '“1,234” could mean 1.234 or 1234: type it without a thousands separator.'],
    ['1.234,5', 'Type the number without thousands separators, with a comma or a point only before the decimals, for example 1234.5.'],
    ['560 тг', 'Type a number, for example 1234.5.'],
  ]) {
    await rate.fill(typed);
    await rate.blur();
    await settle(page);
    assert.equal(await w.locator('#permit-rate-EUR-error').innerText(), message, typed);
    assert.equal(await rate.getAttribute('aria-invalid'), 'true');
    assert.equal((await verdict(w)).code, null, 'no verdict on a number that cannot be read');
  }
  // In Russian the example and the readings use the decimal comma.
  await w.locator('#lang').selectOption('ru');
  await w.locator('#permit-rate-EUR').fill('1.234');
  await w.locator('#permit-rate-EUR').blur();
  await settle(page);
  assert.equal(plain(await w.locator('#permit-rate-EUR-error').innerText()), '«1.234» может означать 1,234 или 1234: введите число без разделителя тысяч.');
  assertClean(assert, opened);
  await page.close();
});

test('a date being typed: the headline waits for the field, whose error shows once it is left', async () => {
  const opened = await openPermit(browser.context);
  const { w, page } = opened;
  await fillPermit(w, { ground: 'employment' });
  const passport = w.locator('#permit-passport');
  await passport.focus();
  await page.keyboard.type('30.06');
  await settle(page);
  assert.equal((await verdict(w)).text, 'Your answer appears here once the field you are filling in is complete.');
  assert.equal(await w.locator('#permit-passport-error').isVisible(), false, 'not while the visitor is in it');
  await page.keyboard.press('Tab');
  await settle(page);
  const message = 'Write the date as day, month and year, for example 26/11/2026.';
  assert.equal(await w.locator('#permit-passport-error').innerText(), message);
  assert.equal((await verdict(w)).text, `Fix the marked field first: ${message}`);
  // A real date in the language's order: the error goes at once, and the verdict comes.
  await passport.fill('30.06.2034');
  await settle(page);
  assert.equal(await w.locator('#permit-passport-error').isVisible(), false);
  assert.equal(plain(await w.locator('#permit-passport-echo').innerText()), 'June 30, 2034');
  assert.equal((await verdict(w)).code, 'BLOCKED', 'a verdict: no savings entered yet');
  assertClean(assert, opened);
  await page.close();
});

test('every comparison shows the amounts converted and the requirement behind them, in the visitor\'s language', async () => {
  const opened = await openPermit(browser.context, { attrs: CTA });
  const { w, page } = opened;
  // Story 2: €9,000 at 560 is ₸5,040,000, below the 1,320 MCI of 2026.
  await fillPermit(w, { ...ELIGIBLE, currency: 'EUR', savings: '9000', rates: { EUR: '560' } });
  let v = await verdict(w);
  assert.equal(v.code, 'BLOCKED');
  let text = await permitText(w);
  assert.match(text, /Your savings, €9,000 ≈ ₸5,040,000 at 560 ₸ for 1 EUR, are below the ₸5,709,000 required \(1,320 MCI × ₸4,325, the MCI of 2026\)\./);
  assert.match(text, /Put at least ₸669,000 more on an account in a bank in Kazakhstan\./);
  await w.locator('#lang').selectOption('ru');
  text = await permitText(w);
  assert.match(text, /Ваши сбережения, 9 000 € ≈ 5 040 000 ₸ по курсу 560 ₸ за 1 EUR, меньше требуемых 5 709 000 ₸ \(1 320 МРП × 4 325 ₸, МРП 2026 года\)\./);
  await w.locator('#lang').selectOption('kk');
  text = await permitText(w);
  assert.match(text, /Жинағыңыз, 9 000 € ≈ 5 040 000 ₸ \(1 EUR = 560 ₸ бағамымен\), талап етілетін 5 709 000 ₸ сомасынан аз/);
  assert.doesNotMatch(text, /\$ |€ \d|₸ \d/, 'no symbol before the number in Kazakh');
  await w.locator('#lang').selectOption('en');
  // Story 10: two adults need twice the amount, in tenge no rate is needed.
  await fillPermit(w, { currency: 'KZT', savings: '11418000', applicants: '2' });
  v = await verdict(w);
  assert.equal(v.code, 'ELIGIBLE');
  assert.match(await permitText(w), /Your savings, ₸11,418,000, cover the ₸11,418,000 required \(1,320 MCI × ₸4,325, the MCI of 2026, for each of the 2 applicants aged 16 or over\)\./);
  assert.equal(await w.locator('#panel-permit .kz-rates input').count(), 0, 'tenge need no rate');
  assertClean(assert, opened);
  await page.close();
});

test('a missing rate is a prompt on its field, not a requirement not met', async () => {
  const opened = await openPermit(browser.context);
  const { w, page } = opened;
  await fillPermit(w, { ...ELIGIBLE, currency: 'USD', savings: '12000' });
  const v = await verdict(w);
  assert.equal(v.code, 'INCOMPLETE');
  assert.match(v.tone, /kz-info/);
  assert.equal(v.text, 'One more answer is needed to tell whether you can get a residence permit.');
  const text = await permitText(w);
  assert.doesNotMatch(text, /not met|below/);
  assert.equal(await w.locator('#panel-permit .kz-blockers').count(), 0);
  assert.equal(await w.locator('#permit-rate-USD-prompt').innerText(), 'Enter the rate: your money is compared with the requirement in tenge.');
  assert.match(await w.locator('#permit-rate-USD').getAttribute('aria-describedby'), /permit-rate-USD-prompt/);
  // A language switch rebuilds the panel: the prompt is there again, in the new words.
  await w.locator('#lang').selectOption('kk');
  assert.equal(await w.locator('#permit-rate-USD-prompt').innerText(), 'Бағамды енгізіңіз: қаражатыңыз талаппен теңгеде салыстырылады.');
  await w.locator('#lang').selectOption('en');
  // The missing item takes the visitor to the field.
  await w.locator('#panel-permit .kz-missing button').click();
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement.id), 'permit-rate-USD');
  await page.keyboard.type('520');
  assert.equal((await verdict(w)).code, 'ELIGIBLE');
  assert.match(await permitText(w), /Your savings, \$12,000 ≈ ₸6,240,000 at 520 ₸ for 1 USD, cover/);
  assert.equal(await w.locator('#permit-rate-USD-prompt').isVisible(), false);
  assertClean(assert, opened);
  await page.close();
});

test('the yes/no questions start unanswered; an unanswered one is a prompt, not a refusal risk', async () => {
  const opened = await openPermit(browser.context);
  const { w, page } = opened;
  for (const field of ['criminalRecord', 'debts', 'officialIncome']) {
    for (const answer of ['yes', 'no']) assert.equal(await w.locator(`#permit-${field}-${answer}`).isChecked(), false, `${field} ${answer}`);
  }
  await fillPermit(w, { ground: 'employment', passport: '2034-06-30', savings: '6000000' });
  const v = await verdict(w);
  assert.equal(v.code, 'INCOMPLETE');
  assert.equal(v.text, '3 more answers are needed to tell whether you can get a residence permit.');
  const items = await w.locator('#panel-permit .kz-missing li').allInnerTexts();
  assert.deepEqual(items, ['Answer the question “Do you have a criminal record?”', 'Answer the question “Do you have unpaid debts?”', 'Answer the question “Do you have an official source of income?”']);
  assert.equal(await w.locator('#permit-officialIncome-prompt').innerText(), 'Choose yes or no: the answer depends on it.');
  assert.doesNotMatch(await permitText(w), /official source of income the application may be refused/);
  await fillPermit(w, { record: false, debts: false, income: false });
  assert.equal((await verdict(w)).code, 'ELIGIBLE');
  assert.match(await permitText(w), /Without an official source of income the application may be refused\./);
  assert.equal(await w.locator('#permit-officialIncome-prompt').isVisible(), false);
  assertClean(assert, opened);
  await page.close();
});

test('blocked: a red verdict names each blocker and its fix, help right under it, the rest folded', async () => {
  const opened = await openPermit(browser.context, { attrs: CTA });
  const { w, page } = opened;
  // Story 5: a criminal record blocks; nothing says "yet".
  await fillPermit(w, { ...ELIGIBLE, record: true });
  const v = await verdict(w);
  assert.equal(v.code, 'BLOCKED');
  assert.match(v.tone, /kz-bad/);
  assert.equal(v.text, 'On these answers you cannot get a residence permit: one requirement is not met.');
  assert.equal(await w.locator('#panel-permit .kz-blockers li').count(), 1);
  assert.deepEqual(await w.locator('#panel-permit .kz-blockers li > p').allInnerTexts(), [
    'You have a criminal record, and a residence permit requires none.',
    'Only a record that has been expunged or lifted under the law no longer counts: a lawyer can check whether yours has.',
  ]);
  // Above step 1 a line says the verdict and leads to it (the answer is two screens down on a phone).
  const peek = w.locator('#panel-permit .kz-peek');
  assert.equal(plain(await peek.innerText()), `${v.text} Go to the answer`);
  assert.ok(await peek.evaluate((p) => p.compareDocumentPosition(p.getRootNode().getElementById('permit-ground')) & Node.DOCUMENT_POSITION_FOLLOWING));
  await peek.locator('button').click();
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement.textContent), 'Your answer');
  // The help sits right after the blockers, with the line for a blocked permit.
  const next = await w.locator('#panel-permit .kz-blockers').evaluate((ul) => ul.nextElementSibling.dataset.cta);
  assert.equal(next, 'blocked');
  assert.match(await w.locator('#panel-permit [data-cta="blocked"]').innerText(), /Something blocks the permit/);
  // Dates, steps and the checklist hold only once it is resolved: folded.
  const fold = w.locator('#panel-permit details.kz-fold');
  assert.equal(await fold.evaluate((d) => d.open), false);
  assert.equal(await fold.locator('> summary').innerText(), 'If you resolve this: key dates, steps and documents');
  assert.equal(await w.locator('#panel-permit .kz-checklist').isVisible(), false);
  await fold.locator('> summary').click();
  assert.equal(await w.locator('#panel-permit .kz-checklist').isVisible(), true);
  // The summary the consultancy receives: the verdict, then the blocker and its fix in sentences.
  await recordCta(page);
  await w.locator('#panel-permit [data-cta="blocked"] .kz-cta').click();
  const detail = await page.evaluate(() => window.kzCta);
  assert.equal(detail.tool, 'permit');
  assert.equal(detail.answer.verdict, 'BLOCKED');
  const lines = detail.summary.split('\n');
  assert.equal(lines[0], v.text);
  assert.equal(lines[1], 'You have a criminal record, and a residence permit requires none.');
  assert.ok(lines.includes('Apply by December 31, 2033: on the day you apply, your passport must be valid for more than 180 more days.'));
  assert.ok(lines.every((l) => !/^[^:]{1,30}: \S+$/.test(l)), 'no "label: value" lines');
  // Without a contact link there is no box at all.
  await w.evaluate((el) => el.removeAttribute('cta-href'));
  await settle(page);
  assert.equal(await w.locator('#panel-permit [data-cta]').count(), 0);
  assertClean(assert, opened);
  await page.close();
});

test('eligible: green, with the caveats to act on and help when the last day to apply is close', async () => {
  const opened = await openPermit(browser.context, { attrs: CTA });
  const { w, page } = opened;
  // Story 7: a passport expiring in 8 months.
  await fillPermit(w, { ...ELIGIBLE, passport: '2027-07-26' });
  const v = await verdict(w);
  assert.equal(v.code, 'ELIGIBLE');
  assert.match(v.tone, /kz-ok/);
  assert.deepEqual(await w.locator('#panel-permit .kz-caveats li').allInnerTexts(), [
    'Your passport expires on July 26, 2027, so the permit would end then too, not on November 26, 2036. Renew your passport, then the permit.',
    'Apply by January 26, 2027: only 61 days are left. Later your passport will be too short to apply with.',
  ]);
  const next = await w.locator('#panel-permit .kz-caveats').evaluate((ul) => ul.nextElementSibling.dataset.cta);
  assert.equal(next, 'applySoon');
  assert.equal(await w.locator('#panel-permit details.kz-fold').count(), 0, 'nothing folded when eligible');
  const text = await permitText(w);
  assert.match(text, /The permit would be valid until July 26, 2027: 10 years from issue/);
  // A passport already too short is a blocker, not a caveat.
  await fillPermit(w, { passport: '2027-05-01' });
  assert.equal((await verdict(w)).code, 'BLOCKED');
  assert.match(await permitText(w), /Your passport expires on May 1, 2027: on November 26, 2026 it is not valid for more than 180 more days, so the last day to apply with it was November 1, 2026\./);
  assertClean(assert, opened);
  await page.close();
});
