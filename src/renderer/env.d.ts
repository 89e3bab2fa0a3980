import type { Result } from '../shared/errors';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    quadrant?: { invoke(method: string, input: unknown): Promise<Result<unknown>> };
  }
}

export {};
