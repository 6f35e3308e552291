// The stay headline is worded from the engine's status alone: one test per status code
// through the element's `trips` property (the headline's data-status, tone and text, and
// the status `kz-result` carried), and hundreds of random and edge histories on which no
// headline ever offers a day before the control date as "may stay until".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, setTrips, headline, answer, recordResults, assertClean } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Opens the widget on `today` with `attrs`, sets `trips`; returns the headline and the last kz-result's status. */
async function statusOf(context, { today, attrs = {}, trips }) {
  const opened = await openWidget(context, { attrs: { today, ...attrs } });
  await recordResults(opened.page);
  await setTrips(opened.w, trips);
  const head = await headline(opened.w);
  // Trips set to what the widget already has (none) change nothing, so no new kz-result:
  // the answer is then the one the element keeps.
  const result = await opened.page.evaluate(() => window.kzResults.at(-1)) ?? { answer: await opened.w.evaluate((el) => el.answer) };
  return { opened, head, result, text: await answer(opened.w) };
}

// Story 1 of the truthful-answers issue: a freelancer on the 30-day regime (a German citizen
// here), in the country since 10 November with 81 days behind: 98 days used on 26 November.
const STORY_1 = [
  { entry: '2026-06-01', exit: '2026-06-28' }, { entry: '2026-07-15', exit: '2026-08-10' },
  { entry: '2026-09-20', exit: '2026-10-15' }, { entry: '2026-11-10' },
];

test('OVER_LIMIT: since when, how many days, leave now, the consequences with their sources', async () => {
  const { opened, head, result, text } = await statusOf(browser.context, { today: '2026-11-26', attrs: { citizenship: 'DE' }, trips: STORY_1 });
  assert.deepEqual(head, {
    status: 'OVER_LIMIT', tone: 'danger',
    text: 'You have been over the limit since 19 November 2026, 8 days so far. Leave Kazakhstan as soon as you can.',
  });
  assert.deepEqual(result.answer.status, { code: 'OVER_LIMIT', from: '2026-11-19', to: null, days: 8, limit: 'WINDOW' });
  assert.equal(result.answer.rules.citizenship, 'DE');
  assert.match(text, /In the 180 days up to 26 November 2026 you were in Kazakhstan 98 days, more than the 90 allowed\./);
  assert.deepEqual(await opened.w.locator('#stay-answer .kz-number dd').allInnerTexts(), ['98 days, over the 90 allowed', '19 November 2026']);
  assert.match(text, /An overstay of 8 days is an administrative offence\. Beyond 5 days the law provides larger fines, possible expulsion and an entry ban of up to 5 years by court order\./);
  assert.match(text, /After an overstay you may be refused entry at the border\./);
  assert.match(text, /If you leave today, a full 90 days are available again from 25 May 2027\./);
  assert.doesNotMatch(text, /may stay until/i);
  // Sources: the regime's rule, the citizenship's entry, art. 517 and art. 48.
  const { w } = opened;
  const sources = w.locator('#stay-answer details.kz-source');
  await sources.evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  const cited = (await sources.allInnerTexts()).join('\n');
  assert.match(cited, /Article 517/);
  assert.match(cited, /Article 48/);
  assert.match(cited, /In force from/);
  // Help right under the verdict, with a line for an overstay.
  assert.match(await w.locator('#panel-stay [data-cta="overstay"]').innerText(), /You are over the limit/);
  assertClean(assert, opened);
  await opened.page.close();
});

