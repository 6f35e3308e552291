// A page script using the classic file (`kz-residence/kz-residence.js`, loaded by a script
// tag): its global `KzResidence` is typed (type-checked only, by tests/e2e/npm.test.mjs).
import type {} from 'kz-residence/kz-residence.js';

export const version: string = KzResidence.version;
export const permit = () => {
  const answer = KzResidence.permit({
    ground: 'employment', passportExpiry: '2030-01-01', criminalRecord: false, debts: false,
    officialIncome: null, kandas: false, housing: 'rent',
  });
  // `applyBy`: a date with the rule it comes from, `null` without a passport expiry.
  return `${answer.verdict} ${answer.applyBy?.date ?? ''} ${answer.applyBy?.rule.source ?? ''}`;
};
