// The one place the environment is read. Every entry point calls loadConfig(process.env)
// once and passes the result down; bad values stop the process with every problem named.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z.url().optional();
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

const ConfigSchema = z.object({
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: port.default(3000),
  /** Public base URL of the API, used to build links (Telegram webhooks, payment pages). */
  PUBLIC_URL: optionalUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest request body the API accepts, in bytes. */
  API_BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),

  /** Unset: an embedded PostgreSQL is started under SUPPORTAI_DATA_DIR. */
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional()),
  EMBEDDED_PG_PORT: port.default(5433),

  /** Unset: a local Temporal dev server (with Web UI) is started. */
  TEMPORAL_ADDRESS: z.preprocess(emptyAsUndefined, z.string().regex(/^[^:/\s]+:\d+$/, 'must be host:port').optional()),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('supportai'),
  /** Printed at start when Temporal is external; the embedded server's UI is known. */
  TEMPORAL_UI_URL: optionalUrl,
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  /** TLS to Temporal (self-hosted mTLS or Temporal Cloud); implied by an API key or a client certificate. */
  TEMPORAL_TLS: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).optional()),
  /** PEM files: the server's CA (unset: the system's roots), the client certificate and its key. */
  TEMPORAL_TLS_CA: z.preprocess(emptyAsUndefined, z.string().optional()),
  TEMPORAL_TLS_CERT: z.preprocess(emptyAsUndefined, z.string().optional()),
  TEMPORAL_TLS_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  TEMPORAL_TLS_SERVER_NAME: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** Temporal Cloud API key (sent as a bearer token over TLS). */
  TEMPORAL_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** 32 bytes, base64: encrypts workflow payloads (customer texts, orders) in Temporal's histories. */
  TEMPORAL_CODEC_KEY: z.preprocess(emptyAsUndefined, z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded').optional()),
  /** Origin of the Temporal Web UI allowed to call the codec endpoint (CORS). */
  TEMPORAL_CODEC_CORS_ORIGIN: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** Unlocks the codec endpoint (bearer token, or the endpoint URL /codec/<token>); unset: OPERATOR_API_KEY does. */
  TEMPORAL_CODEC_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(24, 'at least 24 characters').regex(/^[A-Za-z0-9._~-]+$/, 'letters, digits and . _ ~ - only (it may sit in a URL path)').optional()),

  /** Bearer key of the operator API (creating tenants), and of the codec endpoint without TEMPORAL_CODEC_TOKEN; unset: off. */
  OPERATOR_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(24, 'at least 24 characters').optional()),

  /** Seconds a stopping process gives in-flight requests and activities before it exits. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** The worker's own HTTP port: /livez, /readyz and /metrics (Prometheus text). 0 picks a free port. */
  WORKER_HTTP_PORT: port.default(9464),
  WORKER_HTTP_HOST: z.string().default('127.0.0.1'),
  /**
   * Workflows the worker keeps in memory between their tasks (Temporal's sticky cache); unset:
   * the SDK's own default, sized from the heap. A request out of the cache is replayed from its
   * history when it next has work. README "Speed" explains the sizing.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).optional()),
  /**
   * Workflow tasks the worker runs at once. A task holds its slot while its local activities
   * run (reading the message, the database, the panel), so slots run out long before the CPU
   * does; README "Speed" gives the measurement behind the default.
   */
  WORKER_WORKFLOW_TASK_SLOTS: z.coerce.number().int().min(2).max(1000).default(200),
  /** PostgreSQL connections of the worker (its local activities wait for one). */
  WORKER_DATABASE_POOL: z.coerce.number().int().min(1).max(200).default(40),
  /**
   * Customer messages being answered at once, at most (0: no limit); more wait their turn in
   * the message inbox, so under overload messages are answered in order of arrival. README
   * "Speed" gives the measurement behind the default.
   */
  MESSAGES_IN_FLIGHT: z.coerce.number().int().min(0).max(10_000).default(40),
  /** A message stops counting as being answered this long after it was handed over. */
  MESSAGE_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** Fastify server limits, in milliseconds. */
  API_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  API_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  API_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(0).default(72_000),

  /** An existing `temporal` CLI binary to run the embedded dev server with. */
  TEMPORAL_CLI_PATH: z.preprocess(emptyAsUndefined, z.string().optional()),

  /** Embedded PostgreSQL data, the Temporal dev server's database and generated secrets. */
  SUPPORTAI_DATA_DIR: z.string().min(1).default('.data'),
  /**
   * 32 bytes, base64: encrypts panel/provider keys and bot tokens at rest. Required with an
   * external database; generated into the data dir for the embedded default.
   */
  SECRETS_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .optional(),
  ),
  /** Start the panel/provider simulators and a demo tenant connected to them. */
  DEMO: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).optional()),

  /** Tenant URLs (panel, providers, count source) may point at private addresses. */
  ALLOW_PRIVATE_URLS: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),
  /** Tenant URLs may point at loopback (127.0.0.0/8, ::1) only; the embedded demo turns it on. */
  ALLOW_LOOPBACK_URLS: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),

  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  /** The WhatsApp Cloud API (Graph API with its version); the demo and tests use a simulator. */
  WHATSAPP_API_ROOT: z.url().default('https://graph.facebook.com/v21.0'),
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),

  /** Where invoices are paid. `dev`: a local gateway (started by npm start unless DEV_GATEWAY_URL). */
  PAYMENT_GATEWAY: z.enum(['dev', 'cryptomus', 'heleket', 'nowpayments']).default('dev'),
  DEV_GATEWAY_URL: optionalUrl,
  /** Signs the dev gateway's callbacks; generated into the data dir when unset. */
  DEV_GATEWAY_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16).optional()),
  CRYPTOMUS_API_ROOT: z.url().default('https://api.cryptomus.com'),
  CRYPTOMUS_MERCHANT: z.preprocess(emptyAsUndefined, z.string().optional()),
  CRYPTOMUS_PAYMENT_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  HELEKET_API_ROOT: z.url().default('https://api.heleket.com'),
  HELEKET_MERCHANT: z.preprocess(emptyAsUndefined, z.string().optional()),
  HELEKET_PAYMENT_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  NOWPAYMENTS_API_ROOT: z.url().default('https://api.nowpayments.io'),
  NOWPAYMENTS_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  NOWPAYMENTS_IPN_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** The knowledge base's embeddings model on the same endpoint. */
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
});

