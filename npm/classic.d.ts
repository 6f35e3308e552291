// Types of the classic script (`kz-residence/kz-residence.js`, the file a page loads with
// <script src>): it puts the API on `window.KzResidence` and defines the element, whose types
// come with ./index.d.ts.
import type { KzResidenceApi } from './index.js';

declare global {
  // `var`: a global binding, as the script makes `KzResidence` (read only, on window).
  var KzResidence: KzResidenceApi;
}

export {};
