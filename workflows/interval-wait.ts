// The wait between two rounds of a tenant loop (ticket poller, tracker). The interval is a
// tenant setting: when PATCH /v1/settings signals a change, the interval is read again and
// the wait measured anew from its start, so a lowered interval applies to the next round
// instead of after the old one ran out. Without a change this is one timer, as sleep was.
import { condition, setHandler } from '@temporalio/workflow';
import { settingsChangedSignal } from './definitions.js';

export class IntervalWait {
  private changed = false;

  constructor() {
    setHandler(settingsChangedSignal, () => {
      this.changed = true;
    });
  }

  async wait(intervalMs: number, readIntervalMs: () => Promise<number>): Promise<void> {
    const since = Date.now();
    let interval = intervalMs;
    for (;;) {
      // A change that arrived during the round counts too.
      if (this.changed) {
        this.changed = false;
        interval = await readIntervalMs();
      }
      const remaining = since + interval - Date.now();
      if (remaining <= 0) return;
      if (!(await condition(() => this.changed, remaining))) return;
    }
  }
}
