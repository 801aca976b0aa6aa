import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preferences } from '../../../src/shared/workspace';

/** The menus Electron was given, newest last, as the template labels they were built from. */
const shown: string[][] = [];
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ titles: template.map((m) => m.label ?? '') }),
    setApplicationMenu: (menu: { titles: string[] }) => shown.push(menu.titles),
  },
}));

const { installLocalizedMenu } = await import('../../../src/main/app-menu');
const { buildMenuTemplate } = await import('../../../src/main/menu');

const build = (locale: 'en' | 'fr' | 'nl') =>
  buildMenuTemplate({ openFolder: vi.fn(), send: vi.fn(), about: vi.fn() }, { isMac: false, isPackaged: true, locale });
const EN = ['&File', '&Edit', '&View', '&Window', '&Help'];
const FR = ['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre', 'A&ide'];
const NL = ['&Bestand', 'Be&werken', 'Beel&d', '&Venster', '&Help'];

/** A host as the menu sees it: the saved preferences, and the writes the renderer makes. */
function fakeHost(saved: Partial<Preferences> | Error) {
  const listeners = new Set<(p: Preferences) => void>();
  let release: () => void = () => undefined;
  const read = new Promise<void>((resolve) => (release = resolve));
  return {
    getWorkspace: vi.fn(async () => {
      await read;
      if (saved instanceof Error) throw saved;
      return { preferences: { theme: 'system' as const, fontScale: 1, ...saved } };
    }),
    onPreferencesChanged(listener: (p: Preferences) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Lets the start-up read of the workspace answer. */
    answer: async () => {
      release();
      await new Promise((r) => setTimeout(r, 0));
    },
    write: (p: Partial<Preferences>) => {
      for (const l of listeners) l({ theme: 'system', fontScale: 1, ...p });
    },
    listeners,
  };
}

describe('the application menu follows the interface language', () => {
  beforeEach(() => {
    shown.length = 0;
  });

  it('is set at once in the system’s language, then in the language saved in the workspace', async () => {
    const host = fakeHost({ locale: 'nl' });
    const menu = installLocalizedMenu(host, build, 'fr');
    expect(shown).toEqual([FR]);
    expect(menu.locale()).toBe('fr');
    await host.answer();
    expect(shown).toEqual([FR, NL]);
    expect(menu.locale()).toBe('nl');
  });

  it('stays in the system’s language when the workspace holds no choice or cannot be read', async () => {
    const none = fakeHost({});
    installLocalizedMenu(none, build, 'en');
    await none.answer();
    const broken = fakeHost(new Error('The workspace file was damaged'));
    installLocalizedMenu(broken, build, 'nl');
    await broken.answer();
    expect(shown).toEqual([EN, NL]);
  });

  it('is rebuilt when the user switches language, and only then', async () => {
    const host = fakeHost({ locale: 'en' });
    const menu = installLocalizedMenu(host, build, 'en');
    await host.answer();
    expect(shown).toEqual([EN]);
    host.write({ locale: 'fr' });
    expect(shown).toEqual([EN, FR]);
    host.write({ locale: 'fr', theme: 'dark' });
    host.write({ locale: 'fr', fontScale: 1.5 });
    expect(shown).toEqual([EN, FR]);
    host.write({ locale: 'nl' });
    expect(shown).toEqual([EN, FR, NL]);
    expect(menu.locale()).toBe('nl');
  });

  it('keeps a switch made before the workspace was read over what the read says', async () => {
    const host = fakeHost({ locale: 'nl' });
    const menu = installLocalizedMenu(host, build, 'en');
    host.write({ locale: 'fr' });
    await host.answer();
    expect(shown).toEqual([EN, FR]);
    expect(menu.locale()).toBe('fr');
  });

  it('stops following when disposed', async () => {
    const host = fakeHost({});
    const menu = installLocalizedMenu(host, build, 'en');
    await host.answer();
    menu.dispose();
    expect(host.listeners.size).toBe(0);
    host.write({ locale: 'nl' });
    expect(shown).toEqual([EN]);
  });
});
