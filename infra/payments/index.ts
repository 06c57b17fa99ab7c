// The configured gateway, built from the environment's settings.
import type { Config } from '../config.js';
import { createCryptomusGateway } from './cryptomus.js';
import { createDevGateway } from './dev.js';
import { createNowPaymentsGateway } from './nowpayments.js';
import type { PaymentGateway } from './gateway.js';

export type { PaymentGateway } from './gateway.js';

/** The dev gateway's address and secret come from wherever it was started (npm start, a test). */
export function gatewayFromConfig(cfg: Config, dev: { url: string; secret: string } | null): PaymentGateway {
  switch (cfg.PAYMENT_GATEWAY) {
    case 'cryptomus':
      return createCryptomusGateway({ name: 'cryptomus', apiRoot: cfg.CRYPTOMUS_API_ROOT, merchant: cfg.CRYPTOMUS_MERCHANT!, paymentKey: cfg.CRYPTOMUS_PAYMENT_KEY! });
    case 'heleket':
      return createCryptomusGateway({ name: 'heleket', apiRoot: cfg.HELEKET_API_ROOT, merchant: cfg.HELEKET_MERCHANT!, paymentKey: cfg.HELEKET_PAYMENT_KEY! });
    case 'nowpayments':
      return createNowPaymentsGateway({ apiRoot: cfg.NOWPAYMENTS_API_ROOT, apiKey: cfg.NOWPAYMENTS_API_KEY!, ipnSecret: cfg.NOWPAYMENTS_IPN_SECRET! });
    case 'dev': {
      const url = cfg.DEV_GATEWAY_URL ?? dev?.url;
      const secret = cfg.DEV_GATEWAY_SECRET ?? dev?.secret;
      if (!url || !secret) throw new Error('PAYMENT_GATEWAY=dev needs a running dev gateway (DEV_GATEWAY_URL and DEV_GATEWAY_SECRET)');
      return createDevGateway({ apiRoot: url, secret });
    }
  }
}
