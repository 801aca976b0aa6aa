import type { UiLocale } from './workspace';

/**
 * What the Electron shell's main process writes itself, in the three interface languages: the
 * application menu and the native dialogs it opens (About, Open Folder, the report's save
 * dialog). Plain data in `shared`, so main reads it without importing the renderer (React,
 * i18next); the renderer's catalogues (`src/renderer/src/i18n`) hold everything drawn in the
 * window. The words match those catalogues (a pane is a "volet" in French, a "venster" in Dutch).
 *
 * Menu-bar labels carry one `&` before their access key (Alt+key on Windows and Linux; macOS
 * ignores it); the keys differ within each language. Items that keep an Electron role are
 * labelled here too, because Electron's own labels for roles are English only.
 */
const en = {
  menuBar: { file: '&File', edit: '&Edit', view: '&View', window: '&Window', help: '&Help' },
  /** The macOS application menu; "Synopsis" is the app's name in every language. */
  app: { hide: 'Hide Synopsis', hideOthers: 'Hide Others', unhide: 'Show All', quit: 'Quit Synopsis' },
  file: {
    openFolder: 'Open Folder…',
    exportReport: 'Export Report…',
    exportAnnotations: 'Export Annotations…',
    importAnnotations: 'Import Annotations…',
    quit: 'Quit',
  },
  edit: {
    undo: 'Undo',
    redo: 'Redo',
    annotateSelection: 'Annotate Selection…',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
  },
  view: {
    find: 'Find…',
    findNext: 'Find Next',
    findPrevious: 'Find Previous',
    back: 'Back',
    forward: 'Forward',
    relatedPassages: 'Related Passages',
    sidePanel: 'Side Panel',
    compare: 'Compare',
    annotations: 'Annotations',
    toggleTheme: 'Toggle Dark Theme',
    fontBigger: 'Larger Text',
    fontSmaller: 'Smaller Text',
    fontReset: 'Actual Text Size',
    reload: 'Reload',
    fullScreen: 'Toggle Full Screen',
    devTools: 'Toggle Developer Tools',
  },
  window: { nextPane: 'Next Pane', previousPane: 'Previous Pane', minimize: 'Minimize', close: 'Close Window' },
  help: { shortcuts: 'Keyboard Shortcuts', about: 'About Synopsis' },
  dialogs: {
    aboutDetail: 'A comparative reader for policy documents.',
    openFolderTitle: 'Open a folder of sources',
    openFolderFailed: 'The folder could not be opened',
  },
  /** The save dialog of File › Export Report… (src/main/downloads.ts). */
  saveReport: {
    title: 'Save the report',
    button: 'Save',
    pdf: 'PDF document',
    html: 'Web page (HTML)',
    md: 'Markdown',
    csv: 'CSV table',
    json: 'JSON',
    all: 'All files',
  },
} as const;

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language's strings must have: the compiler checks fr and nl against en. */
export type ShellStrings = Widen<typeof en>;

const fr: ShellStrings = {
  menuBar: { file: '&Fichier', edit: 'É&dition', view: '&Affichage', window: 'Fe&nêtre', help: 'A&ide' },
  app: { hide: 'Masquer Synopsis', hideOthers: 'Masquer les autres', unhide: 'Tout afficher', quit: 'Quitter Synopsis' },
  file: {
    openFolder: 'Ouvrir un dossier…',
    exportReport: 'Exporter un rapport…',
    exportAnnotations: 'Exporter les annotations…',
    importAnnotations: 'Importer des annotations…',
    quit: 'Quitter',
  },
  edit: {
    undo: 'Annuler',
    redo: 'Rétablir',
    annotateSelection: 'Annoter la sélection…',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
  },
  view: {
    find: 'Rechercher…',
    findNext: 'Occurrence suivante',
    findPrevious: 'Occurrence précédente',
    back: 'Précédent',
    forward: 'Suivant',
    relatedPassages: 'Passages liés',
    sidePanel: 'Panneau latéral',
    compare: 'Comparer',
    annotations: 'Annotations',
    toggleTheme: 'Basculer le thème sombre',
    fontBigger: 'Texte plus grand',
    fontSmaller: 'Texte plus petit',
    fontReset: 'Taille réelle du texte',
    reload: 'Recharger',
    fullScreen: 'Plein écran',
    devTools: 'Outils de développement',
  },
  window: { nextPane: 'Volet suivant', previousPane: 'Volet précédent', minimize: 'Réduire', close: 'Fermer la fenêtre' },
  help: { shortcuts: 'Raccourcis clavier', about: 'À propos de Synopsis' },
  dialogs: {
    aboutDetail: 'Un lecteur comparatif de documents politiques.',
    openFolderTitle: 'Ouvrir un dossier de sources',
    openFolderFailed: 'Le dossier n’a pas pu être ouvert',
  },
  saveReport: {
    title: 'Enregistrer le rapport',
    button: 'Enregistrer',
    pdf: 'Document PDF',
    html: 'Page web (HTML)',
    md: 'Markdown',
    csv: 'Tableau CSV',
    json: 'JSON',
    all: 'Tous les fichiers',
  },
};

const nl: ShellStrings = {
  menuBar: { file: '&Bestand', edit: 'Be&werken', view: 'Beel&d', window: '&Venster', help: '&Help' },
  app: { hide: 'Verberg Synopsis', hideOthers: 'Verberg andere', unhide: 'Toon alles', quit: 'Stop Synopsis' },
  file: {
    openFolder: 'Map openen…',
    exportReport: 'Rapport exporteren…',
    exportAnnotations: 'Aantekeningen exporteren…',
    importAnnotations: 'Aantekeningen importeren…',
    quit: 'Afsluiten',
  },
  edit: {
    undo: 'Ongedaan maken',
    redo: 'Opnieuw uitvoeren',
    annotateSelection: 'Selectie annoteren…',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
  },
  view: {
    find: 'Zoeken…',
    findNext: 'Volgende treffer',
    findPrevious: 'Vorige treffer',
    back: 'Terug',
    forward: 'Vooruit',
    relatedPassages: 'Verwante passages',
    sidePanel: 'Zijpaneel',
    compare: 'Vergelijken',
    annotations: 'Aantekeningen',
    toggleTheme: 'Donker thema aan/uit',
    fontBigger: 'Grotere tekst',
    fontSmaller: 'Kleinere tekst',
    fontReset: 'Werkelijke tekstgrootte',
    reload: 'Opnieuw laden',
    fullScreen: 'Volledig scherm',
    devTools: 'Ontwikkelaarshulpmiddelen',
  },
  window: { nextPane: 'Volgend venster', previousPane: 'Vorig venster', minimize: 'Minimaliseren', close: 'Venster sluiten' },
  help: { shortcuts: 'Sneltoetsen', about: 'Over Synopsis' },
  dialogs: {
    aboutDetail: 'Een vergelijkende lezer voor beleidsdocumenten.',
    openFolderTitle: 'Een map met bronnen openen',
    openFolderFailed: 'De map kon niet worden geopend',
  },
  saveReport: {
    title: 'Het rapport opslaan',
    button: 'Opslaan',
    pdf: 'PDF-document',
    html: 'Webpagina (HTML)',
    md: 'Markdown',
    csv: 'CSV-tabel',
    json: 'JSON',
    all: 'Alle bestanden',
  },
};

/** The shell's strings per interface language. */
export const shellStrings: Readonly<Record<UiLocale, ShellStrings>> = { en, fr, nl };
