import fc from 'fast-check';
import pako from 'pako';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { deflateInSteps, precompressStreams } from '../../../../../src/core/report/pdf/compress-steps';

function runSteps<T>(steps: Generator<void, T, void>): { value: T; steps: number } {
  let n = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, steps: n };
    n++;
  }
}

describe('deflateInSteps', () => {
  it('gives what inflates back to the input, whatever the chunk size', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 1, max: 700 }), (bytes, chunk) => {
        const { value } = runSteps(deflateInSteps(bytes, chunk));
        expect(pako.inflate(value)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('pauses between chunks, and gives the same bytes on every run', () => {
    const text = new TextEncoder().encode(
      JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ id: `c${i}`, text: `engagement ${i * 7919}` }))),
    );
    const first = runSteps(deflateInSteps(text, 64 * 1024));
    expect(first.steps).toBe(Math.ceil(text.length / (64 * 1024)) - 1);
    // Buffer.compare: toEqual walks large typed arrays element by element, slowly.
    expect(Buffer.compare(runSteps(deflateInSteps(text, 64 * 1024)).value, first.value)).toBe(0);
    expect(Buffer.compare(pako.inflate(first.value), text)).toBe(0);
    // The same bytes as deflating in one piece.
    expect(Buffer.compare(first.value, pako.deflate(text))).toBe(0);
  });

  it('compresses an empty file to a valid empty stream', () => {
    const { value, steps } = runSteps(deflateInSteps(new Uint8Array(0)));
    expect(steps).toBe(0);
    expect(pako.inflate(value)).toEqual(new Uint8Array(0));
  });
});

describe('precompressStreams', () => {
  async function drawn(): Promise<PDFDocument> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let p = 0; p < 5; p++)
      doc.addPage().drawText(`Page ${p + 1}: les trois pays organiseront une table ronde`, { font, x: 50, y: 700 });
    return doc;
  }

  it('takes a step per stream and leaves save() writing the very same bytes', async () => {
    const options = { useObjectStreams: false, addDefaultPage: false };
    const plain = await (await drawn()).save(options);
    const doc = await drawn();
    const { value: streams, steps } = runSteps(precompressStreams(doc));
    expect(streams).toBe(5);
    expect(steps).toBe(streams);
    expect(Buffer.compare(await doc.save(options), plain)).toBe(0);
  });
});
