import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menu';

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
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'minimize'])
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
});
