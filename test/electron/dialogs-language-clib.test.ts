/**
 * The shell's own words in the language chosen in the app: the file dialogs' titles, file types and suggested names,
 * the error box of a document, About, the question before a link leaves the app, the PDF export's dialog and the
 * shell's refusals. The real shell modules run on plain Node; Electron is a stand-in that keeps what each dialog was
 * asked to show and answers as a person who cancels would.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../../src/shared/errors';
import { setLocale } from '../../src/shared/i18n';
import type { MinutesData } from '../../src/shared/contract-review';

const shown = vi.hoisted(() => ({ dialogs: [] as Record<string, unknown>[], documents: '' }));
vi.mock('electron', () => {
  const record = (options: Record<string, unknown>) => shown.dialogs.push(options);
  // Every dialog is cancelled: the texts are what is under test, and nothing may be written.
  const last = (args: unknown[]) => args[args.length - 1] as Record<string, unknown>;
  return {
    app: { getPath: () => shown.documents, getVersion: () => '1.4.0' },
    dialog: {
      showOpenDialog: async (...args: unknown[]) => (record(last(args)), { canceled: true, filePaths: [] }),
      showSaveDialog: async (...args: unknown[]) => (record(last(args)), { canceled: true, filePath: '' }),
      showMessageBox: async (...args: unknown[]) => (record(last(args)), { response: 1 }),
    },
    shell: { openExternal: async () => undefined, openPath: async () => '' },
    BrowserWindow: class {},
    screen: {},
  };
});

const dialogs = await import('../../src/main/shell/dialogs');
const { openExternalLink } = await import('../../src/main/shell/external');
const { saveReport } = await import('../../src/main/shell/report');
const { windowCapabilities } = await import('../../src/main/shell/capabilities');
const { alreadyOpen, switchedTo } = await import('../../src/main/shell/windows');

shown.documents = mkdtempSync(join(tmpdir(), 'quadrant-shell-words-'));
afterAll(() => rmSync(shown.documents, { recursive: true, force: true }));
afterEach(() => setLocale('en-US'));

/** What the next dialog was asked to show. */
async function dialogOf(open: () => Promise<unknown>): Promise<Record<string, unknown>> {
  shown.dialogs.length = 0;
  await open();
  expect(shown.dialogs).toHaveLength(1);
  return shown.dialogs[0]!;
}

const minutes = { kind: 'minutes', data: { documentName: 'Bäckerei', review: { period: '2026-Q3', heldOn: '2026-10-14' } } as MinutesData } as const;

describe('the file dialogs', () => {
  it('are titled in German, with German file types and suggested names, and nothing is written', async () => {
    setLocale('de-DE');
    const plan = join(shown.documents, 'Plan.scorecard');
    expect(await dialogOf(() => dialogs.askOpenPath(undefined, plan))).toMatchObject({
      title: 'Scorecard öffnen',
      filters: [{ name: 'Quadrant-Scorecard (*.scorecard)', extensions: ['scorecard'] }],
    });
    expect(await dialogOf(() => dialogs.askNewPath(undefined, plan))).toMatchObject({
      title: 'Neue Scorecard',
      defaultPath: join(shown.documents, 'Unbenannt.scorecard'),
    });
    expect(await dialogOf(() => dialogs.askSaveAsPath(undefined, plan))).toMatchObject({
      title: 'Scorecard speichern unter',
      defaultPath: join(shown.documents, 'Plan Kopie.scorecard'),
    });
    expect(await dialogOf(() => dialogs.askRestorePath(undefined))).toMatchObject({
      title: 'Sicherung wiederherstellen als',
      defaultPath: join(shown.documents, 'Wiederhergestellt.scorecard'),
    });
    const deck = { name: 'PowerPoint', extensions: ['pptx'] };
    expect((await dialogOf(() => dialogs.saveExportedFile(undefined, 'Plan.pptx', Buffer.from('x'), deck))).title).toBe(
      'PowerPoint-Präsentation exportieren',
    );
    const sheet = { name: 'Excel', extensions: ['xlsx'] };
    expect((await dialogOf(() => dialogs.saveExportedFile(undefined, 'Plan.xlsx', Buffer.from('x'), sheet))).title).toBe(
      'Als Tabelle exportieren',
    );
    expect(await dialogOf(() => saveReport(undefined, minutes, false))).toMatchObject({
      title: 'Protokoll als PDF exportieren',
      filters: [{ name: 'PDF-Dokument', extensions: ['pdf'] }],
    });
    expect(readdirSync(shown.documents)).toEqual([]);
  });

  it('are titled in Spanish too, and in English as before', async () => {
    setLocale('es-ES');
    expect((await dialogOf(() => dialogs.askOpenPath(undefined))).title).toBe('Abrir cuadro de mando');
    expect((await dialogOf(() => saveReport(undefined, minutes, false))).title).toBe('Exportar el acta como PDF');
    setLocale('en-US');
    expect(await dialogOf(() => dialogs.askSaveAsPath(undefined, join(shown.documents, 'Plan.scorecard')))).toMatchObject({
      title: 'Save scorecard as',
      defaultPath: join(shown.documents, 'Plan copy.scorecard'),
      filters: [{ name: 'Quadrant scorecard (*.scorecard)', extensions: ['scorecard'] }],
    });
  });
});

