import { describe, expect, it } from 'vitest';
import { blockRange } from '../../../../src/renderer/src/compare/pane-selection';

describe('a selection as offsets into the block’s text', () => {
  const text = 'Les pays Benelux organiseront une table ronde.';
  it('subtracts what the pane renders before the text (a list marker, a footnote number)', () => {
    const rendered = `• ${text}`;
    const start = rendered.indexOf('organiseront');
    expect(blockRange(rendered, text, start, start + 'organiseront une table ronde'.length)).toEqual({ start: 17, end: 45 });
    expect(blockRange(text, text, 0, text.length)).toEqual({ start: 0, end: text.length });
  });

  it('trims spaces at the edges, takes the ends in either order, and refuses a selection of spaces', () => {
    const at = text.indexOf(' organiseront');
    expect(blockRange(text, text, at + 13, at)).toEqual({ start: at + 1, end: at + 13 });
    expect(blockRange(text, text, 3, 4)).toBeUndefined();
    expect(blockRange(text, text, 5, 5)).toBeUndefined();
  });

  it('clamps a selection running past the block, and finds the selected words when the rendered text differs', () => {
    expect(blockRange(`${text} ↩`, text, 9, 200)).toEqual({ start: 9, end: text.length });
    // A table rendered as cells: the block's text is not in the rendered text as one piece.
    const rendered = 'Indicator5G readiness3%';
    expect(blockRange(rendered, '2c2 | 5G readiness | 3%', 9, 21)).toEqual({ start: 6, end: 18 });
    expect(blockRange('autre chose', text, 0, 5)).toBeUndefined();
  });
});
