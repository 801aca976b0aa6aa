import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { APP_VERSION, bundledCorpusDir } from '../host/locations';
import { createReaderHost } from '../host/reader-host';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { MENU_CHANNEL, type ShellCommand } from '../shared/shell-commands';
import { shellStrings } from '../shared/shell-strings';
import { uiLocaleFromTags } from '../shared/ui-locale';
import { installLocalizedMenu } from './app-menu';
import { isAllowedDownload, reportSaveDialogOptions } from './downloads';
import { isAllowedExternalUrl, shouldAllowNavigation } from './guards';
import { registerApi } from './ipc';
import { buildMenuTemplate } from './menu';

// Every renderer is sandboxed, including any a bug might create.
app.enableSandbox();

const appEntry = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(path.join(__dirname, '../renderer/index.html')).toString();
let mainWindow: BrowserWindow | undefined;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Synopsis',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(url, appEntry)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(appEntry);
  return win;
}

function send(command: ShellCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

void app.whenReady().then(() => {
  const host = createReaderHost({ corpusDir: bundledCorpusDir(), dataDir: app.getPath('userData'), version: APP_VERSION });

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  // Main's own words (menus, dialogs) in the interface language: the user's choice kept in the
  // workspace, else the system's. Electron gives the renderer navigator.languages = app.getLocale()
  // then the OS's preferred languages; main reads the same list, so both pick the same language.
  const strings = () => shellStrings[menu.locale()];

  // Reports are saved as downloads of blob: URLs the renderer makes (File › Export Report…):
  // each becomes a save dialog; any other download is refused.
  session.defaultSession.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions(reportSaveDialogOptions(item.getFilename(), app.getPath('documents'), strings().saveReport));
  });

  registerApi(host, () => mainWindow?.webContents.mainFrame, appEntry);

  const about = (): void => {
    void dialog.showMessageBox({
      type: 'info',
      title: strings().help.about,
      message: `Synopsis ${APP_VERSION}`,
      detail: strings().dialogs.aboutDetail,
    });
  };
  const openFolder = async (): Promise<void> => {
    const choice = await dialog.showOpenDialog({ title: strings().dialogs.openFolderTitle, properties: ['openDirectory'] });
    const dir = choice.filePaths[0];
    if (choice.canceled || !dir) return;
    try {
      await host.openCorpus({ dir });
      send('corpus-changed');
    } catch (err) {
      dialog.showErrorBox(strings().dialogs.openFolderFailed, err instanceof Error ? err.message : String(err));
    }
  };
  const menu = installLocalizedMenu(
    host,
    (locale) =>
      buildMenuTemplate(
        { openFolder: () => void openFolder(), send, about },
        { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, locale },
      ),
    uiLocaleFromTags([app.getLocale(), ...app.getPreferredSystemLanguages()]),
  );

  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Defence in depth: no web contents may open windows or navigate away, whoever created them.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(url, appEntry)) event.preventDefault();
  });
});
