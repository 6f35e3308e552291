// The permit tool as a visitor meets it on 26 Nov 2026 (issue 15, "the answer first"): the
// verdict card comes first under the questions (blocked, eligible or incomplete; the numbers
// that matter, with savings and investment shortfalls in figures; the one next step; one call
// to action where help is needed), then the steps, the checklist and the reminders, folded
// with their counts. A verdict waits until the ground and the passport's expiry are given.
// Money is typed as banks quote it and every comparison is shown converted; a missing rate or
// an unanswered question is a prompt at its field, never a requirement "not met".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { settle, assertClean, recordCta, recordResults } from './widget-helpers.mjs';
import { ELIGIBLE, cardNumbers, fillPermit, folds, nextStep, openPermit, permitText, plain, verdict } from './permit-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const CTA = { 'cta-href': 'mailto:hello@example.com' };

/** The calls to action a visitor sees anywhere in the widget (the card's and the footer's). */
function visibleCtas(w) {
  return w.locator('.kz-cta').evaluateAll((all) => all.filter((a) => a.checkVisibility()).map((a) => a.closest('[data-cta]')?.dataset.cta ?? 'footer'));
}

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

test('the verdict card comes first, under the questions; the steps, checklist and reminders follow, folded with their counts', async () => {
  const opened = await openPermit(browser.context, { attrs: CTA });
  const { w, page } = opened;
  await fillPermit(w, ELIGIBLE);
  const order = await w.evaluate((el) => {
    const root = el.shadowRoot;
    const ids = ['permit-use-trips', 'permit-headline', 'permit-steps', 'permit-documents', 'permit-reminders'];
    const nodes = ids.map((id) => root.getElementById(id));
    const before = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const card = root.getElementById('permit-answer');
    return {
      inOrder: nodes.every((n, i) => i === 0 || before(nodes[i - 1], n)),
      headlineFirst: card.firstElementChild.id === 'permit-headline',
      // The numbers, the next step and the why sit inside the card; the lists outside it.
      inCard: ['[part="numbers"]', '.kz-next-step', '#permit-why'].every((s) => card.querySelector(s)),
      listsOutside: !card.contains(root.getElementById('permit-steps')),
    };
  });
  assert.deepEqual(order, { inOrder: true, headlineFirst: true, inCard: true, listsOutside: true });
  // Each fold closed, its heading counting what it holds.
  assert.deepEqual(await folds(w), [
    { id: 'permit-steps', summary: 'The steps, in order (6)', open: false },
    { id: 'permit-documents', summary: 'Documents to gather (15)', open: false },
    { id: 'permit-reminders', summary: 'Reasons for refusal everyone should know (2)', open: false },
  ]);
  assert.equal(await w.locator('#permit-why').evaluate((d) => d.open), false, 'the why is closed too');
  assert.equal(await w.locator('#panel-permit .kz-checklist').isVisible(), false);
  await permitText(w); // opens them all
  assert.equal(await w.locator('#permit-steps .kz-proc > li').count(), 6);
  assert.equal(await w.locator('#permit-documents .kz-checklist > li').count(), 15);
  assert.equal(await w.locator('#permit-reminders li').count(), 2);
  // A fold the visitor opened stays open when an answer changes (each answer redraws the lists),
  // and its count follows: owning the home needs no rental agreement nor the owner's consent.
  await w.locator('#permit-steps > summary').click();
  assert.deepEqual((await folds(w)).map((f) => f.open), [false, true, true]);
  await w.locator('#doc-passport').check();
  await w.locator('#permit-housing-own').check();
  await settle(page);
  assert.deepEqual(await folds(w), [
    { id: 'permit-steps', summary: 'The steps, in order (6)', open: false },
    { id: 'permit-documents', summary: 'Documents to gather (14)', open: true },
    { id: 'permit-reminders', summary: 'Reasons for refusal everyone should know (2)', open: true },
  ]);
  assert.equal(await w.locator('#doc-passport').isChecked(), true, 'the ticks stay');
  assert.equal(await w.locator('#permit-why').evaluate((d) => d.open), true);
  // So do they after a language switch, which rebuilds the panel.
  await w.locator('#lang').selectOption('ru');
  await settle(page);
  assert.deepEqual((await folds(w)).map((f) => f.open), [false, true, true]);
  assertClean(assert, opened);
  await page.close();
});

