// The permit tool's questions as a visitor answers them on 26 Nov 2026: money typed as banks
// quote it and every comparison shown converted; a date being typed waits for its field; a
// verdict waits until the ground and the passport's expiry are given; a missing rate or an
// unanswered question is a prompt at its field, never a requirement "not met".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { settle, assertClean } from './widget-helpers.mjs';
import { CTA, ELIGIBLE, cardNumbers, fillPermit, nextStep, openPermit, permitText, plain, verdict, visibleCtas } from './permit-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

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
    const v = await verdict(w);
    assert.equal(v.code, null, 'no verdict on a number that cannot be read');
    assert.equal(v.text, `Fix the marked field first: ${message}`);
    assert.deepEqual(await cardNumbers(w), [], 'no numbers without a verdict');
    assert.equal(await w.locator('#panel-permit .kz-lists > *').count(), 0, 'no lists without a verdict');
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
  assert.equal(plain(await w.locator('#permit-passport-echo').innerText()), '30 June 2034');
  assert.equal((await verdict(w)).code, 'BLOCKED', 'a verdict: no savings entered yet');
  assertClean(assert, opened);
  await page.close();
});

test('no verdict until the ground and the passport\'s expiry are given: the card asks for them, each a way to its field', async () => {
  const opened = await openPermit(browser.context, { attrs: CTA });
  const { w, page } = opened;
  const asks = 'Choose a ground (step 1) and enter your passport\'s expiry date (step 2) to see whether you can apply.';
  let v = await verdict(w);
  assert.equal(v.text, asks);
  assert.match(v.tone, /kz-info/);
  assert.equal(await nextStep(w), 'Choose the ground you apply on (step 1)');
  assert.deepEqual(await w.locator('#permit-answer .kz-missing li').allInnerTexts(), ['Enter the day your passport expires (step 2)']);
  // Even an answer that would block waits: the verdict is not given on half the facts.
  await fillPermit(w, { ground: 'employment', record: true, savings: '100' });
  v = await verdict(w);
  assert.equal(v.text, 'One answer left before the verdict: your passport\'s expiry date.');
  assert.equal(await w.locator('#permit-answer .kz-blockers').count(), 0);
  assert.deepEqual(await cardNumbers(w), []);
  assert.deepEqual(await visibleCtas(w), ['footer'], 'no help offered in the card before a verdict');
  assert.equal(await nextStep(w), 'Enter the day your passport expires (step 2)');
  assert.equal(await w.locator('#permit-answer .kz-missing').count(), 0, 'the one question left is the next step');
  await w.locator('#permit-answer .kz-next-step button').click();
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement.id), 'permit-passport');
  await page.keyboard.type('30/06/2034');
  await page.keyboard.press('Tab');
  v = await verdict(w);
  assert.equal(v.code, 'BLOCKED');
  assert.equal(v.text, 'On these answers you cannot get a residence permit: 2 requirements are not met.');
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
  assert.deepEqual(await cardNumbers(w), [['answers still needed', '1'], ['last day to apply', '31 December 2033']]);
  const text = await permitText(w);
  assert.doesNotMatch(text, /not met|below/);
  assert.equal(await w.locator('#panel-permit .kz-blockers').count(), 0);
  assert.equal(await w.locator('#permit-rate-USD-prompt').innerText(), 'Enter the rate: your money is compared with the requirement in tenge.');
  assert.match(await w.locator('#permit-rate-USD').getAttribute('aria-describedby'), /permit-rate-USD-prompt/);
  // A language switch rebuilds the panel: the prompt is there again, in the new words.
  await w.locator('#lang').selectOption('kk');
  assert.equal(await w.locator('#permit-rate-USD-prompt').innerText(), 'Бағамды енгізіңіз: қаражатыңыз талаппен теңгеде салыстырылады.');
  await w.locator('#lang').selectOption('en');
  // The missing rate is the one next step, and takes the visitor to the field.
  assert.equal(await nextStep(w), 'Enter how many tenge your bank gives for 1 USD');
  await w.locator('#permit-answer .kz-next-step button').click();
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
  assert.deepEqual((await cardNumbers(w))[0], ['answers still needed', '3']);
  // The first question is the one next step; the other two are listed under it, each a way to its field.
  assert.equal(await nextStep(w), 'Answer the question “Do you have a criminal record?”');
  assert.deepEqual(await w.locator('#permit-answer .kz-missing li').allInnerTexts(), ['Answer the question “Do you have unpaid debts?”', 'Answer the question “Do you have an official source of income?”']);
  await w.locator('#permit-answer .kz-missing li button').last().click();
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement.id), 'permit-officialIncome-yes');
  for (const field of ['criminalRecord', 'debts', 'officialIncome']) {
    assert.equal(await w.locator(`#permit-${field}-prompt`).innerText(), 'Choose yes or no: the answer depends on it.', field);
  }
  assert.doesNotMatch(await permitText(w), /official source of income the application may be refused/);
  await fillPermit(w, { record: false, debts: false, income: false });
  assert.equal((await verdict(w)).code, 'ELIGIBLE');
  assert.match(await permitText(w), /Without an official source of income the application may be refused\./);
  assert.equal(await w.locator('#permit-officialIncome-prompt').isVisible(), false);
  assertClean(assert, opened);
  await page.close();
});
