import assert from 'node:assert/strict';
import { addressKind, refusalOf, STRICT_POLICY } from '../../../infra/net/address-policy.js';

describe('tenant URL address policy', () => {
  it('sees loopback, private, link-local and unspecified addresses in every spelling', () => {
    const cases: Array<[string, string]> = [
      ['127.0.0.1', 'loopback'],
      [new URL('http://2130706433/').hostname, 'loopback'], // decimal 127.0.0.1
      [new URL('http://0x7f.1/').hostname, 'loopback'],
      ['::1', 'loopback'],
      ['[::1]', 'loopback'],
      ['::ffff:127.0.0.1', 'loopback'],
      [new URL('http://[::ffff:127.0.0.1]/').hostname, 'loopback'], // the parser writes ::ffff:7f00:1
      ['10.0.0.1', 'internal'],
      ['172.16.5.4', 'internal'],
      ['192.168.1.1', 'internal'],
      ['169.254.169.254', 'internal'],
      ['::ffff:169.254.169.254', 'internal'],
      ['0.0.0.0', 'internal'],
      ['::', 'internal'],
      ['fc00::1', 'internal'],
      ['fd12:3456::1', 'internal'],
      ['fe80::1', 'internal'],
      ['93.184.216.34', 'public'],
      ['2606:4700::1111', 'public'],
    ];
    for (const [address, kind] of cases) assert.equal(addressKind(address), kind, address);
  });

  it('refuses internal addresses unless allowed; a loopback allowance does not open private ranges', () => {
    assert.match(refusalOf('169.254.169.254', STRICT_POLICY) ?? '', /private, link-local/);
    assert.match(refusalOf('127.0.0.1', STRICT_POLICY) ?? '', /loopback/);
    const loopbackOnly = { allowPrivate: false, allowLoopback: true };
    assert.equal(refusalOf('127.0.0.1', loopbackOnly), null);
    assert.ok(refusalOf('10.0.0.1', loopbackOnly));
    assert.equal(refusalOf('10.0.0.1', { allowPrivate: true, allowLoopback: false }), null);
    assert.equal(refusalOf('93.184.216.34', STRICT_POLICY), null);
  });
});
