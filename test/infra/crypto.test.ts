import assert from 'node:assert/strict';
import { createSecretBox, generateApiKey, hashApiKey } from '../../infra/crypto.js';

describe('secrets at rest', () => {
  const box = createSecretBox(Buffer.alloc(32, 3).toString('base64'));

  it('seals a secret so the stored text does not contain it, and opens it again', () => {
    const sealed = box.seal('panel-key-123');
    assert.ok(!sealed.includes('panel-key-123'));
    assert.notEqual(box.seal('panel-key-123'), sealed, 'a fresh IV every time');
    assert.equal(box.open(sealed), 'panel-key-123');
  });

  it('refuses a tampered secret or one sealed with another key', () => {
    const sealed = box.seal('bot-token');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('forged').toString('base64url');
    assert.throws(() => box.open(parts.join('.')));
    const other = createSecretBox(Buffer.alloc(32, 4).toString('base64'));
    assert.throws(() => other.open(sealed));
  });

  it('issues long random API keys and stores only their hash', () => {
    const a = generateApiKey();
    assert.match(a, /^sai_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(generateApiKey(), a);
    assert.equal(hashApiKey(a), hashApiKey(a));
    assert.ok(!hashApiKey(a).includes(a));
  });
});
