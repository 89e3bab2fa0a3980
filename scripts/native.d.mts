// Types for scripts/native.mjs, so the TypeScript tests can share its path logic.
export declare const projectRoot: string;
export declare const ELECTRON_HEADERS_URL: string;
export declare function electronVersion(root?: string): string;
export declare function electronBinaryPath(root?: string, platform?: NodeJS.Platform): string;
export declare function hasElectronBinary(root?: string): boolean;
export declare function nativeDirName(version: string, platform?: string, arch?: string): string;
export declare function nativeBindingPath(root?: string, version?: string, platform?: string, arch?: string): string;
export declare function electronBuildEnv(
  version: string,
  arch?: string,
  baseEnv?: NodeJS.ProcessEnv,
): Record<string, string>;
export declare function buildElectronNative(opts?: {
  root?: string;
  version?: string;
  arch?: string;
  log?: (message: string) => void;
}): string;
