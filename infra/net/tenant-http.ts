// HTTP to tenant-supplied URLs (panel, providers, count source). The address policy is
// applied twice: when a URL is saved (checkTenantUrl, so the owner gets a 400 at once) and at
// every connection (tenantFetch resolves the name itself and refuses internal addresses, so
// a name re-pointed after saving, or a redirect, cannot reach them). Redirects to another
// origin are not followed: the tenant's keys travel in headers and bodies.
import { lookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import { lookup as lookupAsync } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { refusalOf, STRICT_POLICY, type TenantUrlPolicy } from './address-policy.js';

export type { TenantUrlPolicy } from './address-policy.js';

export class TenantUrlRefused extends Error {
  override readonly name = 'TenantUrlRefused';
}

// Set once by each entry point from its configuration; strict until then.
let policy: TenantUrlPolicy = STRICT_POLICY;
let agent: Agent | null = null;

export function setTenantUrlPolicy(next: TenantUrlPolicy): void {
  policy = next;
  void agent?.close();
  agent = null;
}

export function tenantUrlPolicy(): TenantUrlPolicy {
  return policy;
}

/** Why this URL may not be saved, or null. Names that do not resolve now are left to connection time. */
export async function checkTenantUrl(url: string): Promise<string | null> {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return 'is not a URL';
  }
  if (isIP(host)) return refusalOf(host, policy);
  let addresses: LookupAddress[];
  try {
    addresses = await lookupAsync(host, { all: true });
  } catch {
    return null;
  }
  for (const { address } of addresses) {
    const reason = refusalOf(address, policy);
    if (reason) return `${host} resolves to ${reason}`;
  }
  return null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true } as LookupAllOptions, (err, addresses) => {
    if (err) return callback(err, []);
    for (const { address } of addresses) {
      const reason = refusalOf(address, policy);
      if (reason) return callback(Object.assign(new TenantUrlRefused(`${hostname} resolves to ${reason}`), { code: 'EREFUSED' }), []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}

function currentAgent(): Agent {
  agent ??= new Agent({ connect: { lookup: guardedLookup } });
  return agent;
}

const MAX_REDIRECTS = 5;

/** fetch for tenant URLs: address policy at connection time, same-origin redirects only. */
export const tenantFetch = (async (input: string | URL, init: RequestInit = {}) => {
  let url = new URL(String(input));
  let method = init.method ?? 'GET';
  let body = init.body;
  for (let hop = 0; ; hop++) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // An IP literal never goes through the lookup, so it is checked here.
    const reason = isIP(host) ? refusalOf(host, policy) : null;
    if (reason) throw new TenantUrlRefused(`${url.origin}: ${reason}`);
    const res = await undiciFetch(url, {
      ...(init as object),
      method,
      body: body as never,
      redirect: 'manual',
      dispatcher: currentAgent(),
    });
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return res as unknown as Response;
    const next = new URL(location, url);
    if (next.origin !== url.origin) {
      await res.body?.cancel();
      throw new TenantUrlRefused(`${url.origin} redirected to another origin (${next.origin}); not followed with the tenant's keys`);
    }
    if (hop >= MAX_REDIRECTS) throw new TenantUrlRefused(`${url.origin}: more than ${MAX_REDIRECTS} redirects`);
    await res.body?.cancel();
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
    url = next;
  }
}) as typeof fetch;
