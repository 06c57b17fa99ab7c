// The owner dashboard: a small hash-routed page over the public API. The key lives in
// sessionStorage (this tab only); every call is an ordinary authenticated API call, so the
// dashboard can do nothing the API would not allow. Pages whose API is not in this version
// say so instead of failing.
(function () {
  'use strict';
  var KEY = 'supportai:key';
  var main = document.getElementById('main');

  // ---- helpers --------------------------------------------------------------------------
  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : v);
    });
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) return child.forEach(function (c) { append(el, c); });
    el.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  function field(id, label, input) { input.id = id; return h('div', {}, h('label', { for: id, text: label }), input); }
  function toast(text) {
    var t = document.getElementById('toast'); t.textContent = text;
    clearTimeout(toast.timer); toast.timer = setTimeout(function () { t.textContent = ''; }, 4000);
  }
  function when(iso) { return iso ? new Date(iso).toLocaleString() : ''; }

  function ApiError(status, body) { this.status = status; this.body = body || {}; this.message = describe(status, body); }
  function describe(status, body) {
    var issues = (body && body.issues || []).map(function (i) { return i.field + ': ' + i.message; }).join('; ');
    return (body && body.message || 'Error ' + status) + (issues ? ' (' + issues + ')' : '');
  }
  function api(method, path, body) {
    var init = { method: method, headers: { authorization: 'Bearer ' + sessionStorage.getItem(KEY) } };
    if (body !== undefined) { init.headers['content-type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(path, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (r.status === 401 && path !== '/v1/settings') { signOut(); }
        if (!r.ok) throw new ApiError(r.status, data);
        return data;
      });
    });
  }
  /** A page's API that this server does not have (404 on the route itself) reads as "not available". */
  function optional(promise) {
    return promise.catch(function (e) {
      if (e.status === 404 && /^(No route|Route) /.test(e.body.message || '')) return { unavailable: true };
      throw e;
    });
  }
  function unavailable(what) {
    return h('section', { class: 'block unavailable' }, h('p', { text: what + ' is not available on this server yet.' }));
  }
  function failed(e) { return h('p', { class: 'error', role: 'alert', text: e.message }); }

  // ---- sign in --------------------------------------------------------------------------
  function signOut() { sessionStorage.removeItem(KEY); show(); }
  document.getElementById('logout').addEventListener('click', signOut);
  document.getElementById('login-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var key = document.getElementById('api-key').value.trim();
    sessionStorage.setItem(KEY, key);
    api('GET', '/v1/settings').then(function () {
      document.getElementById('api-key').value = '';
      // Setting the hash draws the page (hashchange); drawing it here too would draw it twice,
      // and the second drawing would wipe what the owner started typing.
      if (!location.hash) location.hash = '#setup'; else show();
    }, function (e) {
      sessionStorage.removeItem(KEY);
      document.getElementById('login-error').textContent = e.status === 401 ? 'That key is not valid.' : e.message;
    });
  });

  // ---- pages ----------------------------------------------------------------------------
  var pages = {
    setup: { title: 'Setup', render: setup },
    services: { title: 'Services', render: services },
    requests: { title: 'Requests', render: requests },
    escalations: { title: 'Escalations', render: escalations },
    billing: { title: 'Billing & usage', render: billing },
    analytics: { title: 'Analytics', render: analytics },
    pilot: { title: 'Pilot review', render: pilot },
  };

  function show() {
    var signedIn = !!sessionStorage.getItem(KEY);
    document.getElementById('login').hidden = signedIn;
    document.getElementById('app').hidden = !signedIn;
    if (!signedIn) { document.getElementById('api-key').focus(); return; }
    var name = (location.hash.slice(1).split('/')[0]) || 'setup';
    var page = pages[name] || pages.setup;
    document.querySelectorAll('.top nav a').forEach(function (a) {
      if (a.getAttribute('href') === '#' + name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    });
    document.title = page.title + ' · SupportAI';
    main.replaceChildren(h('h1', { text: page.title }), h('p', { class: 'muted', text: 'Loading…' }));
    Promise.resolve(page.render(location.hash.slice(1).split('/').slice(1))).then(function (content) {
      main.replaceChildren(h('h1', { text: page.title }), content);
    }, function (e) { main.replaceChildren(h('h1', { text: page.title }), failed(e)); });
  }
  window.addEventListener('hashchange', function () { show(); main.focus(); });

  function form(onSubmit) {
    var children = Array.prototype.slice.call(arguments, 1);
    var f = h('form', {}, children);
    f.addEventListener('submit', function (ev) {
      ev.preventDefault();
      Promise.resolve(onSubmit(f)).then(function (msg) { if (msg) toast(msg); }, function (e) { toast(e.message); });
    });
    return f;
  }
  function val(f, name) { var el = f.querySelector('#' + name); return el ? el.value.trim() : ''; }

  // Setup: panel, providers and dispatch, Telegram, WhatsApp, widget.
  function setup() {
    return Promise.all([
      api('GET', '/v1/panel').catch(function () { return null; }),
      api('GET', '/v1/channels/widget').catch(function () { return null; }),
      api('GET', '/v1/channels/whatsapp').catch(function () { return null; }),
    ]).then(function (r) {
      var panel = r[0], widget = r[1], whatsapp = r[2];
      return h('div', {},
        h('section', { class: 'block' }, h('h2', { text: 'Panel' }),
          h('p', {}, panel ? ['Connected: ', h('code', { text: panel.url }), ' (' + panel.type + ')'] : 'No panel connected yet.'),
          form(function (f) { return api('PUT', '/v1/panel', { type: 'perfectpanel', url: val(f, 'panel-url'), apiKey: val(f, 'panel-key') }).then(function () { show(); return 'Panel saved.'; }); },
            h('div', { class: 'row' }, field('panel-url', 'Panel URL', h('input', { type: 'url', required: true, placeholder: 'https://your-panel.com', value: panel ? panel.url : '' })),
              field('panel-key', 'Admin API key', h('input', { type: 'password', required: true, autocomplete: 'off' }))),
            h('button', { type: 'submit', text: 'Save panel' }))),
        h('section', { class: 'block' }, h('h2', { text: 'Providers and dispatch' }),
          h('p', { class: 'muted', text: 'The name must match the "provider" of the panel\'s orders.' }),
          form(function (f) {
            var dispatch = val(f, 'prov-dispatch');
            var body = { dispatch: dispatch };
            if (val(f, 'prov-url')) body.api = { url: val(f, 'prov-url'), key: val(f, 'prov-key') };
            if (val(f, 'prov-chat')) body.telegram = { chatId: val(f, 'prov-chat') };
            return api('PUT', '/v1/providers/' + encodeURIComponent(val(f, 'prov-name')), body).then(function () { return 'Provider saved.'; });
          },
            h('div', { class: 'row' }, field('prov-name', 'Provider name', h('input', { required: true })),
              field('prov-dispatch', 'Dispatch', h('select', {}, ['api', 'telegram_bot', 'userbot', 'userbot_then_bot'].map(function (d) { return h('option', { value: d, text: d }); })))),
            h('div', { class: 'row' }, field('prov-url', 'Provider API URL', h('input', { type: 'url' })), field('prov-key', 'Provider API key', h('input', { type: 'password', autocomplete: 'off' })),
              field('prov-chat', 'Provider Telegram chat ID', h('input', {}))),
            h('button', { type: 'submit', text: 'Save provider' }))),
        h('section', { class: 'block' }, h('h2', { text: 'Telegram' }),
          form(function (f) {
            var body = { token: val(f, 'tg-token'), mode: val(f, 'tg-mode') };
            if (val(f, 'tg-admin')) body.adminChatId = val(f, 'tg-admin');
            return api('PUT', '/v1/channels/telegram', body).then(function (r) { return 'Bot @' + r.botUsername + ' connected.'; });
          },
            h('div', { class: 'row' }, field('tg-token', 'Bot token', h('input', { type: 'password', required: true, autocomplete: 'off' })),
              field('tg-mode', 'Mode', h('select', {}, h('option', { value: 'polling', text: 'polling' }), h('option', { value: 'webhook', text: 'webhook' }))),
              field('tg-admin', 'Admin chat ID', h('input', {}))),
            h('button', { type: 'submit', text: 'Connect Telegram' }))),
        h('section', { class: 'block' }, h('h2', { text: 'WhatsApp' }),
          whatsapp ? h('p', { id: 'whatsapp-status' }, ['Connected: ', h('strong', { text: whatsapp.displayPhoneNumber || whatsapp.phoneNumberId }),
            ' (phone number ID ' + whatsapp.phoneNumberId + '). In Meta\'s app dashboard, subscribe the callback URL ',
            h('code', { text: whatsapp.webhookUrl || location.origin + whatsapp.webhookPath }), ' with the same verify token, field "messages".'])
            : h('p', { id: 'whatsapp-status', text: 'No WhatsApp number connected yet.' }),
          form(function (f) {
            return api('PUT', '/v1/channels/whatsapp', { phoneNumberId: val(f, 'wa-phone'), accessToken: val(f, 'wa-token'), appSecret: val(f, 'wa-secret'), verifyToken: val(f, 'wa-verify') })
              .then(function (r) { show(); return 'WhatsApp connected: ' + (r.displayPhoneNumber || r.phoneNumberId) + '.'; });
          },
            h('div', { class: 'row' }, field('wa-phone', 'Phone number ID', h('input', { required: true, inputmode: 'numeric', value: whatsapp ? whatsapp.phoneNumberId : '' })), field('wa-token', 'Access token', h('input', { type: 'password', required: true, autocomplete: 'off' }))),
            h('div', { class: 'row' }, field('wa-secret', 'App secret', h('input', { type: 'password', required: true, autocomplete: 'off' })), field('wa-verify', 'Verify token', h('input', { required: true, autocomplete: 'off' }))),
            h('button', { type: 'submit', text: whatsapp ? 'Update WhatsApp' : 'Connect WhatsApp' })),
          whatsapp ? form(function (f) {
            return api('POST', '/v1/channels/whatsapp/link', { customer: val(f, 'wa-customer') }).then(function (r) {
              var out = f.querySelector('.link-out');
              out.replaceChildren('Give this link to the customer (valid 24 hours, works once): ', h('code', { text: r.url || r.text }));
              return 'Link made for ' + val(f, 'wa-customer') + '.';
            });
          },
            h('div', { class: 'row' }, field('wa-customer', 'Link a customer\'s WhatsApp: panel username', h('input', { required: true, autocomplete: 'off' }))),
            h('button', { type: 'submit', class: 'secondary', text: 'Make link' }),
            h('p', { class: 'link-out', 'aria-live': 'polite' })) : null),
        h('section', { class: 'block' }, h('h2', { text: 'Web chat widget' }),
          widget ? [h('p', { text: 'Paste this on your panel\'s pages:' }), h('code', { class: 'snippet', id: 'widget-snippet', text: widget.snippet }),
            h('p', { class: 'muted' }, 'For a logged-in customer add data-customer="<username>" and data-signature="<hex HMAC-SHA256 of the username with the secret>", made on your server. Secret: ', h('code', { text: widget.secret }))] : h('p', { text: 'No widget yet.' }),
          form(function (f) {
            var origins = val(f, 'widget-origins').split(/[\s,]+/).filter(Boolean);
            return api('PUT', '/v1/channels/widget', { allowedOrigins: origins }).then(function () { show(); return 'Widget saved.'; });
          },
            field('widget-origins', 'Allowed origins (your panel\'s sites, one per line)', h('textarea', {}, widget ? widget.allowedOrigins.join('\n') : '')),
            h('button', { type: 'submit', text: 'Save widget' }))));
    });
  }

  // Services: the refill window read from each name, the override, screenshot rules.
  function periodText(p) {
    return p.kind === 'days' ? p.days + ' days' : p.kind === 'lifetime' ? 'lifetime' : p.kind === 'none' ? 'no refill' : 'not stated';
  }
  function services() {
    return Promise.all([api('GET', '/v1/services'), api('GET', '/v1/settings')]).then(function (r) {
      var list = r[0].services, settings = r[1];
      var rows = list.map(function (s) {
        var id = 'ovr-' + s.id;
        var current = s.override === null ? '' : String(s.override);
        var select = h('select', { id: id, 'aria-label': 'Refill override for ' + s.name },
          h('option', { value: '', text: 'From the name' }), h('option', { value: 'none', text: 'No refill' }),
          h('option', { value: 'lifetime', text: 'Lifetime' }), h('option', { value: 'days', text: 'Days…' }));
        var days = h('input', { type: 'number', min: '1', max: '3650', 'aria-label': 'Override days for ' + s.name, style: 'width:6em', id: id + '-days' });
        if (current === 'none' || current === 'lifetime') select.value = current;
        else if (current) { select.value = 'days'; days.value = current; }
        var shots = ['refill', 'cancel', 'speed_up'].map(function (intent) {
          return h('label', { style: 'font-weight:400;display:inline-block;margin-right:8px' },
            h('input', { type: 'checkbox', 'data-service': s.id, 'data-intent': intent, checked: s.screenshotRequired.indexOf(intent) >= 0 || s.screenshotRequired.indexOf('all') >= 0 }), ' ' + intent.replace('_', ' '));
        });
        var save = h('button', { type: 'button', class: 'secondary', text: 'Save', 'aria-label': 'Save ' + s.name, onclick: function () {
          var overrides = Object.assign({}, settings.refillDaysOverride);
          if (select.value === '') delete overrides[s.id];
          else if (select.value === 'days') overrides[s.id] = Number(days.value);
          else overrides[s.id] = select.value;
          var intents = Array.prototype.filter.call(document.querySelectorAll('input[data-service="' + s.id + '"]'), function (c) { return c.checked; })
            .map(function (c) { return c.getAttribute('data-intent'); });
          var rules = settings.screenshotRequired.filter(function (x) { return x.serviceId !== s.id; });
          if (intents.length) rules.push({ serviceId: s.id, intents: intents });
          api('PATCH', '/v1/settings', { refillDaysOverride: overrides, screenshotRequired: rules })
            .then(function () { toast('Saved ' + s.name + '.'); show(); }, function (e) { toast(e.message); });
        } });
        return h('tr', { 'data-service-id': s.id },
          h('td', { text: s.id }), h('td', { text: s.name }),
          h('td', { text: periodText(s.refillFromName) }),
          h('td', {}, select, ' ', days),
          h('td', { class: 'effective' }, h('span', { class: 'pill', text: periodText(s.refillPeriod) })),
          h('td', {}, shots), h('td', {}, save));
      });
      return h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['ID', 'Service', 'Read from the name', 'Override', 'Applies', 'Screenshot required for', ''].map(function (t) { return h('th', { scope: 'col', text: t }); }))),
        h('tbody', {}, rows)));
    });
  }

  // Requests: filter, then one request's timeline.
  var STATES = ['received', 'waiting_customer', 'dispatched', 'monitoring', 'escalated', 'resolved', 'closed', 'blocked'];
  function requests(args) {
    if (args[0]) return requestDetail(args[0]);
    var state = sessionStorage.getItem('supportai:filter-state') || '', orderId = sessionStorage.getItem('supportai:filter-order') || '';
    var params = new URLSearchParams({ limit: '100' });
    if (state) params.set('state', state);
    if (orderId) params.set('orderId', orderId);
    return api('GET', '/v1/requests?' + params).then(function (r) {
      var filter = form(function (f) {
        sessionStorage.setItem('supportai:filter-state', val(f, 'f-state'));
        sessionStorage.setItem('supportai:filter-order', val(f, 'f-order'));
        show();
      }, h('div', { class: 'row' },
        field('f-state', 'State', h('select', {}, h('option', { value: '', text: 'any' }), STATES.map(function (s) { return h('option', { value: s, text: s, selected: s === state }); }))),
        field('f-order', 'Order ID', h('input', { value: orderId, inputmode: 'numeric' })),
        h('div', {}, h('button', { type: 'submit', text: 'Filter' }))));
      var table = r.requests.length === 0 ? h('p', { text: 'No requests match.' }) : h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['#', 'Order', 'Intent', 'Decision', 'State'].map(function (t) { return h('th', { scope: 'col', text: t }); }))),
        h('tbody', {}, r.requests.map(function (q) {
          return h('tr', {}, h('td', {}, h('a', { href: '#requests/' + q.id, text: q.id, 'aria-label': 'Request ' + q.id })), h('td', { text: q.orderId }), h('td', { text: q.intent }),
            h('td', { text: q.decision || '' }), h('td', {}, h('span', { class: 'pill', text: q.state })));
        }))));
      return h('div', {}, h('section', { class: 'block' }, filter), table);
    });
  }
  function timeline(events) {
    return h('ol', { class: 'timeline', 'aria-label': 'Timeline' }, events.map(function (e) {
      var detail = e.detail && Object.keys(e.detail).length ? JSON.stringify(e.detail) : '';
      return h('li', {}, h('strong', { text: e.kind }), ' ', h('span', { class: 'muted', text: when(e.at) }), detail ? h('div', { class: 'muted', text: detail }) : null);
    }));
  }
  function requestDetail(id) {
    return api('GET', '/v1/requests/' + encodeURIComponent(id)).then(function (q) {
      return h('div', {}, h('p', {}, h('a', { href: '#requests', text: '← All requests' })),
        h('section', { class: 'block' }, h('h2', { text: 'Request ' + q.id + ': ' + q.intent + ' for order ' + q.orderId }),
          h('p', {}, 'State ', h('span', { class: 'pill', text: q.state }), ' · decision ', h('code', { text: q.decision || '—' }), ' · opened ' + when(q.openedAt)),
          h('h2', { text: 'Timeline' }), timeline(q.timeline)));
    });
  }

  // Escalations: the context, then a decision.
  function escalations() {
    return api('GET', '/v1/escalations').then(function (r) {
      if (r.escalations.length === 0) return h('p', { text: 'Nothing waits for you.' });
      return h('div', {}, r.escalations.map(function (e) {
        var msgId = 'esc-msg-' + e.requestId;
        var decide = function (action) {
          return function () {
            var message = document.getElementById(msgId).value.trim();
            var body = { action: action };
            if (message) body.message = message;
            api('POST', '/v1/escalations/' + e.requestId + '/decision', body)
              .then(function (res) { toast('Request ' + e.requestId + ': ' + res.state + '.'); show(); }, function (err) { toast(err.message); });
          };
        };
        return h('section', { class: 'block', 'aria-label': 'Escalation ' + e.requestId },
          h('h2', { text: 'Order ' + e.orderId + ' · ' + e.intent + ' · ' + e.customer }),
          h('p', {}, 'Why: ', h('strong', { text: e.reason || 'not stated' }), ' · since ' + when(e.escalatedAt), ' · ', h('a', { href: '#requests/' + e.requestId, text: 'timeline' })),
          e.messages.map(function (m) { return h('p', { class: 'muted' }, '“' + m.text + '”'); }),
          field(msgId, 'Message to the customer (needed for "Reply")', h('textarea', {})),
          h('button', { type: 'button', onclick: decide('resolve'), text: 'Resolve' }),
          h('button', { type: 'button', onclick: decide('retry'), text: 'Retry', class: 'secondary' }),
          h('button', { type: 'button', onclick: decide('reply'), text: 'Reply', class: 'secondary' }),
          h('button', { type: 'button', onclick: decide('close'), text: 'Close', class: 'secondary' }));
      }));
    });
  }

  // Billing & usage, analytics and the pilot queue: their APIs may not exist on this server.
  function billing() {
    return optional(api('GET', '/v1/billing')).then(function (b) {
      if (b.unavailable) return unavailable('Billing');
      return optional(api('GET', '/v1/billing/invoices')).then(function (inv) {
        var invoices = inv.unavailable ? [] : (inv.invoices || []);
        var buy = function (path, body) {
          return function () {
            api('POST', path, body).then(function (r) {
              if (r.invoice && r.invoice.url) { toast('Invoice created.'); window.open(r.invoice.url, '_blank', 'noopener'); } else toast('Scheduled.');
              show();
            }, function (e) { toast(e.message); });
          };
        };
        return h('div', {},
          h('section', { class: 'block' }, h('h2', { text: 'Plan: ' + b.plan }),
            h('p', { text: 'Requests: ' + b.requests.used + ' used of ' + (b.requests.limit + (b.requests.bonus || 0)) + ' (' + b.requests.remaining + ' left) this cycle.' }),
            h('p', { text: 'Tracking credits: ' + b.credits.base + ' in the plan, ' + b.credits.prepaid + ' prepaid.' }),
            ['starter', 'growth', 'scale', 'enterprise'].map(function (p) { return h('button', { type: 'button', class: 'secondary', text: 'Switch to ' + p, onclick: buy('/v1/billing/plan', { plan: p }) }); }),
            h('h2', { text: 'Credit packs' }),
            ['small', 'medium', 'large', 'xl'].map(function (p) { return h('button', { type: 'button', class: 'secondary', text: 'Buy ' + p, onclick: buy('/v1/billing/credit-packs', { pack: p }) }); })),
          h('section', { class: 'block' }, h('h2', { text: 'Invoices' }), invoices.length === 0 ? h('p', { text: 'No invoices.' }) :
            h('div', { class: 'table-wrap' }, h('table', {}, h('tbody', {}, invoices.map(function (i) {
              return h('tr', {}, h('td', { text: i.id }), h('td', { text: i.amount + ' ' + i.currency }), h('td', { text: i.status }),
                h('td', {}, i.status === 'pending' && i.url ? h('a', { href: i.url, target: '_blank', rel: 'noopener', text: 'Pay' }) : ''));
            }))))));
      });
    });
  }
  function analytics() {
    return optional(api('GET', '/v1/analytics')).then(function (a) {
      if (a.unavailable) return unavailable('Analytics');
      var pct = function (x) { return typeof x === 'number' ? Math.round(x * 100) + '%' : '—'; };
      return h('section', { class: 'block' },
        h('p', { text: 'Requests: ' + a.requests.total }),
        h('p', { text: 'Automation ' + pct(a.automationRate) + ' · resolution ' + pct(a.resolutionRate) + ' · escalation ' + pct(a.escalationRate) }),
        h('p', { text: 'First reply p50 ' + (a.firstReplySeconds ? a.firstReplySeconds.p50 : '—') + ' s, p95 ' + (a.firstReplySeconds ? a.firstReplySeconds.p95 : '—') + ' s' }),
        h('h2', { text: 'By intent' }), h('pre', { text: JSON.stringify(a.requests.byIntent, null, 2) }),
        h('h2', { text: 'By decision' }), h('pre', { text: JSON.stringify(a.requests.byDecision, null, 2) }));
    });
  }
  function pilot() {
    return optional(api('GET', '/v1/pilot/drafts')).then(function (r) {
      if (r.unavailable) return unavailable('The pilot review queue');
      if (r.drafts.length === 0) return h('p', { text: 'No drafts wait for review.' });
      return h('div', {}, r.drafts.map(function (d) {
        var textId = 'draft-' + d.id;
        var decide = function (action) {
          return function () {
            var body = { action: action };
            if (action === 'edit') body.text = document.getElementById(textId).value;
            api('POST', '/v1/pilot/drafts/' + d.id + '/decision', body).then(function () { toast('Done.'); show(); }, function (e) { toast(e.message); });
          };
        };
        return h('section', { class: 'block' }, h('h2', { text: d.kind + ' · ' + when(d.createdAt) }),
          field(textId, 'Draft', h('textarea', {}, d.text)),
          h('button', { type: 'button', onclick: decide('approve'), text: 'Approve' }),
          h('button', { type: 'button', class: 'secondary', onclick: decide('edit'), text: 'Save edit and approve' }),
          h('button', { type: 'button', class: 'secondary', onclick: decide('reject'), text: 'Reject' }));
      }));
    });
  }

  show();
})();
