// How every process reaches Temporal: address and namespace, TLS (a self-hosted cluster's CA
// and client certificate, or Temporal Cloud's public roots) and an API key, all from the
// environment; plus the payload codec when a codec key is set. The worker's NativeConnection
// and the client's Connection take the same options.
import { readFileSync } from 'node:fs';
import type { DataConverter, TLSConfig } from '@temporalio/client';
import type { Config } from '../config.js';
import { AesGcmPayloadCodec } from './codec.js';

export type TemporalSettings = Pick<
  Config,
  'TEMPORAL_TLS' | 'TEMPORAL_TLS_CA' | 'TEMPORAL_TLS_CERT' | 'TEMPORAL_TLS_KEY' | 'TEMPORAL_TLS_SERVER_NAME' | 'TEMPORAL_API_KEY' | 'TEMPORAL_CODEC_KEY'
>;

export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

export function temporalConnectionOptions(address: string, cfg: TemporalSettings): TemporalConnectionOptions {
  const wantsTls = cfg.TEMPORAL_TLS ? cfg.TEMPORAL_TLS === 'true' : Boolean(cfg.TEMPORAL_API_KEY || cfg.TEMPORAL_TLS_CERT || cfg.TEMPORAL_TLS_CA);
  const tls: TLSConfig | undefined = wantsTls
    ? {
        ...(cfg.TEMPORAL_TLS_CA ? { serverRootCACertificate: readFileSync(cfg.TEMPORAL_TLS_CA) } : {}),
        ...(cfg.TEMPORAL_TLS_CERT && cfg.TEMPORAL_TLS_KEY
          ? { clientCertPair: { crt: readFileSync(cfg.TEMPORAL_TLS_CERT), key: readFileSync(cfg.TEMPORAL_TLS_KEY) } }
          : {}),
        ...(cfg.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: cfg.TEMPORAL_TLS_SERVER_NAME } : {}),
      }
    : undefined;
  return { address, ...(tls ? { tls } : {}), ...(cfg.TEMPORAL_API_KEY ? { apiKey: cfg.TEMPORAL_API_KEY } : {}) };
}

/** Payloads are encrypted before they leave the process when a codec key is configured. */
export function temporalDataConverter(cfg: Pick<Config, 'TEMPORAL_CODEC_KEY'>): DataConverter | undefined {
  return cfg.TEMPORAL_CODEC_KEY ? { payloadCodecs: [new AesGcmPayloadCodec(cfg.TEMPORAL_CODEC_KEY)] } : undefined;
}