describe('the message boxes', () => {
  it('say in German which document failed and why, and what Quadrant is', async () => {
    setLocale('de-DE');
    const path = '/home/ich/Bäckerei.scorecard';
    const box = await dialogOf(() =>
      dialogs.showDocumentError(undefined, 'open', path, { code: ErrorCode.NEWER_VERSION, message: 'schema 9 > 7' }),
    );
    expect(box).toMatchObject({
      type: 'error',
      message:
        'Quadrant konnte „Bäckerei.scorecard“ nicht öffnen. Diese Scorecard wurde mit einer neueren Version von Quadrant gespeichert. Aktualisieren Sie Quadrant, um sie zu öffnen; die Datei wurde nicht verändert.',
      detail: `schema 9 > 7\n\n${path}`,
      buttons: ['OK'],
    });
    expect((await dialogOf(() => dialogs.showDocumentError(undefined, 'save', path, { code: ErrorCode.IO, message: 'EIO' }))).message).toBe(
      'Quadrant konnte „Bäckerei.scorecard“ nicht speichern. Die Datei konnte nicht gelesen oder geschrieben werden.',
    );
    const about = await dialogOf(() => dialogs.showAbout(undefined));
    expect(about).toMatchObject({ title: 'Über Quadrant', message: 'Quadrant 1.4.0' });
    expect(about.detail).toMatch(/^Eine Balanced-Scorecard-Anwendung, die offline arbeitet\.\n\nElectron .* · Chromium .* · Node /);
  });

  it('ask in French before a link leaves the app, and refuse what is not a web link', async () => {
    setLocale('fr-FR');
    const question = await dialogOf(async () => expect(await openExternalLink(undefined, 'https://example.com/plan')).toBe(false));
    expect(question).toMatchObject({
      title: 'Ouvrir le lien',
      message: 'Ouvrir ce lien dans votre navigateur web ?',
      detail: 'https://example.com/plan',
      buttons: ['Ouvrir dans le navigateur', 'Annuler'],
    });
    await expect(openExternalLink(undefined, 'file:///etc/passwd')).rejects.toThrow('Seuls les liens web (http, https) s’ouvrent.');
    setLocale('en-US');
    expect((await dialogOf(() => dialogs.showDocumentError(undefined, 'create', '/x/a.scorecard', { code: ErrorCode.FILE_EXISTS, message: 'A file with this name already exists.' }))).message).toBe(
      'Quadrant could not create “a.scorecard”. A file with this name already exists.',
    );
  });
});

describe('the shell’s refusals', () => {
  it('are German when the app is', () => {
    setLocale('de-DE');
    const { page } = windowCapabilities(() => undefined);
    expect(() => page.approvePath('open', '/home/ich/notizen.txt')).toThrow(
      'Quadrant verwendet nur Dateien, die in seinem eigenen Dateidialog gewählt wurden, und „notizen.txt“ wurde es nicht: Wählen Sie die Datei über das Menü „Datei“.',
    );
    expect(alreadyOpen('/x/Plan.scorecard').message).toBe('Plan.scorecard ist bereits in einem anderen Fenster geöffnet.');
    expect(switchedTo('/x/Plan.scorecard').message).toBe(
      'Plan.scorecard ist bereits in einem anderen Fenster geöffnet; Quadrant hat dieses Fenster nach vorn geholt.',
    );
    setLocale('en-US');
    expect(alreadyOpen('/x/Plan.scorecard').message).toBe('Plan.scorecard is already open in another window.');
  });
});
