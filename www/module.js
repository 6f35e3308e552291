// The npm package's entry (tools/bundle.mjs with `esm` makes its index.js from it): the same
// engine and element as main.js, as an ES module that exports them and puts nothing on `window`.

export { KzResidence } from './api.js';
export { KzResidenceCalculator } from './widget/define.js';
