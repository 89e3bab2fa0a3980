/** Recent documents: our own list (for the Open Recent menu on every platform) plus the OS's. */
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { RECENT_LIMIT, type StateStore } from './state';
import { samePath } from './paths';

export class RecentDocuments {
  constructor(private readonly state: StateStore) {}

  list(): string[] {
    return this.state.get().recent.filter((p) => existsSync(p));
  }

  add(path: string): void {
    const current = this.state.get().recent;
    if (current[0] !== undefined && samePath(current[0], path)) return;
    this.state.update((s) => {
      s.recent = [path, ...s.recent.filter((p) => !samePath(p, path))].slice(0, RECENT_LIMIT);
    });
    app.addRecentDocument(path);
  }

  remove(path: string): void {
    this.state.update((s) => {
      s.recent = s.recent.filter((p) => !samePath(p, path));
    });
  }

  clear(): void {
    this.state.update((s) => {
      s.recent = [];
    });
    app.clearRecentDocuments();
  }
}
