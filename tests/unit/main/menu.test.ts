import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menu';
import { SHELL_COMMANDS } from '../../../src/shared/shell-commands';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('application menu', () => {
  const actions = { openFolder: vi.fn(), send: vi.fn(), about: vi.fn() };

  it('has File, Edit, View, Window and Help with the usual shortcuts', () => {
    const template = buildMenuTemplate(actions, { isMac: false, isPackaged: true });
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const items = flatten(template);
    const byLabel = (label: string) => items.find((i) => i.label === label);
    expect(byLabel('Open Folder…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Find…')?.accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel('Export Report…')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'quit', 'minimize'])
      expect(
        items.some((i) => i.role === role),
        role,
      ).toBe(true);
    expect(items.some((i) => i.enabled === false)).toBe(false);
  });

  it('offers developer tools only in development builds', () => {
    expect(flatten(buildMenuTemplate(actions, { isMac: false, isPackaged: true })).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(buildMenuTemplate(actions, { isMac: false, isPackaged: false })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('sends menu commands to the renderer', () => {
    const items = flatten(buildMenuTemplate(actions, { isMac: true, isPackaged: true }));
    (items.find((i) => i.label === 'Find…')!.click as () => void)();
    expect(actions.send).toHaveBeenCalledWith('find');
    expect(items[0]!.label).toBe('Synopsis');
  });

  it('offers the reading view’s commands with the shortcuts the browser shell uses', () => {
    const items = flatten(buildMenuTemplate(actions, { isMac: false, isPackaged: true }));
    const accel = (label: string) => items.find((i) => i.label === label)?.accelerator;
    expect(accel('Find Next')).toBe('F3');
    expect(accel('Find Previous')).toBe('Shift+F3');
    expect(accel('Back')).toBe('Alt+Left');
    expect(accel('Forward')).toBe('Alt+Right');
    expect(accel('Next Pane')).toBe('F6');
    expect(accel('Side Panel')).toBe('CmdOrCtrl+B');
    expect(accel('Keyboard Shortcuts')).toBe('F1');
    // Undo and redo reach the renderer, which undoes annotation changes or the typing in a field.
    expect(accel('Undo')).toBe('CmdOrCtrl+Z');
    expect(accel('Redo')).toBe('CmdOrCtrl+Shift+Z');
    expect(accel('Annotate Selection…')).toBe('CmdOrCtrl+Shift+H');
    expect(accel('Compare')).toBe('CmdOrCtrl+Shift+K');
    // No two items share a shortcut.
    const keys = items.map((i) => i.accelerator).filter((a): a is string => typeof a === 'string');
    expect(new Set(keys).size).toBe(keys.length);
    expect(flatten(buildMenuTemplate(actions, { isMac: true, isPackaged: true })).find((i) => i.label === 'Back')?.accelerator).toBe(
      'Cmd+[',
    );
  });

  it('reaches every command the renderer handles, except the corpus notice main sends itself', () => {
    const sent = new Set<string>();
    const send = (c: string) => sent.add(c);
    for (const item of flatten(buildMenuTemplate({ ...actions, send }, { isMac: false, isPackaged: true })))
      if (typeof item.click === 'function') (item.click as () => void)();
    const expected = SHELL_COMMANDS.filter((c) => c !== 'corpus-changed' && c !== 'about');
    expect([...sent].sort()).toEqual([...expected].sort());
  });
});
