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

/** Every item of a menu with what it does: the command a click sends (or main's own action). */
function walk(options: { isMac: boolean; isPackaged: boolean; locale?: 'en' | 'fr' | 'nl' }) {
  let done: string | undefined;
  const record = {
    openFolder: () => void (done = 'open-folder'),
    send: (c: string) => void (done = c),
    about: () => void (done = 'about'),
  };
  return flatten(buildMenuTemplate(record, options)).map((item) => {
    done = undefined;
    if (typeof item.click === 'function') (item.click as () => void)();
    return { label: item.label, type: item.type, role: item.role, accelerator: item.accelerator, command: done };
  });
}

describe('application menu in the interface language', () => {
  const platforms = [
    { isMac: false, isPackaged: false },
    { isMac: true, isPackaged: false },
  ];
  const labelOf = (items: ReturnType<typeof walk>, command: string) => items.find((i) => i.command === command)?.label;

  it('titles the menus in French and in Dutch, with an access key each', () => {
    const titles = (locale: 'fr' | 'nl') =>
      buildMenuTemplate({ openFolder: vi.fn(), send: vi.fn(), about: vi.fn() }, { isMac: false, isPackaged: true, locale }).map(
        (m) => m.label,
      );
    expect(titles('fr')).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre', 'A&ide']);
    expect(titles('nl')).toEqual(['&Bestand', 'Be&werken', 'Beel&d', '&Venster', '&Help']);
  });

  it('labels the items in French and in Dutch', () => {
    const fr = walk({ isMac: false, isPackaged: true, locale: 'fr' });
    expect(labelOf(fr, 'open-folder')).toBe('Ouvrir un dossier…');
    expect(labelOf(fr, 'find')).toBe('Rechercher…');
    expect(labelOf(fr, 'export-report')).toBe('Exporter un rapport…');
    expect(labelOf(fr, 'next-pane')).toBe('Volet suivant');
    expect(labelOf(fr, 'help')).toBe('Raccourcis clavier');
    expect(labelOf(fr, 'about')).toBe('À propos de Synopsis');
    expect(fr.find((i) => i.role === 'quit')?.label).toBe('Quitter');
    const nl = walk({ isMac: false, isPackaged: true, locale: 'nl' });
    expect(labelOf(nl, 'find')).toBe('Zoeken…');
    expect(labelOf(nl, 'annotate-selection')).toBe('Selectie annoteren…');
    expect(labelOf(nl, 'history-back')).toBe('Terug');
    expect(labelOf(nl, 'show-annotations')).toBe('Aantekeningen');
    const macNl = walk({ isMac: true, isPackaged: true, locale: 'nl' });
    expect(macNl[0]!.label).toBe('Synopsis');
    expect(macNl[1]!.label).toBe('Over Synopsis');
    expect(macNl.find((i) => i.role === 'hide')?.label).toBe('Verberg Synopsis');
    expect(macNl.find((i) => i.role === 'quit')?.label).toBe('Stop Synopsis');
  });

  it('keeps accelerators, roles, commands and order the same in every language', () => {
    const behaviour = (items: ReturnType<typeof walk>) => items.map(({ label: _label, ...rest }) => rest);
    for (const platform of platforms) {
      const english = behaviour(walk({ ...platform, locale: 'en' }));
      expect(english.filter((i) => i.accelerator).length).toBeGreaterThan(15);
      expect(behaviour(walk({ ...platform, locale: 'fr' }))).toEqual(english);
      expect(behaviour(walk({ ...platform, locale: 'nl' }))).toEqual(english);
    }
  });

  it('keeps the roles, and words their items in the language too (Electron’s own labels are English)', () => {
    for (const platform of platforms)
      for (const locale of ['en', 'fr', 'nl'] as const)
        for (const item of walk({ ...platform, locale }).filter((i) => i.role)) expect(item.label, `${locale} ${item.role}`).toBeTruthy();
    const fr = walk({ isMac: false, isPackaged: false, locale: 'fr' });
    expect(fr.find((i) => i.role === 'copy')?.label).toBe('Copier');
    expect(fr.find((i) => i.role === 'toggleDevTools')?.label).toBe('Outils de développement');
    expect(walk({ isMac: false, isPackaged: false, locale: 'nl' }).find((i) => i.role === 'selectAll')?.label).toBe('Alles selecteren');
  });

  it('leaves no English label in French or Dutch (an item added in English only shows here)', () => {
    // The same word in both languages: the app's name, "Annotations" in French, "Help" in Dutch.
    const same = { fr: ['Synopsis', 'Annotations'], nl: ['Synopsis', '&Help'] };
    for (const platform of platforms) {
      const english = walk({ ...platform, locale: 'en' });
      for (const locale of ['fr', 'nl'] as const)
        walk({ ...platform, locale }).forEach((item, n) => {
          if (item.label !== undefined && !same[locale].includes(item.label))
            expect(item.label, `${locale}: ${item.label}`).not.toBe(english[n]!.label);
        });
    }
  });
});
