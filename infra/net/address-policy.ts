// Which IP addresses a tenant-supplied URL may reach. A tenant must not make the service call
// addresses inside its own network (cloud metadata, databases, other services), so private,
// loopback, link-local and unspecified ranges are refused unless the operator allows them.
import { BlockList, isIP } from 'node:net';

export interface TenantUrlPolicy {
  /** ALLOW_PRIVATE_URLS: every address is allowed (a panel inside the operator's network). */
  allowPrivate: boolean;
  /** ALLOW_LOOPBACK_URLS: 127.0.0.0/8 and ::1 only (the embedded demo, tests). */
  allowLoopback: boolean;
}

export const STRICT_POLICY: TenantUrlPolicy = { allowPrivate: false, allowLoopback: false };

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const internal = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches the local host
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) internal.addSubnet(net, bits, 'ipv4');
internal.addAddress('::', 'ipv6');
internal.addSubnet('fc00::', 7, 'ipv6'); // unique local
internal.addSubnet('fe80::', 10, 'ipv6'); // link-local
internal.addSubnet('ff00::', 8, 'ipv6'); // multicast
internal.addSubnet('64:ff9b::', 96, 'ipv6'); // NAT64 can reach any IPv4 address

export type AddressKind = 'public' | 'loopback' | 'internal';

export function addressKind(address: string): AddressKind {
  const ip = unwrapMappedIpv4(address.replace(/^\[|\]$/g, ''));
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (loopback.check(ip, family)) return 'loopback';
  if (internal.check(ip, family)) return 'internal';
  return 'public';
}

/** Why the address is refused under the policy, or null when it may be called. */
export function refusalOf(address: string, policy: TenantUrlPolicy): string | null {
  if (policy.allowPrivate) return null;
  const kind = addressKind(address);
  if (kind === 'public' || (kind === 'loopback' && policy.allowLoopback)) return null;
  return `${address} is a ${kind === 'loopback' ? 'loopback' : 'private, link-local or reserved'} address`;
}

/** ::ffff:127.0.0.1 and its hex form ::ffff:7f00:1 are IPv4 addresses in disguise. */
function unwrapMappedIpv4(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const m = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(.+)$/i.exec(ip) ?? /^::ffff:(.+)$/i.exec(ip);
  if (!m?.[1]) return ip;
  const tail = m[1];
  if (isIP(tail) === 4) return tail;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!hex?.[1] || !hex[2]) return ip;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}
