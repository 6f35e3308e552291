// Lint of the widget's sources in www/ (not the built bundle, www/kz-residence.js): ESLint's
// recommended rules, and eslint-plugin-compat, which checks every browser API used against the
// browser policy in package.json's `browserslist` ("baseline widely available").
// `make lint` runs it; `make test` runs `make lint` first.
import { builtinRules } from 'eslint/use-at-your-own-risk';
import compat from 'eslint-plugin-compat';
import globals from 'globals';

// ESLint's recommended rules are the core rules whose metadata says `recommended`; @eslint/js
// publishes the same list as `configs.recommended`, but it is not in our pinned npm lock.
const recommended = Object.fromEntries([...builtinRules]
  .filter(([, rule]) => rule.meta?.docs?.recommended)
  .map(([name]) => [name, 'error']));

export default [
  { ignores: ['www/kz-residence.js'] },
  {
    files: ['www/**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.browser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...recommended,
      // eslint-plugin-compat does not know these (they are in Chromium 140 and Safari 18.2,
      // not in Safari 17.5); base64url.js does the same with btoa and atob.
      'no-restricted-properties': ['error',
        ...['toBase64', 'toHex', 'setFromBase64', 'setFromHex'].map((property) => ({ property, message: 'not Baseline widely available: see www/widget/keep/base64url.js' })),
        ...['fromBase64', 'fromHex'].map((property) => ({ object: 'Uint8Array', property, message: 'not Baseline widely available: see www/widget/keep/base64url.js' }))],
    },
  },
  { ...compat.configs['flat/recommended'], files: ['www/**/*.js'] },
];
