import assert from 'node:assert/strict';
import { createBillingActivities } from '../../activities/billing.js';
import { addPrepaidCredits } from '../../infra/billing/credits.js';
import { newTenant, testDatabase } from '../helpers/database.js';

describe('tracking credit warnings to the owner (real PostgreSQL)', () => {
  it('warns once when credits fall below 500, alerts once at 0, and again after a pack runs low', async () => {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'credit-notices');
    // Like the real notifyOwner, one notice per key: a retried check repeats its key.
    const byKey = new Map<string, { key: string; kind: string; text: string }>();
    const billing = createBillingActivities({ sql, notifyOwner: async (n) => void (byKey.has(n.key) || byKey.set(n.key, n)) });
    const notices = () => [...byKey.values()];
    const check = (ref: string) => billing.consumeTrackingCredit({ tenantId, ref });

    await check('c0');
    assert.deepEqual(notices().map((n) => n.kind), ['credits']);
    assert.match(notices()[0]!.text, /running low: 499 left/);
    await check('c0'); // a retried activity
    for (let i = 1; i < 499; i++) await check(`c${i}`);
    assert.equal(notices().length, 1, 'no second warning while the balance goes on falling');

    assert.deepEqual(await check('c499'), { ok: true, remaining: 0, level: 'empty' });
    assert.equal(notices().length, 2);
    assert.match(notices()[1]!.text, /used up: tracking is paused/);
    assert.equal((await check('c500')).ok, false);
    assert.equal(notices().length, 2, 'refused checks are not announced again');

    await addPrepaidCredits(sql, tenantId, 500, 'pack:test');
    await check('p0');
    assert.equal(notices().length, 3, 'the pack running low is announced again');
  });
});
