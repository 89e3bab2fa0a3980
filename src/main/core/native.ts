/**
 * Which compiled better-sqlite3 addon to load. node_modules holds the Node-ABI build (tests, CLI, browser mode);
 * the Electron shell points this at a separate Electron-ABI build so neither overwrites the other.
 */
let nativeBinding: string | undefined;

export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function getNativeBinding(): string | undefined {
  return nativeBinding;
}
