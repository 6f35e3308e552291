// The browser policy of package.json's browserslist (Baseline widely available) as the oldest
// version of each browser it lists: esbuild's target in tools/bundle.mjs, and what
// tools/wasm-features.mjs checks the WebAssembly features against.
import browserslist from 'browserslist';

const root = new URL('..', import.meta.url).pathname;

/** Compares two versions ("17.5", "125", "18.5") number by number: below 0 when `a` is older. */
export function compareVersions(a, b) {
  const [x, y] = [a, b].map((v) => String(v).split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The oldest version the policy lists of each browser, keyed by `names[browserslist's name]`
 * (several names may share one key: the oldest of them is kept). A browser the policy lists
 * that `names` does not map is an error: `tool` says whose names are missing.
 */
export function oldestVersions(names, tool) {
  const oldest = {};
  for (const entry of browserslist(undefined, { path: root })) {
    const [name, range] = entry.split(' ');
    const key = names[name];
    if (!key) throw new Error(`browserslist names "${entry}", which ${tool} has no name for: map it in ENGINES`);
    const version = range.split('-')[0];
    if (!(key in oldest) || compareVersions(version, oldest[key]) < 0) oldest[key] = version;
  }
  return oldest;
}
