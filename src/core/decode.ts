import type { TextEncodingName } from '../shared/model';

/** Outcome of turning a file's bytes into text: decoded, or refused with a reason for the user. */
export type DecodeResult =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly kind: 'rejected'; readonly reason: string };

/** Share of control characters above which a file is taken for binary rather than text. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes a text file whatever its encoding: UTF-8 with or without BOM, UTF-16 with or without
 * BOM, and Windows-1252/Latin-1 when the bytes are not valid UTF-8 (old exports). Binary data is
 * refused rather than shown as garbage; a few stray NUL bytes in a text are kept (the block builder
 * leaves control characters out of blocks). Line ends are handled by the block builder, not here,
 * so offsets stay those of the decoded file.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { kind: 'rejected', reason: 'The file is empty.' };
  let text: string;
  let encoding: TextEncodingName;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const utf8 = tryUtf8(bytes.subarray(3));
    if (utf8 === undefined) return { kind: 'rejected', reason: 'The file starts as UTF-8 but holds invalid UTF-8 bytes.' };
    text = utf8;
    encoding = 'utf-8-bom';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else if (utf16Order(bytes) !== undefined) {
    // UTF-16 without a byte-order mark: every other byte of Latin text is zero.
    encoding = utf16Order(bytes)!;
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== undefined) {
      text = utf8;
      encoding = 'utf-8';
    } else {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
    }
  }
  // A damaged or preallocated file may be padded with NUL bytes after its text.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  if (end < text.length) text = text.slice(0, end);
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { kind: 'rejected', reason: 'The file looks binary (it holds control characters), not text: export it as plain text first.' };
  }
  if (text.trim() === '') return { kind: 'rejected', reason: 'The file holds only white space.' };
  return { kind: 'text', text, encoding };
}

/**
 * The byte order of UTF-16 text that carries no byte-order mark, recognized by its zero bytes:
 * in the first 4 KB, most odd bytes zero and few even ones (little-endian), or the reverse.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters (0 = unassigned). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by hand: Node's `TextDecoder('windows-1252')` may decode as Latin-1 (without full
 * ICU), which turns "€", "’", "–" into invisible control characters. Latin-1 files decode the same.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = new Array<number>(Math.min(CHUNK, bytes.length - at));
    for (let i = 0; i < codes.length; i++) {
      const b = bytes[at + i]!;
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function controlShare(text: string): number {
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}
