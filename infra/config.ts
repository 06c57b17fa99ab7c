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

  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
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
export function llmConfig(cfg: Config): { baseURL: string; apiKey: string; model: string } | null {
  if (!cfg.OPENAI_BASE_URL && !cfg.OPENAI_API_KEY) return null;
  return {
    baseURL: cfg.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
    apiKey: cfg.OPENAI_API_KEY ?? 'none',
    model: cfg.OPENAI_MODEL,
  };
}
