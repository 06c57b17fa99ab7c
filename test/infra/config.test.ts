import assert from 'node:assert/strict';
import { ConfigError, llmConfig, loadConfig } from '../../infra/config.js';

describe('config', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const cfg = loadConfig({});
    assert.equal(cfg.API_PORT, 3000);
    assert.equal(cfg.DATABASE_URL, undefined);
    assert.equal(cfg.TEMPORAL_ADDRESS, undefined);
    assert.equal(cfg.DEMO, true, 'the embedded default comes with the demo tenant');
    assert.equal(cfg.TELEGRAM_API_ROOT, 'https://api.telegram.org');
    assert.equal(cfg.WHATSAPP_API_ROOT, 'https://graph.facebook.com/v21.0', 'the real Graph API unless told otherwise');
    assert.equal(llmConfig(cfg), null, 'no LLM unless configured');
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ API_PORT: 'eighty', DATABASE_URL: 'mysql://x', TEMPORAL_ADDRESS: 'localhost', LOG_LEVEL: 'loud' });
      assert.fail('expected a ConfigError');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      const text = err.message;
      for (const name of ['API_PORT', 'DATABASE_URL', 'TEMPORAL_ADDRESS', 'LOG_LEVEL']) assert.match(text, new RegExp(name));
    }
  });

  it('requires a secrets key with an external database, and checks its length', () => {
    assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/x' }), /SECRETS_KEY: required/);
    assert.throws(() => loadConfig({ SECRETS_KEY: 'c2hvcnQ=' }), /SECRETS_KEY: must be 32 bytes/);
    const cfg = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/x', SECRETS_KEY: Buffer.alloc(32, 1).toString('base64') });
    assert.equal(cfg.DEMO, false, 'no demo tenant against a real database unless asked');
  });

  it('sizes the worker cache from WORKER_MAX_CACHED_WORKFLOWS, the SDK default when unset, and refuses a bad size', () => {
    assert.equal(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '1000' }).WORKER_MAX_CACHED_WORKFLOWS, 1000);
    assert.equal(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '' }).WORKER_MAX_CACHED_WORKFLOWS, undefined);
    assert.throws(() => loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: 'lots' }), /WORKER_MAX_CACHED_WORKFLOWS/);
  });

  it('treats empty variables as unset (as docker-compose passes them)', () => {
    const cfg = loadConfig({ DATABASE_URL: '', TEMPORAL_ADDRESS: '', OPENAI_API_KEY: '' });
    assert.equal(cfg.DATABASE_URL, undefined);
    assert.equal(cfg.TEMPORAL_ADDRESS, undefined);
  });

  it('builds the LLM settings from an OpenAI-compatible endpoint', () => {
    const llm = llmConfig(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'local' }));
    assert.deepEqual(llm, { baseURL: 'http://127.0.0.1:9/v1', apiKey: 'none', model: 'local', embeddingModel: 'text-embedding-3-small' });
    const embeddings = llmConfig(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_EMBEDDING_MODEL: 'local-embed' }));
    assert.equal(embeddings?.embeddingModel, 'local-embed');
  });
});
