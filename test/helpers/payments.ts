// The API listening on a free loopback port with one gateway simulator behind it, so the
// simulator's callbacks reach the product over real HTTP.
import type { FastifyInstance } from 'fastify';
import { createCryptomusGateway } from '../../infra/payments/cryptomus.js';
import { createDevGateway } from '../../infra/payments/dev.js';
import { createNowPaymentsGateway } from '../../infra/payments/nowpayments.js';
import type { PaymentGateway } from '../../infra/payments/gateway.js';
import { startDevGateway, type DevGatewaySim } from '../../dev/simulators/payments/dev-gateway.js';
import { startCryptomusSim, type CryptomusSim } from '../../dev/simulators/payments/cryptomus.js';
import { startNowPaymentsSim, type NowPaymentsSim } from '../../dev/simulators/payments/nowpayments.js';
import { bearer, buildTestApp } from './api.js';
import { newTenant, testDatabase } from './database.js';

// Quick retries keep a refused delivery from holding a test open.
const callbackRetry = { maxAttempts: 4, firstDelayMs: 50 };

export interface BillingWorld<S> {
  app: FastifyInstance;
  sim: S;
  tenantId: string;
  auth: Record<string, string>;
  close(): Promise<void>;
}

async function listening<S extends { close(): Promise<void> }>(sim: S, gateway: PaymentGateway): Promise<BillingWorld<S>> {
  let base = '';
  const app = await buildTestApp({ payments: { gateway, callbackBase: () => base } });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  const { sql } = await testDatabase();
  const { tenantId, apiKey } = await newTenant(sql, `pay-${gateway.name}`);
  return {
    app, sim, tenantId, auth: bearer(apiKey),
    close: async () => {
      await sim.close();
      await app.close();
    },
  };
}

export async function devGatewayWorld(): Promise<BillingWorld<DevGatewaySim>> {
  const sim = await startDevGateway({ secret: 'dev-gateway-test-secret', callbackRetry });
  return listening(sim, createDevGateway({ apiRoot: sim.url, secret: sim.secret }));
}

export async function cryptomusWorld(name: 'cryptomus' | 'heleket'): Promise<BillingWorld<CryptomusSim>> {
  const sim = await startCryptomusSim({ merchant: '8b03432e-385b-4670-8d06-064591096795', paymentKey: `${name}-payment-key`, callbackRetry });
  return listening(sim, createCryptomusGateway({ name, apiRoot: sim.url, merchant: sim.merchant, paymentKey: sim.paymentKey }));
}

export async function nowPaymentsWorld(recursiveSort: boolean): Promise<BillingWorld<NowPaymentsSim>> {
  const sim = await startNowPaymentsSim({ apiKey: 'np-api-key', ipnSecret: 'np-ipn-secret', recursiveSort, callbackRetry });
  return listening(sim, createNowPaymentsGateway({ apiRoot: sim.url, apiKey: sim.apiKey, ipnSecret: sim.ipnSecret }));
}
