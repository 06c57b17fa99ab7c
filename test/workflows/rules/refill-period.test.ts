import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRefillPeriod, resolveRefillPeriod } from '../../../workflows/rules/refill-period.js';
import type { RefillPeriod, ServiceInfo } from '../../../workflows/rules/types.js';

/** The fixtures' notation: `days:N`, `lifetime`, `none`, `unstated`. */
function show(period: RefillPeriod): string {
  return period.kind === 'days' ? `days:${period.days}` : period.kind;
}

function readFixture(file: string): Array<{ name: string; refill: string }> {
  const text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { name: string; refill: string });
}

describe('parseRefillPeriod', () => {
  for (const file of ['service-names.jsonl', 'service-names-extra.jsonl']) {
    describe(`every name in ${file}`, () => {
      const rows = readFixture(file);
      it('has enough names to mean something', () => {
        assert.ok(rows.length >= 26, `${file} has ${rows.length} names`);
      });
      for (const { name, refill } of rows) {
        it(`${refill} ← ${name}`, () => {
          assert.equal(show(parseRefillPeriod(name)), refill);
        });
      }
    });
  }

  describe('spellings of a window', () => {
    const windows: Array<[string, string]> = [
      ['R30', 'days:30'],
      ['[R365]', 'days:365'],
      ['AUTO R30', 'days:30'],
      ['AR30', 'days:30'],
      ['G60', 'days:60'],
      ['[Refill: 30D]', 'days:30'],
      ['30 Days Refill', 'days:30'],
      ['REFILL30 DAYS', 'days:30'],
      ['Refill 30 Days', 'days:30'],
      ['30D Refill', 'days:30'],
      ['♻️ 30 Days', 'days:30'],
      ['Refill: 90 Days', 'days:90'],
      ['[30 Days Refill ♻️]', 'days:30'],
      ['Guarantee 30 days', 'days:30'],
      ['Ｒ３０ fullwidth', 'days:30'],
      ['Refill 2 Weeks', 'days:14'],
    ];
    for (const [name, expected] of windows) {
      it(`${expected} ← ${name}`, () => assert.equal(show(parseRefillPeriod(name)), expected));
    }
  });

  describe('lifetime and no refill', () => {
    const readings: Array<[string, string]> = [
      ['Refill - Lifetime', 'lifetime'],
      ['Lifetime Refill', 'lifetime'],
      ['Lifetime', 'lifetime'],
      ['R∞', 'lifetime'],
      ['Refill: ∞', 'lifetime'],
      ['No Refill ⛔', 'none'],
      ['NoRefill NoRefund', 'none'],
      ['Non Refil', 'none'],
      ['No refill', 'none'],
      ['Refill Not Available', 'none'],
      ['[R0]', 'none'],
    ];
    for (const [name, expected] of readings) {
      it(`${expected} ← ${name}`, () => assert.equal(show(parseRefillPeriod(name)), expected));
    }

    it('a window named next to "Lifetime" used as an adjective is the window', () => {
      assert.equal(show(parseRefillPeriod('Lifetime Followers [R30]')), 'days:30');
    });

    it('a name that denies refill anywhere has none, even with a window elsewhere', () => {
      assert.equal(show(parseRefillPeriod('[R30] Instagram Likes | No Refill')), 'none');
    });
  });

  describe('traps that are not windows', () => {
    const traps = [
      '15 Posts',
      '30k Per Day',
      '1-5 DAYS',
      '7 Days',
      'Auto Refill Every 24 Hours',
      'Refill Every 30 Days',
      '#3287',
      '1223 - Instagram Followers',
      '[1386] Instagram Followers',
      'Non Drop',
      'Low Drop',
      'Zero Drop',
      'PR300',
      'HR30',
      'G2 Reviews',
      'R30K Followers',
      'Refill 30K/Day',
      'R5000',
      'Refill',
      'Auto Refill',
      '',
    ];
    for (const name of traps) {
      it(`unstated ← ${JSON.stringify(name)}`, () => assert.equal(show(parseRefillPeriod(name)), 'unstated'));
    }

    it('a leading service ID or #reference is not read as part of a window', () => {
      assert.equal(show(parseRefillPeriod('1223 - 30 Days Refill')), 'days:30');
      assert.equal(show(parseRefillPeriod('Views #3287 - 60 Days Refill')), 'days:60');
    });
  });
});

describe('resolveRefillPeriod', () => {
  const service = (patch: Partial<ServiceInfo> = {}): ServiceInfo => ({
    id: 7,
    name: 'Instagram Followers [R30]',
    refill: true,
    cancel: true,
    averageTimeMinutes: null,
    ...patch,
  });

  it('reads the name when there is no override', () => {
    assert.deepEqual(resolveRefillPeriod(service(), {}), { kind: 'days', days: 30 });
  });

  it("the tenant's override wins over the name, in both directions", () => {
    assert.deepEqual(resolveRefillPeriod(service(), { '7': 'none' }), { kind: 'none' });
    assert.deepEqual(resolveRefillPeriod(service(), { '7': 'lifetime' }), { kind: 'lifetime' });
    assert.deepEqual(resolveRefillPeriod(service({ name: 'Likes | No Refill' }), { '7': 90 }), { kind: 'days', days: 90 });
  });

  it('the override wins over a refill flag that is off', () => {
    assert.deepEqual(resolveRefillPeriod(service({ refill: false }), { '7': 30 }), { kind: 'days', days: 30 });
  });

  it('an override of zero days is no refill', () => {
    assert.deepEqual(resolveRefillPeriod(service(), { '7': 0 }), { kind: 'none' });
  });

  it('an override for another service does not apply', () => {
    assert.deepEqual(resolveRefillPeriod(service(), { '8': 'none', '77': 'none' }), { kind: 'days', days: 30 });
  });

  it('a service without the refill flag has none, whatever its name says', () => {
    assert.deepEqual(resolveRefillPeriod(service({ refill: false, name: 'Followers | Lifetime Refill' }), {}), { kind: 'none' });
  });

  it('a refill service whose name states no period is unstated', () => {
    assert.deepEqual(resolveRefillPeriod(service({ name: 'Instagram Followers | Auto Refill' }), {}), { kind: 'unstated' });
  });
});
