import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menu';
import { en } from '../../../src/renderer/src/i18n/en';
import { fr } from '../../../src/renderer/src/i18n/fr';
import { nl } from '../../../src/renderer/src/i18n/nl';
import { keyCommand } from '../../../src/renderer/src/key-command';
import { SHORTCUTS } from '../../../src/renderer/src/shortcuts';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

/** Every menu item with an accelerator, and what it does. */
function acceleratedCommands(isMac: boolean): { accelerator: string; command: string }[] {
  let done = '';
  const template = buildMenuTemplate(
    { openFolder: () => void (done = 'open-folder'), send: (c) => void (done = c), about: () => void (done = 'about') },
    { isMac, isPackaged: true },
  );
  return flatten(template)
    .filter((i) => typeof i.accelerator === 'string' && typeof i.click === 'function')
    .map((i) => {
      (i.click as () => void)();
      return { accelerator: i.accelerator as string, command: done };
    });
}

/** The last key of an accelerator as the help writes it. */
const KEY_NAMES: Readonly<Record<string, string>> = { Plus: '+', '-': '−', Left: '←', Right: '→' };

const rowOf = (command: string) => SHORTCUTS.find((s) => (s.commands as readonly string[]).includes(command));

describe('the help’s keyboard shortcuts', () => {
  it('list every menu command that has an accelerator, with its keys', () => {
    for (const isMac of [false, true])
      for (const { accelerator, command } of acceleratedCommands(isMac)) {
        const row = rowOf(command);
        expect(row, `${accelerator} → ${command}`).toBeDefined();
        const parts = accelerator.split('+');
        const key = parts.at(-1) === '' ? '+' : parts.at(-1)!;
        const keys = isMac ? (row!.macApp ?? row!.keys) : row!.keys;
        expect(keys, `${accelerator} → ${command}`).toContain(KEY_NAMES[key] ?? key);
        if (parts.includes('Shift')) expect(keys, accelerator).toContain('Shift+');
        if (parts.includes('CmdOrCtrl')) expect(keys, accelerator).toContain('Ctrl/⌘+');
      }
  });

  it('list every command the browser shell’s keys run', () => {
    const keys = [
      'F1',
      'F3',
      'F6',
      'ArrowLeft',
      'ArrowRight',
      '+',
      '=',
      '-',
      '_',
      '0',
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
    ];
    const run = new Set<string>();
    for (const key of keys)
      for (let mods = 0; mods < 16; mods++) {
        const c = keyCommand({
          key,
          ctrlKey: Boolean(mods & 1),
          metaKey: Boolean(mods & 2),
          altKey: Boolean(mods & 4),
          shiftKey: Boolean(mods & 8),
          target: null,
        });
        if (c) run.add(c);
      }
    expect(run.size).toBeGreaterThan(10);
    for (const command of run) expect(rowOf(command), command).toBeDefined();
  });

  it('read in English, French and Dutch', () => {
    const text = (catalog: object, key: string) => key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], catalog);
    for (const { action } of SHORTCUTS) {
      const english = text(en, action);
      expect(typeof english, action).toBe('string');
      for (const catalog of [fr, nl]) {
        const translated = text(catalog, action);
        expect(typeof translated, action).toBe('string');
        expect(translated, action).not.toBe(english);
      }
    }
  });
});