test('blocked: a red verdict names each blocker and its fix, one call to action right under it, the rest folded', async () => {
  const opened = await openPermit(browser.context, { width: 375, attrs: CTA });
  const { w, page } = opened;
  // Story 5: a criminal record blocks; nothing says "yet".
  await fillPermit(w, { ...ELIGIBLE, record: true });
  const v = await verdict(w);
  assert.equal(v.code, 'BLOCKED');
  assert.match(v.tone, /kz-bad/);
  assert.equal(v.text, 'On these answers you cannot get a residence permit: one requirement is not met.');
  assert.equal(await w.locator('#permit-answer .kz-blockers li').count(), 1);
  assert.deepEqual(await w.locator('#permit-answer .kz-blockers li > p').allInnerTexts(), [
    'You have a criminal record, and a residence permit requires none.',
    'Next: Only a record that has been expunged or lifted under the law no longer counts: a lawyer can check whether yours has.',
  ]);
  // The one next step is the blocker's fix, said once.
  assert.equal(await w.locator('#permit-answer .kz-next-step').count(), 1);
  assert.equal(await nextStep(w), 'Only a record that has been expunged or lifted under the law no longer counts: a lawyer can check whether yours has.');
  assert.deepEqual(await cardNumbers(w), [], 'no date to apply by while blocked');
  // The help sits right after the blockers, with the line for a blocked permit: the only call to action on screen.
  assert.equal(await w.locator('#permit-answer .kz-next + .kz-help > [data-cta]').getAttribute('data-cta'), 'blocked');
  assert.match(await w.locator('#panel-permit [data-cta="blocked"]').innerText(), /Something blocks the permit/);
  assert.deepEqual(await visibleCtas(w), ['blocked']);
  // Dates, steps and the checklist hold only once it is resolved: folded, and their headings say so.
  assert.deepEqual(await folds(w), [
    { id: 'permit-steps', summary: 'If you resolve this: the steps, in order (6)', open: false },
    { id: 'permit-documents', summary: 'If you resolve this: documents to gather (15)', open: false },
    { id: 'permit-reminders', summary: 'Reasons for refusal everyone should know (2)', open: false },
  ]);
  assert.equal(await w.locator('#permit-why').evaluate((d) => d.open), false, 'the key dates are behind the why');
  assert.equal(await w.locator('#panel-permit .kz-checklist').isVisible(), false);
  await w.locator('#permit-documents > summary').click();
  assert.equal(await w.locator('#panel-permit .kz-checklist').isVisible(), true);
  // On a phone the verdict is far below step 1: there a summary sticks to the screen and leads to it.
  await w.locator('#permit-ground').scrollIntoViewIfNeeded();
  await settle(page);
  const summary = w.locator('#permit-summary');
  assert.equal(await summary.isVisible(), true);
  assert.equal(plain(await summary.innerText()), v.text);
  await summary.click();
  await page.waitForFunction(() => {
    const el = document.querySelector('#calculator');
    return el.shadowRoot.activeElement?.id === 'permit-headline';
  });
  await page.waitForFunction(() => {
    const box = document.querySelector('#calculator').shadowRoot.getElementById('permit-headline').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  await settle(page);
  assert.equal(await summary.isVisible(), false, 'no summary while the headline is in view');
  // The summary the consultancy receives: the verdict, then the blocker and its fix in sentences; and what was entered.
  await recordCta(page);
  await w.locator('#panel-permit [data-cta="blocked"] .kz-cta').click();
  const detail = await page.evaluate(() => window.kzCta);
  assert.equal(detail.tool, 'permit');
  assert.equal(detail.answer.verdict, 'BLOCKED');
  const lines = detail.summary.split('\n');
  assert.equal(lines[0], v.text);
  assert.equal(lines[1], 'You have a criminal record, and a residence permit requires none.');
  assert.equal(lines[2], 'Only a record that has been expunged or lifted under the law no longer counts: a lawyer can check whether yours has.');
  assert.ok(lines.includes('Apply by 31 December 2033: on the day you apply, your passport must be valid for more than 180 more days.'));
  assert.ok(lines.every((l) => !/^[^:]{1,30}: \S+$/.test(l)), 'no "label: value" lines');
  assert.deepEqual(
    { ground: detail.inputs.ground, passportExpiry: detail.inputs.passportExpiry, criminalRecord: detail.inputs.criminalRecord, savings: detail.inputs.savings },
    { ground: 'employment', passportExpiry: '2034-06-30', criminalRecord: true, savings: { amount: 6000000, currency: 'KZT' } },
  );
  // Without a contact link there is no box and no link at all.
  await w.evaluate((el) => el.removeAttribute('cta-href'));
  await settle(page);
  assert.equal(await w.locator('#panel-permit [data-cta]').count(), 0);
  assert.deepEqual(await visibleCtas(w), []);
  assertClean(assert, opened);
  await page.close();
});

test('savings and investment short: each shortfall in figures in the card, each blocker with its fix, one next step', async () => {
  const opened = await openPermit(browser.context, { attrs: { ...CTA, rates: 'EUR=560 USD=520' } });
  const { w, page } = opened;
  await fillPermit(w, { ...ELIGIBLE, ground: 'investment', currency: 'EUR', savings: '9000' });
  await w.locator('#permit-investment').fill('250000');
  await w.locator('#permit-investment-currency').selectOption('EUR');
  const v = await verdict(w);
  assert.equal(v.code, 'BLOCKED');
  assert.equal(v.text, 'On these answers you cannot get a residence permit: 2 requirements are not met.');
  // €9,000 at 560 is ₸5,040,000 of ₸5,709,000; €250,000 is ₸140,000,000, $269,231 at 520 of more than $300,000.
  assert.deepEqual(await cardNumbers(w), [['missing from your savings', '₸669,000'], ['missing from the investment', '$30,769.23']]);
  assert.deepEqual(await w.locator('#permit-answer .kz-blockers li > p').allInnerTexts(), [
    'Your savings, €9,000 ≈ ₸5,040,000 at 560 ₸ for 1 EUR, are below the ₸5,709,000 required (1,320 MCI × ₸4,325, the MCI of 2026).',
    'Next: Put at least ₸669,000 more on an account in a bank in Kazakhstan. Kandas and former compatriots need not prove solvency: if you are one, say so in step 3.',
    'Your investment, €250,000 ≈ ₸140,000,000 at 560 ₸ for 1 EUR ≈ $269,231 at 520 ₸ for 1 USD, is not more than $300,000.',
    'Invest more than $300,000 in all, that is more than $30,769.23 above what you have now: exactly that amount is not enough.',
  ]);
  assert.equal(await w.locator('#permit-answer .kz-next-step').count(), 1, 'one next step');
  // Each comparison cites its own rules: the solvency multiple and the MCI; the threshold.
  assert.deepEqual(await w.locator('#permit-answer .kz-blockers li > details.kz-source > summary').allInnerTexts(), ['Sources (2)', 'Source']);
  assert.deepEqual(await visibleCtas(w), ['blocked']);
  // Enough savings: the investment alone blocks, and its shortfall is the one number left.
  await fillPermit(w, { savings: '11000' });
  assert.equal((await verdict(w)).text, 'On these answers you cannot get a residence permit: one requirement is not met.');
  assert.deepEqual(await cardNumbers(w), [['missing from the investment', '$30,769.23']]);
  assert.equal(await nextStep(w), 'Invest more than $300,000 in all, that is more than $30,769.23 above what you have now: exactly that amount is not enough.');
  assertClean(assert, opened);
  await page.close();
});

test('eligible: green, the dates that matter, the first step next, the caveats in the why and help when the last day to apply is close', async () => {
  const opened = await openPermit(browser.context, { attrs: CTA });
  const { w, page } = opened;
  // Story 7: a passport expiring in 8 months.
  await fillPermit(w, { ...ELIGIBLE, passport: '2027-07-26' });
  const v = await verdict(w);
  assert.equal(v.code, 'ELIGIBLE');
  assert.match(v.tone, /kz-ok/);
  assert.equal(v.text, 'On these answers you can apply for a residence permit (Official employment).');
  assert.deepEqual(await cardNumbers(w), [['last day to apply', '26 January 2027'], ['the permit would be valid until', '26 July 2027']]);
  assert.equal(await nextStep(w), 'Kazakh language test. At a language testing centre.');
  // Help is offered in the card: the last day to apply is close; the only call to action on screen.
  assert.equal(await w.locator('#permit-answer .kz-help > [data-cta]').getAttribute('data-cta'), 'applySoon');
  assert.deepEqual(await visibleCtas(w), ['applySoon']);
  assert.deepEqual((await folds(w)).map((f) => f.summary), ['The steps, in order (6)', 'Documents to gather (15)', 'Reasons for refusal everyone should know (2)']);
  await permitText(w);
  assert.deepEqual(await w.locator('#permit-why .kz-caveats li').allInnerTexts(), [
    'Your passport expires on 26 July 2027, so the permit would end then too, not on 26 November 2036. Renew your passport, then the permit.',
    'Apply by 26 January 2027: only 61 days are left. Later your passport will be too short to apply with.',
  ]);
  const text = await permitText(w);
  assert.match(text, /The permit would be valid until 26 July 2027: 10 years from issue/);
  // A passport far off: no help in the card, the footer's link stays.
  await fillPermit(w, { passport: '2040-01-01' });
  assert.equal((await verdict(w)).code, 'ELIGIBLE');
  assert.equal(await w.locator('#permit-answer [data-cta]').count(), 0);
  assert.deepEqual(await visibleCtas(w), ['footer']);
  assert.deepEqual(await cardNumbers(w), [['last day to apply', '4 July 2039'], ['the permit would be valid until', '26 November 2036']]);
  // A passport already too short is a blocker, not a caveat.
  await fillPermit(w, { passport: '2027-05-01' });
  assert.equal((await verdict(w)).code, 'BLOCKED');
  assert.match(await permitText(w), /Your passport expires on 1 May 2027: on 26 November 2026 it is not valid for more than 180 more days, so the last day to apply with it was 1 November 2026\./);
  assert.match(await permitText(w), /Next: Renew your passport first: with a passport valid for more than 180 more days you can apply\./);
  assertClean(assert, opened);
  await page.close();
});

test('the permit property: an embedder sets the request the tool shows and answers, and reads back what the visitor entered', async () => {
  const opened = await openPermit(browser.context, { attrs: { rates: 'EUR=560' } });
  const { w, page } = opened;
  await recordResults(page);
  // Story 2 as an embedder hands it over: lower-case codes, numbers as numbers.
  await w.evaluate((el) => {
    el.permit = {
      ground: 'employment', passportExpiry: '2034-06-30', savings: { amount: 9000, currency: 'eur' },
      criminalRecord: false, debts: false, officialIncome: true, housing: 'own', rates: { eur: 560 },
    };
  });
  await settle(page);
  // Shown in the questions as if typed, and answered at once.
  assert.equal(await w.locator('#permit-ground').inputValue(), 'employment');
  assert.equal(await w.locator('#permit-passport').inputValue(), '30/06/2034');
  assert.equal(await w.locator('#permit-savings').inputValue(), '9000');
  assert.equal(await w.locator('#permit-savings-currency').inputValue(), 'EUR');
  assert.equal(await w.locator('#permit-rate-EUR').inputValue(), '560');
  assert.equal(await w.locator('#permit-housing-own').isChecked(), true);
  assert.equal(await w.locator('#permit-criminalRecord-no').isChecked(), true);
  const v = await verdict(w);
  assert.equal(v.code, 'BLOCKED');
  assert.deepEqual(await cardNumbers(w), [['missing from your savings', '₸669,000']]);
  const results = await page.evaluate(() => window.kzResults);
  assert.equal(results.at(-1).tool, 'permit');
  assert.equal(results.at(-1).answer.verdict, 'BLOCKED');
  // Read back: the request the tool sends, the application day filled in.
  assert.deepEqual(await w.evaluate((el) => el.permit), {
    applicationDate: '2026-11-26', criminalRecord: false, debts: false, officialIncome: true, kandas: false, formerCompatriot: false,
    housing: 'own', housingAgreement: false, ground: 'employment', passportExpiry: '2034-06-30', applicants: 1,
    savings: { amount: 9000, currency: 'EUR' }, rates: { EUR: 560 },
  });
  // A bad value is kept as given and gets the error beside its field that typing it would.
  await w.evaluate((el) => { el.permit = { ground: 'employment', passportExpiry: '2034-02-30' }; });
  await settle(page);
  assert.equal(await w.locator('#permit-passport').inputValue(), '2034-02-30');
  assert.equal(await w.locator('#permit-passport-error').innerText(), 'This is not a valid date.');
  assert.equal((await verdict(w)).text, 'Fix the marked field first: This is not a valid date.');
  await w.evaluate((el) => { el.permit = { ground: 'employment', passportExpiry: '2034-06-30', savings: { amount: 'lots', currency: 'KZT' } }; });
  await settle(page);
  assert.equal(await w.locator('#permit-savings-error').innerText(), 'Type a number, for example 1234.5.');
  assert.equal((await verdict(w)).text, 'Fix the marked field first: Type a number, for example 1234.5.');
  assertClean(assert, opened);
  await page.close();
});

test('printed: the why and every folded list go on paper, opened, each under its heading; afterwards they fold again', async () => {
  const opened = await openPermit(browser.context, { attrs: CTA });
  const { w, page } = opened;
  await fillPermit(w, { ...ELIGIBLE, record: true });
  await w.locator('#permit-reminders > summary').click(); // one the visitor opened: it stays open
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await settle(page);
  assert.equal(await w.locator('#permit-why').evaluate((d) => d.open), true);
  assert.deepEqual((await folds(w)).map((f) => f.open), [true, true, true]);
  // The headings stay on paper: what each list is, how many, and that it holds once resolved.
  assert.deepEqual(await w.locator('#panel-permit .kz-fold > summary').evaluateAll((all) => all.filter((s) => s.checkVisibility()).map((s) => s.textContent)), [
    'If you resolve this: the steps, in order (6)', 'If you resolve this: documents to gather (15)', 'Reasons for refusal everyone should know (2)',
  ]);
  assert.equal(await w.locator('#panel-permit .kz-checklist').isVisible(), true);
  assert.equal(await w.locator('#permit-answer [data-cta]').isVisible(), false, 'no call to action on paper');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await settle(page);
  assert.equal(await w.locator('#permit-why').evaluate((d) => d.open), false);
  assert.deepEqual((await folds(w)).map((f) => f.open), [false, false, true]);
  assertClean(assert, opened);
  await page.close();
});
