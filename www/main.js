// The bundle's entry (tools/bundle.mjs makes www/kz-residence.js from it): the public API as
// `window.KzResidence`, and the <kz-residence-calculator> element. Nothing else reaches the page.

import { KzResidence } from './api.js';
import './widget/define.js';

Object.defineProperty(window, 'KzResidence', { value: KzResidence, enumerable: true });
