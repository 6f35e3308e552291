// A page script using the classic file (`kz-residence/kz-residence.js`, loaded by a script
// tag): its global `KzResidence` is typed (type-checked only, by tests/e2e/npm.test.mjs).
import type {} from 'kz-residence/kz-residence.js';

export const version: string = KzResidence.version;
export const permit = () => KzResidence.permit({
  ground: 'employment', passportExpiry: '2030-01-01', criminalRecord: false, debts: false,
  officialIncome: null, kandas: false, housing: 'rent',
}).verdict;