export type Config = Omit<z.infer<typeof ConfigSchema>, 'DEMO'> & { DEMO: boolean };

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const cfg = parsed.data;
  const problems: string[] = [];
  if (cfg.DATABASE_URL && !cfg.SECRETS_KEY) {
    problems.push('SECRETS_KEY: required when DATABASE_URL is set (32 bytes, base64-encoded)');
  }
  if (Boolean(cfg.TEMPORAL_TLS_CERT) !== Boolean(cfg.TEMPORAL_TLS_KEY)) {
    problems.push('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY: set both or neither');
  }
  problems.push(...gatewayProblems(cfg));
  if (problems.length) throw new ConfigError(problems);
  // The demo world only makes sense on the embedded default unless asked for explicitly.
  const demo = cfg.DEMO ? cfg.DEMO === 'true' : !cfg.DATABASE_URL;
  return { ...cfg, DEMO: demo };
}

/**
 * loadConfig for an entry point: bad configuration prints one line per bad variable and ends
 * the process (no stack trace: nothing is wrong with the code). A standalone API or worker
 * also needs the external services npm start would otherwise embed.
 */
export type StandaloneConfig = Config & { DATABASE_URL: string; TEMPORAL_ADDRESS: string; SECRETS_KEY: string };
export function loadConfigOrExit(env: Record<string, string | undefined>): Config;
export function loadConfigOrExit(env: Record<string, string | undefined>, standalone: 'API' | 'worker'): StandaloneConfig;
export function loadConfigOrExit(env: Record<string, string | undefined>, standalone?: 'API' | 'worker'): Config {
  try {
    const config = loadConfig(env);
    if (standalone) {
      const missing = (['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SECRETS_KEY'] as const).filter((k) => !config[k]);
      if (missing.length) throw new ConfigError(missing.map((k) => `${k}: required by the standalone ${standalone} (npm start runs everything embedded)`));
    }
    return config;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

/** The LLM settings, or null when no OpenAI-compatible endpoint is configured. */
export function llmConfig(cfg: Config): { baseURL: string; apiKey: string; model: string; embeddingModel: string } | null {
  if (!cfg.OPENAI_BASE_URL && !cfg.OPENAI_API_KEY) return null;
  return {
    baseURL: cfg.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
    apiKey: cfg.OPENAI_API_KEY ?? 'none',
    model: cfg.OPENAI_MODEL,
    embeddingModel: cfg.OPENAI_EMBEDDING_MODEL,
  };
}

/** The knowledge base's embeddings endpoint: the LLM endpoint's, or null without one. */
export function embeddingsOf(llm: ReturnType<typeof llmConfig>): { baseURL: string; apiKey: string; model: string } | null {
  return llm ? { baseURL: llm.baseURL, apiKey: llm.apiKey, model: llm.embeddingModel } : null;
}

/** The address policy for tenant URLs; the demo's simulators live on loopback. */
export function tenantUrlPolicyOf(cfg: Config): { allowPrivate: boolean; allowLoopback: boolean } {
  return { allowPrivate: cfg.ALLOW_PRIVATE_URLS === 'true', allowLoopback: cfg.ALLOW_LOOPBACK_URLS === 'true' || cfg.DEMO };
}

/** A production gateway without its credentials would fail at the first invoice: refuse to start. */
function gatewayProblems(cfg: z.infer<typeof ConfigSchema>): string[] {
  const required: Record<typeof cfg.PAYMENT_GATEWAY, Array<keyof typeof cfg>> = {
    dev: [],
    cryptomus: ['CRYPTOMUS_MERCHANT', 'CRYPTOMUS_PAYMENT_KEY'],
    heleket: ['HELEKET_MERCHANT', 'HELEKET_PAYMENT_KEY'],
    nowpayments: ['NOWPAYMENTS_API_KEY', 'NOWPAYMENTS_IPN_SECRET'],
  };
  return required[cfg.PAYMENT_GATEWAY].filter((k) => !cfg[k]).map((k) => `${k}: required when PAYMENT_GATEWAY=${cfg.PAYMENT_GATEWAY}`);
}
