/**
 * A small sRGB ICC profile (version 2.1, display class, matrix/TRC), built from the published
 * constants of IEC 61966-2-1 rather than shipped as a file: PDF/A needs an output intent with an
 * embedded profile, and this one has no licence question and no bytes of unknown origin. It is
 * the same every time (fixed date), so the PDF stays reproducible.
 *
 * Layout (ICC.1:2001-04): a 128-byte header, a tag table, then the tags: `desc`, `cprt`, `wtpt`,
 * the three colorant tags (primaries adapted to D50 with the Bradford transform) and one shared
 * 1024-entry tone curve for `rTRC`/`gTRC`/`bTRC`.
 */

const D50 = [0.9642, 1.0, 0.8249] as const;
const D65 = [0.9505, 1.0, 1.089] as const;
const RED = [0.4360747, 0.2225045, 0.0139322] as const;
const GREEN = [0.3850649, 0.7168786, 0.0971045] as const;
const BLUE = [0.1430804, 0.0606169, 0.7141733] as const;

export const SRGB_PROFILE_NAME = 'sRGB IEC61966-2.1';

class Bytes {
  private readonly parts: number[] = [];
  get length(): number {
    return this.parts.length;
  }
  u8(v: number): this {
    this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v >>> 8).u8(v);
  }
  u32(v: number): this {
    return this.u16(v >>> 16).u16(v & 0xffff);
  }
  sig(s: string): this {
    for (let i = 0; i < 4; i++) this.u8(s.charCodeAt(i));
    return this;
  }
  s15f16(v: number): this {
    return this.u32(Math.round(v * 65536) >>> 0);
  }
  ascii(s: string): this {
    for (let i = 0; i < s.length; i++) this.u8(s.charCodeAt(i) & 0x7f);
    return this;
  }
  zeros(n: number): this {
    for (let i = 0; i < n; i++) this.u8(0);
    return this;
  }
  pad4(): this {
    while (this.parts.length % 4 !== 0) this.u8(0);
    return this;
  }
  bytes(b: Bytes): this {
    this.parts.push(...b.parts);
    return this;
  }
  toUint8Array(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function xyz(v: readonly [number, number, number]): Bytes {
  return new Bytes().sig('XYZ ').zeros(4).s15f16(v[0]).s15f16(v[1]).s15f16(v[2]);
}

function text(s: string): Bytes {
  return new Bytes().sig('text').zeros(4).ascii(s).u8(0);
}

function desc(s: string): Bytes {
  return new Bytes()
    .sig('desc')
    .zeros(4)
    .u32(s.length + 1)
    .ascii(s)
    .u8(0)
    .u32(0) // Unicode language code
    .u32(0) // Unicode count
    .u16(0) // ScriptCode code
    .u8(0) // ScriptCode count
    .zeros(67);
}

/** The sRGB transfer function, sampled at 1024 points. */
function srgbCurve(): Bytes {
  const n = 1024;
  const b = new Bytes().sig('curv').zeros(4).u32(n);
  for (let i = 0; i < n; i++) {
    const x = i / (n - 1);
    const y = x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    b.u16(Math.round(y * 65535));
  }
  return b;
}

/** The profile's bytes. */
export function srgbIccProfile(): Uint8Array {
  const curve = srgbCurve();
  const tags: [string, Bytes][] = [
    ['desc', desc(SRGB_PROFILE_NAME)],
    ['cprt', text('No copyright: built by Synopsis from the constants of IEC 61966-2-1.')],
    ['wtpt', xyz(D65)],
    ['rXYZ', xyz(RED)],
    ['gXYZ', xyz(GREEN)],
    ['bXYZ', xyz(BLUE)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  // Tag data after the header and the table; the three curves share one block.
  const tableSize = 4 + tags.length * 12;
  const data = new Bytes();
  const placed = new Map<Bytes, { offset: number; size: number }>();
  const entries: { sig: string; offset: number; size: number }[] = [];
  for (const [sig, body] of tags) {
    let where = placed.get(body);
    if (!where) {
      data.pad4();
      where = { offset: 128 + tableSize + data.length, size: body.length };
      data.bytes(body);
      placed.set(body, where);
    }
    entries.push({ sig, ...where });
  }
  data.pad4();
  const size = 128 + tableSize + data.length;

  const out = new Bytes()
    .u32(size)
    .zeros(4) // preferred CMM
    .u32(0x02100000) // version 2.1.0
    .sig('mntr')
    .sig('RGB ')
    .sig('XYZ ')
    .u16(2026)
    .u16(1)
    .u16(1)
    .u16(0)
    .u16(0)
    .u16(0)
    .sig('acsp')
    .zeros(4) // platform
    .u32(0) // flags
    .zeros(4) // manufacturer
    .zeros(4) // model
    .zeros(8) // attributes
    .u32(0) // perceptual intent
    .s15f16(D50[0])
    .s15f16(D50[1])
    .s15f16(D50[2])
    .zeros(4) // creator
    .zeros(16) // profile id (v4 only)
    .zeros(28);
  out.u32(tags.length);
  for (const e of entries) out.sig(e.sig).u32(e.offset).u32(e.size);
  out.bytes(data);
  return out.toUint8Array();
}
