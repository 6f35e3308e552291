// base64url without padding (RFC 4648 §5), the share link's payload format, written with
// btoa/atob so it works in every browser of our policy (Uint8Array.prototype.toBase64 and
// Uint8Array.fromBase64 are not in Safari 17.5). Reads exactly what fromBase64 with
// `alphabet: 'base64url'` read: links made with it still open.

/** The bytes as base64url text, without `=` padding. */
export function encodeBase64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text (padding optional); throws on anything else, `+` and `/` included. */
export function decodeBase64url(text) {
  if (/[+/]/.test(text)) throw new SyntaxError('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/')); // throws on other characters and bad lengths
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
