import { describe, expect, it } from 'vitest';
import { keyCommand } from '../../../src/renderer/src/key-command';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {},
  target: object | null = null,
) => keyCommand({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods, target: target as EventTarget | null });

describe('keyboard shortcuts of the browser shell', () => {
  it('maps the same keys as the Electron menu', () => {
    expect(key('f', { ctrlKey: true })).toBe('find');
    expect(key('f', { metaKey: true })).toBe('find');
    expect(key('F3')).toBe('find-next');
    expect(key('F3', { shiftKey: true })).toBe('find-previous');
    expect(key('ArrowLeft', { altKey: true })).toBe('history-back');
    expect(key('ArrowRight', { altKey: true })).toBe('history-forward');
    expect(key('F6')).toBe('next-pane');
    expect(key('F6', { shiftKey: true })).toBe('previous-pane');
    expect(key('b', { ctrlKey: true })).toBe('toggle-side-panel');
    expect(key('D', { ctrlKey: true, shiftKey: true })).toBe('toggle-theme');
    expect(key('=', { ctrlKey: true })).toBe('font-bigger');
    expect(key('-', { ctrlKey: true })).toBe('font-smaller');
    expect(key('0', { ctrlKey: true })).toBe('font-reset');
    expect(key('F1')).toBe('help');
    expect(key('E', { ctrlKey: true, shiftKey: true })).toBe('export-report');
    expect(key('e', { metaKey: true, shiftKey: true })).toBe('export-report');
    expect(key('e', { ctrlKey: true })).toBeUndefined();
    expect(key('H', { ctrlKey: true, shiftKey: true })).toBe('annotate-selection');
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('K', { ctrlKey: true, shiftKey: true })).toBe('toggle-compare');
    expect(key('k', { metaKey: true, shiftKey: true })).toBe('toggle-compare');
  });

  it('leaves plain Ctrl+K to the browser', () => {
    expect(key('k', { ctrlKey: true })).toBeUndefined();
  });

  it('leaves Ctrl+Z and Ctrl+Shift+H to text fields (their own undo)', () => {
    expect(key('z', { ctrlKey: true }, { tagName: 'TEXTAREA' })).toBeUndefined();
    expect(key('Z', { ctrlKey: true, shiftKey: true }, { tagName: 'INPUT' })).toBeUndefined();
    expect(key('h', { ctrlKey: true, shiftKey: true }, { isContentEditable: true })).toBeUndefined();
  });

  it('leaves Alt+arrows to text fields (word moves on macOS) and plain keys alone', () => {
    expect(key('ArrowLeft', { altKey: true }, { tagName: 'INPUT' })).toBeUndefined();
    expect(key('ArrowLeft', { altKey: true, ctrlKey: true })).toBeUndefined();
    expect(key('f')).toBeUndefined();
    expect(key('Enter')).toBeUndefined();
  });
});
