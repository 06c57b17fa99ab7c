// The simulated outside world on loopback: a Perfect Panel, one provider, a count source and
// Meta's WhatsApp Cloud API, seeded with the demo world and wired the way the real ones hang together (panel orders
// name provider orders by external_id and carry links the count source knows).
import { startCountSource, type CountSourceSim } from './count-source.js';
import { startPerfectPanel, type PerfectPanelSim } from './perfect-panel.js';
import { startProvider, type ProviderSim, type SimProviderOrder } from './provider.js';
import { DEMO_PROVIDER_NAME, demoSeed } from './seed.js';
import { DEMO_WHATSAPP, startWhatsAppSimulator, type WhatsAppSimulator } from './whatsapp.js';

export const DEMO_PANEL_API_KEY = 'demo-panel-admin-key';
export const DEMO_PROVIDER_API_KEY = 'demo-provider-key';

export interface SimulatorsOptions {
  /** The world's "now" at start (ages are seeded relative to it); runs at real speed. */
  now?: Date;
  /** Seed the demo world (default true). */
  seed?: boolean;
  /** Also seed this many copies of the demo orders under other IDs (see demoCopyId), for load. */
  copies?: number;
  panelApiKey?: string;
  providerApiKey?: string;
  /** Fixed ports, for a demo whose configuration outlives a restart; 0 = any. */
  ports?: { panel?: number; provider?: number; countSource?: number; whatsapp?: number };
  autoCompleteRefillMs?: number;
  autoCompleteCancelMs?: number;
}

export interface Simulators {
  panel: PerfectPanelSim;
  provider: ProviderSim;
  countSource: CountSourceSim;
  whatsapp: WhatsAppSimulator;
  /** Values a tenant configures to use this world. */
  config: {
    panel: { type: 'perfectpanel'; url: string; apiKey: string };
    providerName: string;
    provider: { url: string; key: string };
    countSource: { urlTemplate: string; countPath: string };
    /** PUT /v1/channels/whatsapp with these, WHATSAPP_API_ROOT = whatsapp.apiRoot. */
    whatsapp: { phoneNumberId: string; accessToken: string; appSecret: string; verifyToken: string; displayPhoneNumber: string; apiRoot: string };
  };
  close(): Promise<void>;
}

export async function startSimulators(opts: SimulatorsOptions = {}): Promise<Simulators> {
  const now = opts.now ?? new Date();
  const world = opts.seed === false ? null : demoSeed(now, { copies: opts.copies });
  // The three reach each other through these, bound once all have started.
  let panel: PerfectPanelSim | undefined;
  let provider: ProviderSim | undefined;
  let countSource: CountSourceSim | undefined;

  // The panel mirrors the provider's status, as panels do when they sync.
  const syncPanel = (po: SimProviderOrder): void => {
    for (const order of panel?.state.orders.values() ?? []) {
      if (order.provider !== DEMO_PROVIDER_NAME || order.externalId !== po.id) continue;
      order.status = po.status;
      order.remains = po.remains;
      order.startCount = po.startCount;
      order.lastUpdate = panel?.now() ?? new Date();
      if (po.status === 'Canceled' || po.status === 'Partial') order.cancelRequested = false;
    }
  };

  const results = await Promise.allSettled([
    startCountSource({ counts: world?.counts, port: opts.ports?.countSource }),
    startPerfectPanel({
      apiKey: opts.panelApiKey ?? DEMO_PANEL_API_KEY,
      orders: world?.panelOrders,
      tickets: world?.tickets,
      services: world?.services,
      now,
      port: opts.ports?.panel,
      // The panel forwards a cancel request to the order's provider, which may refuse.
      onRequestCancel: (order) =>
        order.provider === DEMO_PROVIDER_NAME && provider ? provider.requestCancel(order.externalId, 'panel') : null,
    }),
    startProvider({
      apiKey: opts.providerApiKey ?? DEMO_PROVIDER_API_KEY,
      orders: world?.providerOrders,
      services: world?.services,
      now,
      port: opts.ports?.provider,
      autoCompleteRefillMs: opts.autoCompleteRefillMs,
      autoCompleteCancelMs: opts.autoCompleteCancelMs,
      onOrderChange: syncPanel,
      // A completed refill brings the link back to what was delivered.
      onRefillCompleted: (po) => countSource?.setCount(po.link, po.startCount + po.quantity - po.remains),
      startCountOf: (link) => countSource?.getCount(link),
    }),
    startWhatsAppSimulator({ port: opts.ports?.whatsapp }),
  ] as const);
  const [c, pa, pr, wa] = results;
  if (c.status === 'rejected' || pa.status === 'rejected' || pr.status === 'rejected' || wa.status === 'rejected') {
    await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
    const failed = results.find((r) => r.status === 'rejected');
    throw failed?.reason instanceof Error ? failed.reason : new Error('simulators failed to start');
  }
  countSource = c.value;
  panel = pa.value;
  provider = pr.value;
  const whatsapp = wa.value;
  const all = [panel, provider, countSource, whatsapp];

  return {
    panel,
    provider,
    countSource,
    whatsapp,
    config: {
      panel: { type: 'perfectpanel', url: panel.url, apiKey: panel.apiKey },
      providerName: DEMO_PROVIDER_NAME,
      provider: { url: provider.apiUrl, key: provider.apiKey },
      countSource: { urlTemplate: countSource.urlTemplate, countPath: countSource.countPath },
      whatsapp: {
        phoneNumberId: DEMO_WHATSAPP.phoneNumberId,
        accessToken: DEMO_WHATSAPP.accessToken,
        appSecret: DEMO_WHATSAPP.appSecret,
        verifyToken: DEMO_WHATSAPP.verifyToken,
        displayPhoneNumber: DEMO_WHATSAPP.displayPhoneNumber,
        apiRoot: whatsapp.apiRoot,
      },
    },
    close: async () => {
      await Promise.all(all.map((s) => s.close()));
    },
  };
}

export {
  DEMO_ORDERS_GUIDE,
  DEMO_CUSTOMER,
  OTHER_CUSTOMER,
  DEMO_PROVIDER_NAME,
  DEMO_MISSING_ORDER_ID,
  demoSeed,
  demoExternalId,
  demoLink,
} from './seed.js';
export type { PerfectPanelSim } from './perfect-panel.js';
export type { ProviderSim } from './provider.js';
export type { CountSourceSim } from './count-source.js';
export type { WhatsAppSimulator } from './whatsapp.js';
