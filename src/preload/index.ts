// Placeholder until the Electron shell lands (being written on its own branch).
export {};