test('MAY_STAY: until the last legal day; on that day itself, leave today (a warning)', async () => {
  let { opened, head, result, text } = await statusOf(browser.context, { today: '2026-11-26', trips: [{ entry: '2026-11-01' }] });
  assert.deepEqual(head.status, 'MAY_STAY');
  assert.equal(head.tone, 'fine');
  assert.equal(head.text.split('\n')[0], 'You may stay until 29 January 2027.');
  assert.deepEqual(result.answer.status, { code: 'MAY_STAY', from: null, to: '2027-01-29', days: 65, limit: 'WINDOW' });
  assert.match(text, /If you stay until 29 January 2027, a full 90 days are available again from 28 July 2027\./);
  await opened.page.close();
  // Entered 90 days before: the control date is the last legal day.
  ({ opened, head, result } = await statusOf(browser.context, { today: '2026-11-26', trips: [{ entry: '2026-08-29' }] }));
  assert.equal(head.status, 'MAY_STAY');
  assert.equal(head.tone, 'warning');
  assert.equal(head.text.split('\n')[0], 'Today, 26 November 2026, is your last allowed day: leave Kazakhstan today.');
  assert.equal(result.answer.status.to, '2026-11-26');
  assertClean(assert, opened);
  await opened.page.close();
});

test('MAY_ENTER: enter on the control date and stay until; a past overstay is named and warns', async () => {
  let { opened, head, result } = await statusOf(browser.context, { today: '2026-11-26', trips: [] });
  assert.equal(head.status, 'MAY_ENTER');
  assert.equal(head.tone, 'fine');
  assert.equal(head.text.split('\n')[0], 'You may enter today and stay until 23 February 2027.');
  // The rule the page preset is shown as chosen above the answer, not assumed silently.
  assert.ok(await opened.w.locator('#stay-regime-standard').isChecked());
  assert.ok(await opened.w.locator('#stay-regime').isVisible());
  assert.deepEqual(result.answer.status, { code: 'MAY_ENTER', from: null, to: '2027-02-23', days: 90, limit: 'WINDOW' });
  await opened.page.close();
  // Story 4: 9 days over in the spring.
  ({ opened, head, result } = await statusOf(browser.context, { today: '2026-11-26', trips: [{ entry: '2026-03-01', exit: '2026-06-07' }] }));
  assert.equal(head.status, 'MAY_ENTER');
  assert.equal(head.tone, 'warning');
  assert.match(head.text, /Earlier you stayed 9 days over the limit, from 30 May 2026 to 7 June 2026\. That can lead to refusal at the border and of a residence permit\./);
  assert.equal(result.answer.status.code, 'MAY_ENTER');
  assertClean(assert, opened);
  await opened.page.close();
});

test('MUST_WAIT: the first day one may enter and how long one may then stay (story 6)', async () => {
  const { opened, head, result, text } = await statusOf(browser.context, { today: '2026-12-01', trips: [{ entry: '2026-09-01', exit: '2026-11-29' }] });
  assert.deepEqual(head.status, 'MUST_WAIT');
  assert.equal(head.tone, 'warning');
  assert.equal(head.text.split('\n')[0], 'You may not enter before 28 February 2027. Entering that day, you may stay until 28 May 2027.');
  assert.deepEqual(result.answer.status, { code: 'MUST_WAIT', from: '2027-02-28', to: '2027-05-28', days: 90, limit: 'WINDOW' });
  assert.match(text, /A full 90 days are available again from 28 May 2027/);
  assert.ok(await opened.w.locator('#panel-stay [data-cta="wait"]').isVisible());
  assertClean(assert, opened);
  await opened.page.close();
});

/** A small seeded generator (mulberry32), so a failing history can be replayed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86400000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Histories around the control date: random ones, and the edges (last day, day after, same-day re-entry, open trip today). */
function histories(count) {
  const next = random(20261126);
  const on = Date.UTC(2026, 10, 26);
  const out = [
    [{ entry: iso(on - 89 * DAY) }], [{ entry: iso(on - 90 * DAY) }], [{ entry: iso(on) }],
    [{ entry: iso(on - 100 * DAY), exit: iso(on - 20 * DAY) }, { entry: iso(on - 20 * DAY) }],
    [{ entry: iso(on - 179 * DAY), exit: iso(on - 90 * DAY) }], [{ entry: iso(on - 30 * DAY), exit: iso(on) }],
    [{ entry: iso(on - 10 * DAY), exit: iso(on + 200 * DAY) }], [{ entry: iso(on + 5 * DAY), exit: iso(on + 100 * DAY) }],
  ].map((trips) => ({ trips }));
  while (out.length < count) {
    let day = on - Math.floor(next() * 400) * DAY;
    const trips = [];
    for (let n = 1 + Math.floor(next() * 5); n > 0 && day <= on + 60 * DAY; n--) {
      const entry = day;
      const exit = entry + (1 + Math.floor(next() * 80)) * DAY; // two days at least: a same-day re-entry must not repeat an entry day
      const open = n === 1 && entry <= on && next() < 0.4;
      trips.push(open ? { entry: iso(entry) } : { entry: iso(entry), exit: iso(exit) });
      day = exit + (next() < 0.15 ? 0 : 1 + Math.floor(next() * 60)) * DAY;
    }
    out.push({ trips, citizenship: ['', 'DE', 'RU', 'IN', 'TR'][Math.floor(next() * 5)] });
  }
  return out;
}

