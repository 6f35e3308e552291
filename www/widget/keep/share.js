// "Copy link": the state travels in the URL fragment, which browsers never send to a server.
// Format: `#kz=2.<base64url of the deflated JSON>.<checksum>` (deflate keeps a thousand trips
// to a few kilobytes; links of version 1, the JSON itself, still open). The checksum catches
// hand edits and truncation; the shape check in state.js catches anything else. A bad link
// is reported and ignored.

import { decodeBase64url, encodeBase64url } from './base64url.js';
import { checkState } from './state.js';

const SHARE_VERSION = '2';

/** The bytes of `bytes` through a compression or decompression stream of `format`. */
async function through(stream, bytes) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** FNV-1a over the payload: detects accidental or hand-made changes (not a security measure). */
function checksum(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function fragmentParams() {
  return new URLSearchParams(location.hash.slice(1));
}

/** This page's address with the state in the fragment; other widgets' fragment keys are kept. */
export async function shareLink(key, state) {
  const payload = encodeBase64url(await through(new CompressionStream('deflate-raw'), new TextEncoder().encode(JSON.stringify(state))));
  const params = fragmentParams();
  params.set(key, `${SHARE_VERSION}.${payload}.${checksum(payload)}`);
  const url = new URL(location.href);
  url.hash = params.toString();
  return url.href;
}

/** `{ state }` from a valid link, `{ problem: true }` for a changed or damaged one, `{}` when absent. */
export async function readShared(key) {
  const value = fragmentParams().get(key);
  if (value === null) return {};
  const [version, payload, sum, ...rest] = value.split('.');
  if ((version === SHARE_VERSION || version === '1') && rest.length === 0 && payload && sum === checksum(payload)) {
    try {
      const bytes = decodeBase64url(payload);
      const json = new TextDecoder('utf-8', { fatal: true }).decode(version === '1' ? bytes : await through(new DecompressionStream('deflate-raw'), bytes));
      const state = checkState(JSON.parse(json));
      if (state) return { state };
    } catch {
      // bad base64, UTF-8 or JSON: reported below as a changed link
    }
  }
  return { problem: true };
}
