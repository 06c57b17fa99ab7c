import assert from 'node:assert/strict';
import { normalizeOrderStatus } from '../../../workflows/rules/order-status.js';
import type { OrderStatus } from '../../../workflows/rules/types.js';

describe('normalizeOrderStatus', () => {
  const spellings: Array<[string, OrderStatus]> = [
    ['Pending', 'pending'],
    ['Processing', 'processing'],
    ['In progress', 'in_progress'],
    ['Inprogress', 'in_progress'],
    ['in_progress', 'in_progress'],
    ['IN-PROGRESS', 'in_progress'],
    ['  In   Progress ', 'in_progress'],
    ['Active', 'in_progress'],
    ['Completed', 'completed'],
    ['COMPLETE', 'completed'],
    ['Partial', 'partial'],
    ['Partially Completed', 'partial'],
    ['Canceled', 'canceled'],
    ['Cancelled', 'canceled'],
    ['Refunded', 'refunded'],
    ['Awaiting', 'pending'],
  ];
  for (const [raw, status] of spellings) {
    it(`reads ${JSON.stringify(raw)} as ${status}`, () => {
      assert.equal(normalizeOrderStatus(raw), status);
    });
  }

  it('reads a failed order as still open, never as canceled before anyone confirms it', () => {
    for (const raw of ['Error', 'Fail', 'failed', 'ERROR']) assert.equal(normalizeOrderStatus(raw), 'pending', raw);
  });

  it('returns null for spellings it does not know, so nothing is decided on a guess', () => {
    for (const raw of ['', '   ', 'Rejected', 'done', 'in progres', 'constructor', '__proto__', 'toString']) {
      assert.equal(normalizeOrderStatus(raw), null, raw);
    }
  });
});
