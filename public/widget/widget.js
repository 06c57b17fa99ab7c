// SupportAI web chat widget: one script tag, no dependencies. It lives in a shadow root so
// the panel's styles and ours never mix. The chat survives reloads (the visitor ID in
// localStorage, the thread on the server); replies arrive over Server-Sent Events, or by long
// polling when a proxy buffers the stream.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__supportaiWidget) return;
  window.__supportaiWidget = true;

  var cfg = script.dataset;
  var widgetId = cfg.widgetId;
  var api = new URL(script.src).origin + '/widget/v1/' + encodeURIComponent(widgetId);
  var MAX_BYTES = 5 * 1024 * 1024;
  var TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'];

  var STRINGS = {
    en: { open: 'Chat with support', title: 'Support', placeholder: 'Type your message…', send: 'Send', attach: 'Attach a screenshot or receipt', close: 'Close chat', hello: 'Hi! Write your order ID and what you need, e.g. "refill 1001".', verified: 'Signed in as', anonymous: 'Not signed in', tooBig: 'The file is larger than 5 MB.', badType: 'Please attach an image (PNG, JPEG, WebP, GIF) or a PDF.', failed: 'Not sent, retrying…', attachment: 'Attachment', you: 'You', agent: 'Support' },
    ru: { open: 'Чат с поддержкой', title: 'Поддержка', placeholder: 'Напишите сообщение…', send: 'Отправить', attach: 'Прикрепить скриншот или чек', close: 'Закрыть чат', hello: 'Здравствуйте! Напишите номер заказа и что нужно, например «refill 1001».', verified: 'Вы вошли как', anonymous: 'Вы не вошли', tooBig: 'Файл больше 5 МБ.', badType: 'Прикрепите изображение (PNG, JPEG, WebP, GIF) или PDF.', failed: 'Не отправлено, повторяем…', attachment: 'Вложение', you: 'Вы', agent: 'Поддержка' },
    es: { open: 'Chatear con soporte', title: 'Soporte', placeholder: 'Escribe tu mensaje…', send: 'Enviar', attach: 'Adjuntar captura o recibo', close: 'Cerrar chat', hello: '¡Hola! Escribe el ID de tu pedido y lo que necesitas, p. ej. "refill 1001".', verified: 'Sesión de', anonymous: 'Sin sesión', tooBig: 'El archivo supera 5 MB.', badType: 'Adjunta una imagen (PNG, JPEG, WebP, GIF) o un PDF.', failed: 'No enviado, reintentando…', attachment: 'Adjunto', you: 'Tú', agent: 'Soporte' },
    pt: { open: 'Falar com o suporte', title: 'Suporte', placeholder: 'Escreva sua mensagem…', send: 'Enviar', attach: 'Anexar captura ou recibo', close: 'Fechar chat', hello: 'Olá! Escreva o ID do pedido e o que precisa, ex.: "refill 1001".', verified: 'Conectado como', anonymous: 'Não conectado', tooBig: 'O arquivo passa de 5 MB.', badType: 'Anexe uma imagem (PNG, JPEG, WebP, GIF) ou um PDF.', failed: 'Não enviado, tentando de novo…', attachment: 'Anexo', you: 'Você', agent: 'Suporte' },
    de: { open: 'Support-Chat', title: 'Support', placeholder: 'Nachricht schreiben…', send: 'Senden', attach: 'Screenshot oder Beleg anhängen', close: 'Chat schließen', hello: 'Hallo! Schreiben Sie Ihre Bestellnummer und Ihr Anliegen, z. B. „refill 1001“.', verified: 'Angemeldet als', anonymous: 'Nicht angemeldet', tooBig: 'Die Datei ist größer als 5 MB.', badType: 'Bitte ein Bild (PNG, JPEG, WebP, GIF) oder PDF anhängen.', failed: 'Nicht gesendet, neuer Versuch…', attachment: 'Anhang', you: 'Sie', agent: 'Support' },
    fr: { open: 'Discuter avec le support', title: 'Support', placeholder: 'Écrivez votre message…', send: 'Envoyer', attach: 'Joindre une capture ou un reçu', close: 'Fermer le chat', hello: 'Bonjour ! Écrivez le numéro de commande et votre demande, ex. « refill 1001 ».', verified: 'Connecté en tant que', anonymous: 'Non connecté', tooBig: 'Le fichier dépasse 5 Mo.', badType: 'Joignez une image (PNG, JPEG, WebP, GIF) ou un PDF.', failed: 'Non envoyé, nouvel essai…', attachment: 'Pièce jointe', you: 'Vous', agent: 'Support' },
    tr: { open: 'Destekle sohbet', title: 'Destek', placeholder: 'Mesajınızı yazın…', send: 'Gönder', attach: 'Ekran görüntüsü veya makbuz ekle', close: 'Sohbeti kapat', hello: 'Merhaba! Sipariş numaranızı ve isteğinizi yazın, ör. "refill 1001".', verified: 'Giriş yapan', anonymous: 'Giriş yapılmadı', tooBig: 'Dosya 5 MB\'tan büyük.', badType: 'Lütfen bir görsel (PNG, JPEG, WebP, GIF) veya PDF ekleyin.', failed: 'Gönderilemedi, tekrar deneniyor…', attachment: 'Ek', you: 'Siz', agent: 'Destek' },
    uk: { open: 'Чат з підтримкою', title: 'Підтримка', placeholder: 'Напишіть повідомлення…', send: 'Надіслати', attach: 'Додати скриншот або чек', close: 'Закрити чат', hello: 'Вітаємо! Напишіть номер замовлення і що потрібно, напр. «refill 1001».', verified: 'Ви увійшли як', anonymous: 'Ви не увійшли', tooBig: 'Файл більший за 5 МБ.', badType: 'Додайте зображення (PNG, JPEG, WebP, GIF) або PDF.', failed: 'Не надіслано, повторюємо…', attachment: 'Вкладення', you: 'Ви', agent: 'Підтримка' },
  };
  var language = (navigator.language || 'en').toLowerCase();
  var t = STRINGS[language.slice(0, 2)] || STRINGS.en;

  function storage(key, make) {
    var full = 'supportai:' + widgetId + ':' + key;
    try {
      var v = localStorage.getItem(full);
      if (!v && make) { v = make(); localStorage.setItem(full, v); }
      return v;
    } catch (e) { return make ? make() : null; }
  }
  function setStorage(key, value) { try { localStorage.setItem('supportai:' + widgetId + ':' + key, value); } catch (e) { /* private mode */ } }
  function randomId() {
    var a = new Uint8Array(18); crypto.getRandomValues(a);
    return btoa(String.fromCharCode.apply(null, a)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  var visitor = storage('visitor', randomId);
  function identity() {
    var q = 'visitor=' + encodeURIComponent(visitor);
    if (cfg.token) q += '&token=' + encodeURIComponent(cfg.token);
    else if (cfg.customer && cfg.signature) q += '&customer=' + encodeURIComponent(cfg.customer) + '&signature=' + encodeURIComponent(cfg.signature);
    return q;
  }

  // ---- view ---------------------------------------------------------------------------
  var host = document.createElement('div');
  host.setAttribute('data-supportai-widget', '');
  var root = host.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<style>' +
    ':host{all:initial}*{box-sizing:border-box;font:15px/1.4 system-ui,sans-serif}' +
    '.launch{position:fixed;right:20px;bottom:20px;z-index:2147483000;background:#1f4fd1;color:#fff;border:0;border-radius:24px;padding:12px 18px;cursor:pointer;box-shadow:0 4px 14px #0003}' +
    '.launch:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #ffb300;outline-offset:2px}' +
    '.panel{position:fixed;right:20px;bottom:20px;z-index:2147483001;width:min(380px,calc(100vw - 24px));height:min(560px,calc(100vh - 40px));background:#fff;color:#111;border-radius:12px;box-shadow:0 8px 30px #0004;display:flex;flex-direction:column;overflow:hidden}' +
    '.panel[hidden]{display:none}header{background:#1f4fd1;color:#fff;padding:10px 14px;display:flex;align-items:center;gap:8px}' +
    'header h2{font-size:16px;margin:0;flex:1;color:#fff;font-weight:600}header small{font-size:12px;opacity:.9;color:#fff}header button{background:none;border:0;color:#fff;font-size:22px;cursor:pointer;line-height:1}' +
    '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f4f6fb}' +
    '.msg{max-width:85%;padding:8px 11px;border-radius:10px;white-space:pre-wrap;word-wrap:break-word}' +
    '.customer{align-self:flex-end;background:#1f4fd1;color:#fff}.agent{align-self:flex-start;background:#fff;border:1px solid #d5dbe8}' +
    '.msg img{display:block;max-width:100%;max-height:160px;border-radius:6px;margin-top:4px}.customer a{color:#fff}' +
    '.note{font-size:13px;color:#444;text-align:center}.error{color:#b00020;font-size:13px;padding:0 12px}' +
    'form{display:flex;gap:6px;padding:8px;border-top:1px solid #d5dbe8;align-items:center}' +
    'form input[type=text]{flex:1;min-width:0;padding:9px;border:1px solid #8a93a6;border-radius:8px}' +
    'form button,label.attach{background:#1f4fd1;color:#fff;border:0;border-radius:8px;padding:9px 12px;cursor:pointer}' +
    'label.attach{background:#e8ecf6;color:#1f2a44;padding:8px 10px;display:flex}label.attach:focus-within{outline:3px solid #ffb300}label.attach input{position:absolute;opacity:0;width:1px;height:1px}' +
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}' +
    '</style>' +
    '<button class="launch" type="button"></button>' +
    '<section class="panel" role="dialog" hidden>' +
    '<header><h2 class="title"></h2><small class="who"></small><button type="button" class="close">×</button></header>' +
    '<div class="log" role="log" aria-live="polite"></div><div class="error" role="alert"></div>' +
    '<form><label class="attach"><svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M21 11.5l-8.5 8.5a5 5 0 0 1-7-7l9-9a3.5 3.5 0 0 1 5 5l-9 9a2 2 0 0 1-3-3l8-8"/></svg><span class="sr attach-label"></span><input type="file" accept="' + TYPES.join(',') + '"></label>' +
    '<label class="sr" for="sai-text"></label><input id="sai-text" type="text" autocomplete="off" maxlength="4000">' +
    '<button type="submit" class="send"></button></form></section>';
  var $ = function (s) { return root.querySelector(s); };
  var launch = $('.launch'), panel = $('.panel'), log = $('.log'), form = $('form'), input = $('#sai-text'), file = $('input[type=file]'), errorBox = $('.error');
  launch.textContent = t.open;
  panel.setAttribute('aria-label', t.title);
  $('.title').textContent = t.title;
  $('.close').setAttribute('aria-label', t.close);
  $('.attach-label').textContent = t.attach;
  $('label[for=sai-text]').textContent = t.placeholder;
  input.placeholder = t.placeholder;
  $('.send').textContent = t.send;

  var shown = {};
  var count = 0;
  function render(view) {
    $('.who').textContent = view.verified ? t.verified + ' ' + view.customer : t.anonymous;
    if (view.items.length === 0 && !log.firstChild) {
      var hello = document.createElement('div'); hello.className = 'msg agent'; hello.textContent = t.hello; log.appendChild(hello);
    }
    view.items.forEach(function (item) {
      if (shown[item.key]) return;
      shown[item.key] = true;
      var el = document.createElement('div');
      el.className = 'msg ' + item.author;
      el.setAttribute('data-author', item.author);
      var who = document.createElement('span'); who.className = 'sr'; who.textContent = (item.author === 'customer' ? t.you : t.agent) + ': ';
      el.appendChild(who);
      el.appendChild(document.createTextNode(item.text));
      if (item.attachment) {
        var link = document.createElement('a');
        link.href = api + '/attachments/' + encodeURIComponent(item.attachment);
        link.target = '_blank'; link.rel = 'noopener';
        var img = document.createElement('img'); img.alt = t.attachment; img.src = link.href;
        img.onerror = function () { link.textContent = t.attachment; };
        link.appendChild(img);
        el.appendChild(link);
      }
      log.appendChild(el);
    });
    count = Math.max(count, view.items.length);
    log.scrollTop = log.scrollHeight;
  }

  // ---- live ---------------------------------------------------------------------------
  var live = null;
  function startLive() {
    if (live) return;
    live = true;
    if (cfg.transport === 'poll' || typeof EventSource === 'undefined') return poll();
    var es = new EventSource(api + '/events?' + identity());
    // A proxy that buffers the stream delays even the first event: then poll instead.
    var gotFirst = false;
    var fallback = setTimeout(function () { if (!gotFirst) { es.close(); poll(); } }, 5000);
    es.addEventListener('thread', function (e) { gotFirst = true; clearTimeout(fallback); render(JSON.parse(e.data)); });
    es.onerror = function () { if (!gotFirst) { clearTimeout(fallback); es.close(); poll(); } };
  }
  function poll() {
    host.setAttribute('data-transport', 'poll');
    fetch(api + '/poll?' + identity() + '&seen=' + count, { mode: 'cors' })
      .then(function (r) {
        if (r.ok) return r.json();
        // Refused (origin, signature): polling again would not change that.
        if (r.status < 500) return r.json().then(function (b) { var e = new Error(b.message || String(r.status)); e.final = true; throw e; });
        throw new Error(String(r.status));
      })
      .then(function (view) { render(view); poll(); })
      .catch(function (e) { if (e.final) showError(e.message); else setTimeout(poll, 3000); });
  }

  function call(path, init) {
    return fetch(api + path + (path.indexOf('?') < 0 ? '?' : '&') + identity(), init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) { var e = new Error(body.message || String(r.status)); e.status = r.status; throw e; }
        return body;
      });
    });
  }
  function showError(text) { errorBox.textContent = text || ''; }

  function send(text, attachmentId, clientId, tries) {
    var body = { clientId: clientId, text: text, language: navigator.language };
    if (attachmentId) body.attachmentId = attachmentId;
    return call('/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function () { showError(''); })
      .catch(function (e) {
        // Retry what may not have arrived (same clientId: stored once); a 4xx will not get better.
        if (e.status && e.status < 500) { showError(e.message); return; }
        showError(t.failed);
        if (tries < 5) setTimeout(function () { send(text, attachmentId, clientId, tries + 1); }, 2000 * (tries + 1));
      });
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    send(text, null, randomId(), 0);
  });

  file.addEventListener('change', function () {
    var f = file.files && file.files[0];
    file.value = '';
    if (!f) return;
    if (f.size > MAX_BYTES) return showError(t.tooBig);
    if (TYPES.indexOf(f.type) < 0) return showError(t.badType);
    var text = input.value.trim();
    input.value = '';
    call('/attachments', { method: 'POST', headers: { 'content-type': f.type, 'x-file-name': encodeURIComponent(f.name) }, body: f })
      .then(function (r) { return send(text, r.id, randomId(), 0); })
      .catch(function (e) { showError(e.message); });
  });

  function open() {
    panel.hidden = false; launch.hidden = true; setStorage('open', '1');
    call('/thread', {}).then(render).then(startLive).catch(function (e) { showError(e.message); });
    input.focus();
  }
  function close() { panel.hidden = true; launch.hidden = false; setStorage('open', ''); launch.focus(); }
  launch.addEventListener('click', open);
  $('.close').addEventListener('click', close);
  root.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !panel.hidden) close(); });

  function mount() {
    document.body.appendChild(host);
    if (storage('open') === '1' || cfg.open === 'true') open();
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