test('no headline shows a day before the control date as "may stay until" (300 histories)', async () => {
  const opened = await openWidget(browser.context, { attrs: { today: '2026-11-26' } });
  const { w, page } = opened;
  const checked = await w.evaluate((el, cases) => {
    const root = el.shadowRoot;
    const seen = {};
    const problems = [];
    for (const { trips, citizenship } of cases) {
      const select = root.getElementById('stay-citizenship');
      if (citizenship !== undefined && select.value !== citizenship) {
        select.value = citizenship;
        if (select.value !== citizenship) problems.push(`the citizenship list has no "${citizenship}" (it shows "${select.value}")`);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      el.trips = trips;
      const head = root.getElementById('stay-headline');
      const text = head.querySelector('.kz-headline-text')?.textContent ?? '';
      const a = el.answer;
      seen[head.dataset.status] = (seen[head.dataset.status] ?? 0) + 1;
      const fail = (why) => problems.push(`${why}: ${JSON.stringify({ trips, citizenship, text, status: a?.status })}`);
      if (!head.dataset.status) { fail('no status'); continue; }
      if (head.dataset.status !== a.status.code) fail('data-status differs from the answer');
      for (const m of text.matchAll(/stay until (\w+ \d+, \d{4})/g)) {
        if (new Date(`${m[1]} UTC`).toISOString().slice(0, 10) < a.on) fail(`"may stay until" a past day ${m[1]}`);
      }
      if (a.status.code === 'OVER_LIMIT' && /may stay/i.test(text)) fail('an overstay offered a stay');
    }
    return { seen, problems };
  }, histories(300));
  assert.deepEqual(checked.problems, []);
  // Every status was reached, so the check was not vacuous.
  for (const code of ['OVER_LIMIT', 'MAY_STAY', 'MAY_ENTER', 'MUST_WAIT']) assert.ok(checked.seen[code] > 5, `${code}: ${JSON.stringify(checked.seen)}`);
  assertClean(assert, opened);
  await page.close();
});

// The same stories in Russian and Kazakh: each status code gets its own sentence, with the
// engine's dates, and a one-day past overstay names its day once.
const WORDED = [
  ['OVER_LIMIT', { today: '2026-11-26', attrs: { citizenship: 'DE' }, trips: STORY_1 }, {
    ru: ['Вы превышаете разрешённый срок пребывания с 19 ноября 2026 г. — уже 8 дней. Выезжайте из Казахстана как можно скорее.'],
    kk: ['Рұқсат етілген мерзімнен 8 күн асып кеттіңіз: асу 2026 ж. 19 қараша күні басталды. Қазақстаннан мүмкіндігінше тезірек шығыңыз.'],
  }],
  ['MAY_STAY', { today: '2026-11-26', trips: [{ entry: '2026-11-01' }] }, {
    ru: ['Вы можете оставаться в Казахстане до 29 января 2027 г. включительно.', 'После этого дня за 180 дней у вас набралось бы больше 90.'],
    kk: ['Қазақстанда 2027 ж. 29 қаңтар күнін қоса алғанда бола аласыз.', 'Сол күннен кейін 180 күнде 90 күннен көп болып кетер еді.'],
  }],
  ['MAY_STAY', { today: '2026-11-26', trips: [{ entry: '2026-08-29' }] }, {
    ru: ['Сегодня, 26 ноября 2026 г., — ваш последний разрешённый день: выезжайте из Казахстана сегодня.', 'После этого дня за 180 дней у вас набралось бы больше 90.'],
    kk: ['Бүгін, 2026 ж. 26 қараша, — рұқсат етілген соңғы күніңіз: Қазақстаннан бүгін шығыңыз.', 'Сол күннен кейін 180 күнде 90 күннен көп болып кетер еді.'],
  }],
  ['MAY_ENTER', { today: '2026-11-26', trips: [{ entry: '2026-03-01', exit: '2026-05-29' }, { entry: '2026-05-30', exit: '2026-05-30' }] }, {
    ru: ['Вы можете въехать сегодня и оставаться до 23 февраля 2027 г. включительно.', 'После этого дня за 180 дней у вас набралось бы больше 90.', 'Ранее вы превысили срок пребывания на 1 день (30 мая 2026 г.). Это может привести к отказу во въезде на границе и в выдаче вида на жительство.'],
    kk: ['Бүгін кіріп, 2027 ж. 23 ақпан күнін қоса алғанда бола аласыз.', 'Сол күннен кейін 180 күнде 90 күннен көп болып кетер еді.', 'Бұрын рұқсат етілген мерзімнен 1 күн асып кеткенсіз (2026 ж. 30 мамыр). Бұл шекарада елге кіргізбеуге және тұруға ықтиярхат бермеуге себеп болуы мүмкін.'],
  }],
  ['MAY_ENTER', { today: '2026-11-26', trips: [{ entry: '2026-03-01', exit: '2026-06-19' }] }, {
    ru: ['Вы можете въехать сегодня и оставаться до 23 февраля 2027 г. включительно.', 'После этого дня за 180 дней у вас набралось бы больше 90.', 'Ранее вы превысили срок пребывания на 21 день (с 30 мая 2026 г. по 19 июня 2026 г.). Это может привести к отказу во въезде на границе и в выдаче вида на жительство.'],
    kk: ['Бүгін кіріп, 2027 ж. 23 ақпан күнін қоса алғанда бола аласыз.', 'Сол күннен кейін 180 күнде 90 күннен көп болып кетер еді.', 'Бұрын рұқсат етілген мерзімнен 21 күн асып кеткенсіз (2026 ж. 30 мамыр – 2026 ж. 19 маусым). Бұл шекарада елге кіргізбеуге және тұруға ықтиярхат бермеуге себеп болуы мүмкін.'],
  }],
  ['MUST_WAIT', { today: '2026-12-01', trips: [{ entry: '2026-09-01', exit: '2026-11-29' }] }, {
    ru: ['Въехать можно не раньше 28 февраля 2027 г. Въехав в этот день, можно оставаться до 28 мая 2027 г. включительно.', 'После этого дня за 180 дней у вас набралось бы больше 90.'],
    kk: ['Қазақстанға ең ерте 2027 ж. 28 ақпан күні кіре аласыз. Сол күні кірсеңіз, 2027 ж. 28 мамыр күнін қоса алғанда бола аласыз.', 'Сол күннен кейін 180 күнде 90 күннен көп болып кетер еді.'],
  }],
];

test('in Russian and Kazakh each status code gets its own sentence, with the engine\'s dates', async () => {
  for (const lang of ['ru', 'kk']) {
    for (const [code, story, words] of WORDED) {
      const { opened, head, result } = await statusOf(browser.context, { ...story, attrs: { ...story.attrs, lang } });
      assert.equal(head.status, code, `${lang} ${code}`);
      assert.equal(result.answer.status.code, code);
      // The sentence, the limit that ends the stay, then for a past overstay the line naming it.
      const lines = head.text.replace(/[\u00a0\u202f]/g, ' ').split('\n').filter(Boolean);
      assert.deepEqual(lines.slice(0, words[lang].length), words[lang], `${lang} ${code}`);
      await opened.page.close();
    }
  }
});
