/**
 * Server-sent events of a team server (GET /events): after every committed write, each signed-in page gets
 * `event: changes` with the new revision, who wrote it and what changed (the DocumentChanges of the writer's
 * answer without `history`, which is the writer's own undo state), and applies it as it applies an answer.
 * A comment line every 25 s keeps proxies from closing an idle stream.
 */
import type { ServerResponse } from 'node:http';
import type { DocumentChanges } from '../../shared/changes';
import { SECURITY_HEADERS } from '../core/http-common';

export const PING_MS = 25_000;

export interface ChangeEvent {
  revision: number;
  by: { accountId: number; name: string };
  changes: Omit<DocumentChanges, 'history'>;
}

interface Listener {
  res: ServerResponse;
  accountId: number;
  sessionHash: string;
}

export class EventHub {
  private readonly listeners = new Set<Listener>();
  private readonly timer: NodeJS.Timeout;

  constructor(pingMs = PING_MS) {
    this.timer = setInterval(() => this.write(': ping\n\n'), pingMs);
    this.timer.unref();
  }

  /** Opens the stream for one page; it ends when the page goes away, signs out or the server stops. */
  open(res: ServerResponse, accountId: number, sessionHash: string): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
      // A reverse proxy (nginx) would otherwise hold the events back in its buffer.
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    const listener = { res, accountId, sessionHash };
    this.listeners.add(listener);
    res.on('close', () => this.listeners.delete(listener));
  }

  publish(event: ChangeEvent): void {
    this.write(`event: changes\ndata: ${JSON.stringify(event)}\n\n`);
  }

  /** What a write answered, as the event others receive; null when it changed nothing. */
  static eventOf(changes: DocumentChanges | undefined, by: ChangeEvent['by']): ChangeEvent | null {
    if (!changes) return null;
    const { history: _own, ...rest } = changes;
    return { revision: changes.revision, by, changes: rest };
  }

  /** Ends the streams of a session that signed out, or of every session of an account disabled. */
  close(match: { sessionHash?: string; accountId?: number }): void {
    for (const l of this.listeners) {
      if (l.sessionHash === match.sessionHash || l.accountId === match.accountId) l.res.end();
    }
  }

  get size(): number {
    return this.listeners.size;
  }

  stop(): void {
    clearInterval(this.timer);
    for (const l of this.listeners) l.res.end();
    this.listeners.clear();
  }

  private write(text: string): void {
    for (const l of this.listeners) l.res.write(text);
  }
}
