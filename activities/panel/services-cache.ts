// A panel's service list changes rarely and every order needs it: read it once per panel
// every few minutes, not once per order or per tracking round.
import type { ServiceInfo } from '../../workflows/rules/types.js';
import type { PanelAdapter } from './adapter.js';

export class ServicesCache {
  private readonly entries = new Map<string, { at: number; services: Map<number, ServiceInfo> }>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, panel: PanelAdapter): Promise<Map<number, ServiceInfo>> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.services;
    const services = new Map((await panel.getServices()).map((s) => [s.id, s] as const));
    this.entries.set(key, { at: this.now(), services });
    return services;
  }
}
