/**
 * The names of the contract's methods, free of any dependency, for the adapters that route
 * calls by name (preload, browser bridge): they stay small and never pull in the validators.
 * `contract.ts` proves at compile time that this list and the ReaderApi interface agree.
 */
export const API_METHODS = [
  'getAppInfo',
  'listSources',
  'openCorpus',
  'getDocument',
  'getWorkspace',
  'updateWorkspace',
  'listAnnotations',
  'createAnnotation',
  'createItemAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'reattachAnnotation',
  'acceptAnnotationChange',
  'restoreAnnotationTarget',
  'exportAnnotations',
  'importAnnotations',
  'search',
  'listCommitments',
  'compare',
  'getCodebook',
  'updateCodebook',
  'curate',
  'listCurations',
  'removeCuration',
  'getReportOptions',
  'startReport',
  'reportProgress',
  'cancelReport',
  'getReportFile',
] as const;

export type ApiMethodName = (typeof API_METHODS)[number];
