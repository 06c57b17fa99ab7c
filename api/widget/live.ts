// Live widget threads in this API process: one PostgreSQL LISTEN connection, fanned out to
// the Server-Sent Events streams and long polls waiting on each thread.
import { EventEmitter } from 'node:events';
import type { Sql } from '../../infra/db/database.js';
import { WIDGET_EVENTS_CHANNEL } from '../../activities/widget/announce.js';

export class WidgetLive {
  private readonly emitter = new EventEmitter();
  private unlisten: (() => Promise<void>) | null = null;

  constructor() {
    // Each open widget holds one listener; a busy shop has many.
    this.emitter.setMaxListeners(0);
  }

  async start(sql: Sql): Promise<void> {
    const { unlisten } = await sql.listen(WIDGET_EVENTS_CHANNEL, (payload) => this.emitter.emit(payload));
    this.unlisten = unlisten;
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = null;
  }

  /** Calls `fn` whenever the thread changes; returns the unsubscribe. */
  subscribe(tenantId: string, thread: string, fn: () => void): () => void {
    const key = `${tenantId} ${thread}`;
    this.emitter.on(key, fn);
    return () => this.emitter.off(key, fn);
  }

  /** Resolves true on the thread's next change, false after `ms` or when `signal` aborts. */
  next(tenantId: string, thread: string, ms: number, signal: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (changed: boolean) => {
        clearTimeout(timer);
        off();
        signal.removeEventListener('abort', onAbort);
        resolve(changed);
      };
      const onAbort = () => done(false);
      const off = this.subscribe(tenantId, thread, () => done(true));
      const timer = setTimeout(() => done(false), ms);
      signal.addEventListener('abort', onAbort);
    });
  }
}
