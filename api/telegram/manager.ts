// Every tenant's bot in this process. Polling mode (development): one long-polling loop per
// tenant, started with the service and reloaded when the tenant changes its bot. Webhook
// mode (production): the tenant's bot, built on first use, for the webhook route, which
// hands it updates only after the secret header matched.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Bot } from 'grammy';
import { listPollingTelegramTenants, readTelegramBot, type TelegramBotChannel } from '../../infra/tenants/channels.js';
import { ALLOWED_UPDATES, createTenantBot } from './bot.js';
import type { BotContext, BotEnv, TelegramBotDeps } from './context.js';

/** How long a stop waits for a poll to end and its updates in flight to finish. */
const STOP_WAIT_MS = 10_000;
const INIT_TIMEOUT_MS = 10_000;

interface PollingBot {
  bot: Bot<BotContext>;
  abort: AbortController;
  running: Promise<void>;
}

interface WebhookBot {
  /** The token and admin chat it was built with; a change builds it again. */
  fingerprint: string;
  bot: Promise<Bot<BotContext>>;
}

export class BotManager {
  private readonly polling = new Map<string, PollingBot>();
  private readonly webhooks = new Map<string, WebhookBot>();
  private readonly reloads = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(private readonly deps: TelegramBotDeps) {}

  /** Starts polling for every tenant whose bot is in polling mode. */
  async startPolling(): Promise<void> {
    this.stopped = false;
    for (const tenantId of await listPollingTelegramTenants(this.deps.sql)) await this.reload(tenantId);
  }

  /** Reads the tenant's bot again (after PUT /v1/channels/telegram) and polls if it should. */
  async reload(tenantId: string): Promise<void> {
    // One reload at a time per tenant, or two quick changes could leave two polls running.
    const previous = this.reloads.get(tenantId) ?? Promise.resolve();
    const next = previous.then(() => this.reloadNow(tenantId));
    const settled = next.then(() => undefined, () => undefined);
    this.reloads.set(tenantId, settled);
    try {
      await next;
    } finally {
      if (this.reloads.get(tenantId) === settled) this.reloads.delete(tenantId);
    }
  }

  private async reloadNow(tenantId: string): Promise<void> {
    await this.stopPolling(tenantId);
    this.webhooks.delete(tenantId);
    if (this.stopped) return;
    const channel = await readTelegramBot(this.deps.sql, this.deps.box, tenantId);
    if (channel?.mode !== 'polling') return;
    const bot = createTenantBot(this.env(tenantId, channel), { token: channel.token });
    const abort = new AbortController();
    this.polling.set(tenantId, { bot, abort, running: this.poll(tenantId, bot, abort.signal) });
  }

  isPolling(tenantId: string): boolean {
    return this.polling.has(tenantId);
  }

  /**
   * The tenant's bot for a webhook update, or null when the secret does not match (or the
   * tenant has no bot in webhook mode). The comparison takes the same time whatever differs.
   */
  async webhookBot(tenantId: string, secret: string | undefined): Promise<Bot<BotContext> | null> {
    const channel = await readTelegramBot(this.deps.sql, this.deps.box, tenantId);
    if (channel?.mode !== 'webhook' || !channel.webhookSecret || secret === undefined) return null;
    if (!sameSecret(secret, channel.webhookSecret)) return null;
    const fingerprint = fingerprintOf(channel);
    let entry = this.webhooks.get(tenantId);
    if (entry?.fingerprint !== fingerprint) {
      const bot = createTenantBot(this.env(tenantId, channel), { token: channel.token });
      const built: WebhookBot = {
        fingerprint,
        // grammY retries getMe without end while the API is unreachable; an update cannot wait.
        bot: bot.init(AbortSignal.timeout(INIT_TIMEOUT_MS) as unknown as Parameters<typeof bot.init>[0]).then(
          () => bot,
          (err: unknown) => {
            // A failed getMe is not kept: the next update tries again.
            if (this.webhooks.get(tenantId) === built) this.webhooks.delete(tenantId);
            throw err;
          },
        ),
      };
      entry = built;
      this.webhooks.set(tenantId, entry);
    }
    return entry.bot;
  }

  /** Stops every poll: the last updates are confirmed, updates in flight finish. */
  async stopAll(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.polling.keys()].map((tenantId) => this.stopPolling(tenantId)));
    this.webhooks.clear();
  }

  private env(tenantId: string, channel: TelegramBotChannel): BotEnv {
    return { ...this.deps, tenantId, mode: channel.mode, adminChatId: channel.adminChatId };
  }

  private async poll(tenantId: string, bot: Bot<BotContext>, signal: AbortSignal): Promise<void> {
    const log = this.deps.logger;
    try {
      // init on our signal, so a stop also ends a getMe that is retrying an unreachable API.
      // grammY types its signal as its polyfill's; at run time it only listens for 'abort'.
      await bot.init(signal as unknown as Parameters<typeof bot.init>[0]);
      if (signal.aborted) return;
      await bot.start({
        allowed_updates: [...ALLOWED_UPDATES],
        onStart: (me) => log.info({ tenantId, bot: me.username }, 'telegram: polling'),
      });
    } catch (err) {
      // 401: the token was revoked; 409: another process polls this bot or a webhook is set.
      if (!signal.aborted) log.error({ err, tenantId }, 'telegram: polling stopped');
    }
  }

  private async stopPolling(tenantId: string): Promise<void> {
    const entry = this.polling.get(tenantId);
    if (!entry) return;
    this.polling.delete(tenantId);
    entry.abort.abort();
    const stopping = entry.bot.isRunning()
      ? entry.bot.stop().catch((err: unknown) => this.deps.logger.warn({ err, tenantId }, 'telegram: confirming the last updates failed'))
      : Promise.resolve();
    if (!(await within(Promise.all([stopping, entry.running]), STOP_WAIT_MS))) {
      this.deps.logger.warn({ tenantId }, 'telegram: a bot did not stop in time');
    }
  }
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

function fingerprintOf(channel: TelegramBotChannel): string {
  return digest(`${channel.token}\n${channel.adminChatId ?? ''}`).toString('hex');
}

/** Hashing first gives equal lengths, so the comparison time says nothing about the secret. */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** True if the promise settled in time. */
async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([p.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
