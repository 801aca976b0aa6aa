/** English interface strings: the reference catalogue; fr and nl must have the same keys. */
export const en = {
  app: { title: 'Synopsis', tagline: 'Comparative reader for policy documents' },
  toolbar: {
    openFolder: 'Open folder…',
    openFolderPrompt: 'Folder to open as a corpus (full path):',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Interface language',
    fontBigger: 'Larger text',
    fontSmaller: 'Smaller text',
    about: 'About Synopsis',
  },
  sources: {
    heading: 'Sources',
    count: '{{count}} sources',
    rejectedHeading: 'Files not opened',
    role: { compared: 'Compared', context: 'Context', evidence: 'Evidence' },
    languages: 'Languages',
    publisher: 'Publisher',
    date: 'Date',
    dateConflict: 'Date conflict',
    integrityVerified: 'SHA-256 verified',
    integrityMismatch: 'SHA-256 mismatch: this file differs from the one the manifest describes',
    integrityUnverified: 'Not verified (no manifest checksum)',
    manifestInferred: 'No sources.json in this folder: metadata was inferred from the files.',
    open: 'Open {{title}}',
  },
  reader: {
    empty: 'Choose a source to read it.',
    loading: 'Loading…',
    blocks: '{{count}} blocks',
    outline: 'Outline',
    footnotes: 'Notes',
    table: 'Table',
  },
  errors: {
    title: 'Something went wrong',
    dismiss: 'Dismiss',
    retry: 'Try again',
  },
  notices: { title: 'Notice' },
  lang: { fr: 'French', nl: 'Dutch', en: 'English', und: 'Undetermined' },
} as const;

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every catalogue must have. */
export type Catalog = Widen<typeof en>;
