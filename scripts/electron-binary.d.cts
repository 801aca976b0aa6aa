/** Finds the Electron runtime binary; with download=false it never touches the network. */
export declare function findElectronBinary(options?: { download?: boolean }): { binary: string } | { reason: string };
