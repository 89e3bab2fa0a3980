/** The native menu in the chosen language, with View ▸ Language naming the system's language and the choice. */
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, withLocale } from '../../shared/i18n';
import type { MenuCommand } from '../../shared/menu-command';
import { menuTemplate, type MenuActions, type MenuState } from './menu';

afterEach(() => setLocale('en-US'));

const sent: MenuCommand[] = [];
const actions: MenuActions = {
  newDocument: () => undefined,
  open: () => undefined,
  openRecent: () => undefined,
  clearRecent: () => undefined,
  saveAs: () => undefined,
  close: () => undefined,
  about: () => undefined,
  command: (command) => sent.push(command),
};
const state: MenuState = {
  recent: [],
  hasWindow: true,
  hasDocument: true,
  dev: false,
  language: 'system',
  systemLocale: 'de-AT',
};

const submenu = (item: MenuItemConstructorOptions | undefined) => item?.submenu as MenuItemConstructorOptions[];
const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label);
const top = (template: MenuItemConstructorOptions[]) => template.filter((i) => !i.role).map((i) => i.label);

describe('the native menu', () => {
  it('is in German when German is the language, with the language menu in its own words', () => {
    const template = withLocale('de-AT', () => menuTemplate(state, actions));
    if (process.platform !== 'darwin') expect(top(template)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    const file = submenu(template.find((i) => i.label === '&Datei'));
    expect(file.map((i) => i.label).filter(Boolean)).toContain('Öffnen…');
    expect(byLabel(file, 'Zuletzt geöffnet')).toBeDefined();
    const view = submenu(template.find((i) => i.label === '&Ansicht'));
    const languages = submenu(byLabel(view, 'Sprache'));
    expect(languages.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['System (Deutsch)', 'radio', true],
      ['English', 'radio', false],
      ['Deutsch', 'radio', false],
      ['Français', 'radio', false],
      ['Español', 'radio', false],
    ]);
    // Roles get our words, not Chromium's (which follow the system, not the choice).
    const edit = submenu(template.find((i) => i.label === '&Bearbeiten'));
    expect(edit.find((i) => i.role === 'copy')?.label).toBe('Kopieren');
  });

  it('checks the language chosen and sends the choice to the page', () => {
    const template = withLocale('fr-FR', () => menuTemplate({ ...state, language: 'fr', systemLocale: 'en-US' }, actions));
    const view = submenu(template.find((i) => i.label === '&Affichage'));
    const languages = submenu(byLabel(view, 'Langue'));
    expect(languages.filter((i) => i.checked).map((i) => i.label)).toEqual(['Français']);
    expect(languages[0]?.label).toBe('Système (English)');
    byLabel(languages, 'Español')?.click?.(undefined as never, undefined, undefined as never);
    expect(sent.at(-1)).toEqual({ type: 'menu', command: 'language', choice: 'es' });
  });

  it('stays English by default', () => {
    const template = menuTemplate({ ...state, systemLocale: 'en-US' }, actions);
    const view = submenu(template.find((i) => i.label === '&View'));
    expect(submenu(byLabel(view, 'Language'))[0]?.label).toBe('System (English)');
  });
});
