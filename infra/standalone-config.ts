// Configuration of a process that runs one role on its own (the API or the worker, as in
// production): bad variables stop it with one line each, and it must be given the database,
// Temporal and the secrets key, since nothing is embedded there.
import { ConfigError, loadConfig, type Config } from './config.js';

export type StandaloneConfig = Config & { DATABASE_URL: string; TEMPORAL_ADDRESS: string; SECRETS_KEY: string };

export function loadStandaloneConfig(env: Record<string, string | undefined>, role: string): StandaloneConfig {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  const { DATABASE_URL, TEMPORAL_ADDRESS, SECRETS_KEY } = config;
  if (!DATABASE_URL || !TEMPORAL_ADDRESS || !SECRETS_KEY) {
    process.stderr.write(`the standalone ${role} needs DATABASE_URL, TEMPORAL_ADDRESS and SECRETS_KEY (npm start runs everything embedded)\n`);
    process.exit(1);
  }
  return { ...config, DATABASE_URL, TEMPORAL_ADDRESS, SECRETS_KEY };
}
