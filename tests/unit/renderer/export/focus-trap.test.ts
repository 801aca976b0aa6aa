import { describe, expect, it } from 'vitest';
import { wrapTarget } from '../../../../src/renderer/src/export/focus-trap';

describe('Tab kept inside the dialog', () => {
  const stops = ['close', 'pdf', 'source', 'export'];
  it('wraps from the last control to the first and back', () => {
    expect(wrapTarget(stops, 'export', false)).toBe('close');
    expect(wrapTarget(stops, 'close', true)).toBe('export');
  });
  it('leaves Tab alone in the middle', () => {
    expect(wrapTarget(stops, 'pdf', false)).toBeUndefined();
    expect(wrapTarget(stops, 'pdf', true)).toBeUndefined();
    expect(wrapTarget(stops, 'export', true)).toBeUndefined();
  });
  it('brings a focus from outside (the dialog itself) to an end', () => {
    expect(wrapTarget(stops, null, false)).toBe('close');
    expect(wrapTarget(stops, null, true)).toBe('export');
    expect(wrapTarget([], null, false)).toBeUndefined();
  });
});
