import pako from 'pako';
import { PDFFlateStream, type PDFDocument } from 'pdf-lib';

/**
 * Compression in steps, so that saving a long PDF report does not hold the host's event loop.
 *
 * pdf-lib deflates every stream while it measures the file in `save()`: it pauses only every
 * `objectsPerTick` objects, and a batch of page content streams, or the report's JSON attached
 * as one stream (tens of megabytes for a long report), took 1.7–2.2 s without a pause on the
 * 4 MB corpus of `npm run bench -- reportReal`. Here the same compression runs before `save()`,
 * one piece per step; pdf-lib keeps what a stream computed, so `save()` only copies bytes.
 */

/** Input per step of `deflateInSteps`: some 10–20 ms of deflating on this machine. */
const DEFLATE_CHUNK_BYTES = 256 * 1024;

/**
 * zlib-deflates `bytes` (the FlateDecode filter's format, pako's defaults as pdf-lib uses them)
 * a chunk per step. The output depends only on the input: the same bytes give the same stream.
 */
export function* deflateInSteps(bytes: Uint8Array, chunkBytes: number = DEFLATE_CHUNK_BYTES): Generator<void, Uint8Array, void> {
  const deflater = new pako.Deflate();
  let at = 0;
  do {
    const end = Math.min(bytes.length, at + chunkBytes);
    deflater.push(bytes.subarray(at, end), end === bytes.length);
    at = end;
    if (at < bytes.length) yield;
  } while (at < bytes.length);
  if (deflater.err) throw new Error(`Could not compress an attachment of the PDF report: ${deflater.msg}`);
  return deflater.result as Uint8Array;
}

/**
 * Computes the compressed contents of every FlateDecode stream of the document, a step per
 * stream. Call it last, when no page will be drawn on any more: a stream keeps what it computed.
 */
export function* precompressStreams(doc: PDFDocument): Generator<void, number, void> {
  let streams = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFFlateStream)) continue;
    object.getContentsSize();
    streams++;
    yield;
  }
  return streams;
}
