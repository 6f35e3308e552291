// Registers <kz-residence-calculator>, once: a page that loads the script twice, or defines
// the name itself first, keeps the element it already has.

import { KzResidenceCalculator } from './element.js';

if (!customElements.get('kz-residence-calculator')) customElements.define('kz-residence-calculator', KzResidenceCalculator);

export { KzResidenceCalculator };
