/* The copilot chat widget: one tag on any page of a shop,
 *
 *   <script src="https://COPILOT/widget.js" data-shop="my-shop" async></script>
 *
 * Plain JavaScript, no build step. It talks to the shopper API of the server it was loaded from
 * (POST /v1/shopper/messages, GET /v1/shopper/conversations/{id} and its /events stream), keeps the
 * conversation id and session token in localStorage (keyed by that server and data-shop) so the chat
 * survives reloads and navigation, and draws itself inside a shadow root: no CSS leaks in or out.
 *
 * Options (data- attributes of the tag): data-shop, data-color (accent colour), data-greeting,
 * data-title, data-customer-token (the shop's signed customer token: the shopper is verified).
 * The page may call window.copilotWidget.setCart({...}), .setCheckout({step, ...}), .identify(token),
 * .open(), .close(); calls queued before the script loaded, window.copilotWidget = [["setCart", {...}]],
 * are replayed. setCheckout reports the checkout step (and the cart) to POST /v1/shopper/checkout, then
 * again once the shopper has been idle as long as the shop's policy asks; an offer of help it gets
 * back is shown beside the launcher, and accepting it opens the chat it started (with a person, or
 * the assistant). setCheckout(null) stops watching. An anonymous visitor id, kept in localStorage,
 * counts the offers a shopper who is not signed in gets.
 * Everything the shopper or the page gives is data: drawn with textContent, never as HTML. */
(function () {
  "use strict";

  var script =
    document.currentScript ||
    document.querySelector('script[src*="widget.js"][data-shop]') ||
    document.querySelector('script[src*="widget.js"]');
  if (!script || window.__copilotWidgetLoaded) return;
  window.__copilotWidgetLoaded = true;

  var data = script.dataset || {};
  var API = new URL(script.src, location.href).origin;
  var SHOP = data.shop || "default";
  var KEY = "copilot-widget:" + API + ":" + SHOP;
  var HUMAN_REQUEST = "I'd like to talk to a person, please.";
  var GREETING = data.greeting || "Hi! Ask us about our products, your order, shipping or returns.";
  var TITLE = data.title || "Chat with us";
  var MAX_CHARS = 4000;

  var customerToken = data.customerToken || null;
  var saved = load();
  var cart = saved.cart || null;
  var seen = {}; // message ids already drawn
  var lastId = 0;
  var checkout = null; // {step} while the page is at checkout
  var idleSince = Date.now();
  var idleTimer = null;
  var offered = false; // an offer was shown (or asked for) at this step: no more reports for it
  var offer = null; // the offer on show
  var stream = null; // AbortController of the running events stream
  var retry = 1000;
  var historyLoaded = false;
  var sending = false;

  function load() {
    try {
      var raw = window.localStorage.getItem(KEY);
      var value = raw ? JSON.parse(raw) : {};
      return value && typeof value === "object" ? value : {};
    } catch (e) {
      return {};
    }
  }

  function visitorId() {
    // an anonymous id for this browser: the shop's policy counts the offers it gets
    if (!saved.visitorId || !/^[A-Za-z0-9_-]{8,64}$/.test(saved.visitorId)) {
      var bytes = new Uint8Array(12);
      window.crypto.getRandomValues(bytes);
      saved.visitorId =
        "v-" +
        Array.prototype.map
          .call(bytes, function (b) {
            return ("0" + b.toString(16)).slice(-2);
          })
          .join("");
      save();
    }
    return saved.visitorId;
  }

  function save() {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(saved));
    } catch (e) {
      /* private mode: the chat works, it just does not survive a reload */
    }
  }

  // -- the page's side: colours ------------------------------------------------------------------
  function rgb(value) {
    var probe = document.createElement("span");
    probe.style.color = value;
    if (!probe.style.color) return null;
    var sandbox = document.createElement("span");
    sandbox.style.display = "none";
    sandbox.appendChild(probe);
    document.documentElement.appendChild(sandbox);
    var parts = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g);
    sandbox.remove();
    return parts ? parts.slice(0, 3).map(Number) : null;
  }

  function luminance(c) {
    var l = c.map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }

  var accent = "#1d4ed8";
  var onAccent = "#ffffff";
  var parsed = data.color ? rgb(data.color) : null;
  if (parsed) {
    accent = "rgb(" + parsed.join(",") + ")";
    var lum = luminance(parsed);
    onAccent = (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.05) ? "#ffffff" : "#111111";
  }

  // -- the widget's own DOM, in a shadow root -----------------------------------------------------
  var host = document.createElement("copilot-chat");
  host.setAttribute("data-shop", SHOP);
  // inline !important beats the page's own !important rules on the host element
  host.style.cssText = "all: initial !important; display: block !important;";
  var root = host.attachShadow({ mode: "open" });

  var css =
    ":host { all: initial !important; }" +
    ".root { all: initial; position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;" +
    "  --accent: " + accent + "; --on-accent: " + onAccent + ";" +
    "  color: #1f2328; font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;" +
    "  text-align: left; letter-spacing: normal; text-transform: none; }" +
    ":where(.root *) { box-sizing: border-box; color: inherit; font: inherit; letter-spacing: inherit;" +
    "  text-transform: none; text-shadow: none; }" +
    "button, input { margin: 0; }" +
    ".launcher { display: flex; align-items: center; gap: 8px; padding: 12px 18px; border: 0;" +
    "  border-radius: 999px; background: var(--accent); color: var(--on-accent); font-weight: 600;" +
    "  cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }" +
    ".launcher[aria-expanded='true'] { display: none; }" +
    ".panel { display: flex; flex-direction: column; width: 370px; height: min(600px, calc(100vh - 40px));" +
    "  background: #ffffff; border-radius: 14px; overflow: hidden; box-shadow: 0 8px 30px rgba(0,0,0,.3);" +
    "  border: 1px solid #d0d7de; }" +
    ".panel[hidden] { display: none; }" +
    "header { display: flex; align-items: center; justify-content: space-between; padding: 12px 14px;" +
    "  background: var(--accent); color: var(--on-accent); }" +
    "h2 { margin: 0; font-size: 16px; font-weight: 700; }" +
    ".close { border: 0; background: transparent; color: var(--on-accent); font-size: 22px;" +
    "  line-height: 1; padding: 4px 8px; cursor: pointer; border-radius: 6px; }" +
    ".status { padding: 10px 14px; background: #fff8c5; border-bottom: 1px solid #e7d37a; color: #3b2f00; }" +
    ".status:empty { display: none; }" +
    ".log { flex: 1; overflow-y: auto; padding: 12px 14px; display: flex; flex-direction: column;" +
    "  gap: 8px; background: #f6f8fa; }" +
    ".msg { max-width: 85%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap;" +
    "  overflow-wrap: anywhere; background: #ffffff; border: 1px solid #d0d7de; align-self: flex-start; }" +
    ".msg .who { display: block; font-size: 12px; font-weight: 600; color: #57606a; }" +
    ".msg.customer { align-self: flex-end; background: var(--accent); color: var(--on-accent);" +
    "  border-color: transparent; }" +
    ".msg.customer .who { color: var(--on-accent); }" +
    ".msg.agent { border-color: var(--accent); }" +
    ".msg.event { align-self: center; background: transparent; border: 0; font-size: 13px; color: #57606a; }" +
    ".msg.failed { outline: 2px solid #cf222e; }" +
    ".typing { font-size: 13px; color: #57606a; }" +
    ".typing[hidden] { display: none; }" +
    "form { display: flex; gap: 8px; padding: 10px 14px; border-top: 1px solid #d0d7de; background: #fff; }" +
    "input { flex: 1; min-width: 0; padding: 9px 11px; border: 1px solid #8c959f; border-radius: 8px;" +
    "  background: #fff; color: #1f2328; }" +
    ".send { padding: 9px 14px; border: 0; border-radius: 8px; background: var(--accent);" +
    "  color: var(--on-accent); font-weight: 600; cursor: pointer; }" +
    ".human { margin: 0 14px 12px; padding: 8px; border: 1px solid var(--accent); border-radius: 8px;" +
    "  background: #fff; color: #1f2328; cursor: pointer; }" +
    ".human[hidden] { display: none; }" +
    ".optout { margin: -4px 14px 10px; padding: 0; border: 0; background: none; color: #57606a;" +
    "  font: inherit; font-size: 12px; text-decoration: underline; cursor: pointer; align-self: center; }" +
    ".optout[hidden] { display: none; }" +
    ".offer { position: absolute; right: 0; bottom: 62px; width: 300px; max-width: calc(100vw - 24px);" +
    "  padding: 12px 14px; background: #ffffff; border: 1px solid #d0d7de; border-radius: 12px;" +
    "  box-shadow: 0 6px 20px rgba(0,0,0,.25); }" +
    ".offer[hidden] { display: none; }" +
    ".offer p { margin: 0 0 10px; }" +
    ".offer-actions { display: flex; gap: 8px; flex-wrap: wrap; }" +
    ".offer-accept { padding: 8px 12px; border: 0; border-radius: 8px; background: var(--accent);" +
    "  color: var(--on-accent); font-weight: 600; cursor: pointer; }" +
    ".offer-dismiss { padding: 8px 12px; border: 1px solid #8c959f; border-radius: 8px; background: #fff;" +
    "  color: #1f2328; cursor: pointer; }" +
    "button:disabled { opacity: .6; cursor: default; }" +
    ":focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }" +
    ".sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;" +
    "  clip: rect(0,0,0,0); white-space: nowrap; border: 0; }" +
    "@media (max-width: 480px) {" +
    "  .root { right: 12px; bottom: 12px; }" +
    "  .root.open { inset: 0; right: 0; bottom: 0; }" +
    "  .panel { width: 100vw; height: 100vh; height: 100dvh; border-radius: 0; border: 0; }" +
    "}";

  root.innerHTML =
    "<style></style>" +
    '<div class="root" part="root">' +
    '<section class="offer" aria-label="Help with your checkout" aria-live="polite" hidden>' +
    '<p class="offer-text"></p><div class="offer-actions">' +
    '<button class="offer-accept" type="button"></button>' +
    '<button class="offer-dismiss" type="button">No thanks</button></div></section>' +
    '<button class="launcher" type="button" aria-haspopup="dialog" aria-expanded="false"' +
    ' aria-controls="copilot-panel"><span aria-hidden="true">\u{1F4AC}</span><span class="label"></span></button>' +
    '<div class="panel" id="copilot-panel" role="dialog" aria-modal="false" aria-labelledby="copilot-title" hidden>' +
    '<header><h2 id="copilot-title"></h2>' +
    '<button class="close" type="button" aria-label="Close chat">\u00D7</button></header>' +
    '<div class="status" role="status" aria-live="polite"></div>' +
    '<div class="log" role="log" aria-live="polite" aria-label="Conversation" tabindex="0"></div>' +
    '<p class="typing" hidden aria-hidden="true">\u2026</p>' +
    '<form novalidate><label class="sr-only" for="copilot-input">Your message</label>' +
    '<input id="copilot-input" type="text" autocomplete="off" maxlength="' + MAX_CHARS + '"' +
    ' placeholder="Type your message">' +
    '<button class="send" type="submit">Send</button></form>' +
    '<button class="human" type="button">Talk to a person</button>' +
    '<button class="optout" type="button" hidden>Stop messages from us</button>' +
    "</div></div>";
  root.querySelector("style").textContent = css;

  var shell = root.querySelector(".root");
  var launcher = root.querySelector(".launcher");
  var panel = root.querySelector(".panel");
  var closeButton = root.querySelector(".close");
  var statusBox = root.querySelector(".status");
  var log = root.querySelector(".log");
  var typing = root.querySelector(".typing");
  var form = root.querySelector("form");
  var input = root.querySelector("input");
  var sendButton = root.querySelector(".send");
  var humanButton = root.querySelector(".human");
  var optOutButton = root.querySelector(".optout");
  var offerBox = root.querySelector(".offer");
  var offerText = root.querySelector(".offer-text");
  var offerAccept = root.querySelector(".offer-accept");
  var offerDismiss = root.querySelector(".offer-dismiss");
  launcher.querySelector(".label").textContent = TITLE;
  root.querySelector("h2").textContent = TITLE;

  // -- drawing messages --------------------------------------------------------------------------
  var WHO = { customer: "You", bot: "Assistant", agent: "Support team", event: "" };

  function bubble(role, text) {
    var item = document.createElement("div");
    item.className = "msg " + role;
    if (WHO[role]) {
      var who = document.createElement("span");
      who.className = "who";
      who.textContent = WHO[role];
      item.appendChild(who);
    }
    item.appendChild(document.createTextNode(text));
    return item;
  }

  function greet() {
    if (!log.querySelector(".greeting")) {
      var item = bubble("bot", GREETING);
      item.classList.add("greeting");
      log.insertBefore(item, log.firstChild);
    }
  }

  function draw(message) {
    // a message of the thread, once, in id order
    if (!message || typeof message.id !== "number" || seen[message.id]) return;
    seen[message.id] = true;
    var item = bubble(message.role, String(message.text));
    item.dataset.id = String(message.id);
    var later = null;
    var drawn = log.querySelectorAll(".msg[data-id]");
    for (var i = 0; i < drawn.length; i++) {
      if (Number(drawn[i].dataset.id) > message.id) {
        later = drawn[i];
        break;
      }
    }
    log.insertBefore(item, later || log.querySelector(".msg.pending"));
    if (message.id > lastId) lastId = message.id;
    log.scrollTop = log.scrollHeight;
  }

  function setStatus(text) {
    statusBox.textContent = text || "";
  }

  function handledBy(who, escalatedReply) {
    if (who === "agent" || escalatedReply) {
      humanButton.hidden = true;
      setStatus(
        escalatedReply
          ? "A person will answer here. " + lastSentence(escalatedReply)
          : "A person from our team will answer here; their replies appear in this chat."
      );
    } else {
      humanButton.hidden = false;
      setStatus("");
    }
  }

  function lastSentence(text) {
    // the escalation reply ends by saying when to expect a person
    var sentences = String(text).match(/[^.!?]+[.!?]+/g) || [String(text)];
    return sentences[sentences.length - 1].trim();
  }

  // -- the API -----------------------------------------------------------------------------------
  function headers(extra) {
    var h = extra || {};
    if (saved.sessionToken) h["X-Session-Token"] = saved.sessionToken;
    if (customerToken) h["X-Customer-Token"] = customerToken;
    return h;
  }

  function forget() {
    // the stored conversation is not this shopper's (or is gone): start afresh
    saved.conversationId = null;
    saved.sessionToken = null;
    save();
    if (stream) stream.abort();
    stream = null;
    seen = {};
    lastId = 0;
    log.querySelectorAll(".msg[data-id]").forEach(function (el) {
      el.remove();
    });
    handledBy("bot");
  }

  function readHistory() {
    if (!saved.conversationId) return Promise.resolve();
    return fetch(API + "/v1/shopper/conversations/" + encodeURIComponent(saved.conversationId), {
      headers: headers(),
    }).then(function (response) {
      if (response.status === 403 || response.status === 404) {
        forget();
        return;
      }
      if (!response.ok) return;
      return response.json().then(function (thread) {
        thread.messages.forEach(draw);
        handledBy(thread.handled_by);
        listen();
      });
    });
  }

  function listen() {
    // the thread's new messages, live (fetch, since an EventSource cannot send the token header)
    if (stream || !saved.conversationId || !window.ReadableStream) return;
    var controller = new AbortController();
    stream = controller;
    var url =
      API + "/v1/shopper/conversations/" + encodeURIComponent(saved.conversationId) + "/events?after=" + lastId;
    fetch(url, { headers: headers({ Accept: "text/event-stream" }), signal: controller.signal })
      .then(function (response) {
        if (response.status === 403) {
          forget();
          return;
        }
        if (!response.ok || !response.body) throw new Error("stream " + response.status);
        retry = 1000;
        var reader = response.body.getReader();
        var decoder = new TextDecoder();
        var buffer = "";
        function pump() {
          return reader.read().then(function (chunk) {
            if (chunk.done) return;
            buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, "\n");
            var blocks = buffer.split("\n\n");
            buffer = blocks.pop();
            blocks.forEach(onEvent);
            return pump();
          });
        }
        return pump();
      })
      .catch(function () {
        /* dropped: reconnect below */
      })
      .then(function () {
        if (stream !== controller) return; // forgotten or replaced
        stream = null;
        if (saved.conversationId) {
          setTimeout(listen, retry);
          retry = Math.min(retry * 2, 30000);
        }
      });
  }

  function onEvent(block) {
    var name = "message";
    var payload = "";
    block.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) name = line.slice(6).trim();
      else if (line.indexOf("data:") === 0) payload += line.slice(5).trim();
    });
    if (name !== "message" || !payload) return;
    try {
      var message = JSON.parse(payload);
    } catch (e) {
      return;
    }
    draw(message);
    if (message.role === "agent" || message.role === "event") {
      readStatus();
    }
  }

  function readStatus() {
    // who answers next, after a person joined, replied or handed back
    fetch(API + "/v1/shopper/conversations/" + encodeURIComponent(saved.conversationId), {
      headers: headers(),
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (thread) {
        if (thread) handledBy(thread.handled_by);
      })
      .catch(function () {});
  }

  function send(text) {
    text = String(text || "").trim().slice(0, MAX_CHARS);
    if (!text || sending) return;
    sending = true;
    sendButton.disabled = humanButton.disabled = true;
    var pending = bubble("customer", text);
    pending.classList.add("pending");
    log.appendChild(pending);
    log.scrollTop = log.scrollHeight;
    typing.hidden = false;
    var body = { text: text };
    if (saved.conversationId) {
      body.conversation_id = saved.conversationId;
      if (saved.sessionToken) body.session_token = saved.sessionToken;
    }
    if (cart) body.cart = cart;
    fetch(API + "/v1/shopper/messages", {
      method: "POST",
      headers: headers({ "Content-Type": "application/json" }),
      body: JSON.stringify(body),
    })
      .then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok) throw new Error((answer && answer.detail) || "the message was not sent");
          return answer;
        });
      })
      .then(function (turn) {
        if (turn.conversation_id !== saved.conversationId) {
          saved.conversationId = turn.conversation_id;
          saved.sessionToken = turn.session_token || null;
          save();
        }
        handledBy(turn.handled_by, turn.action === "escalate" ? turn.reply : null);
        // the stored thread (with ids) replaces what was drawn while waiting
        return fetch(API + "/v1/shopper/conversations/" + encodeURIComponent(saved.conversationId), {
          headers: headers(),
        })
          .then(function (response) {
            return response.ok ? response.json() : { messages: [] };
          })
          .then(function (thread) {
            pending.remove();
            thread.messages.forEach(draw);
            listen();
          });
      })
      .catch(function (error) {
        pending.classList.remove("pending");
        pending.classList.add("failed");
        var note = bubble("event", "Not sent: " + (error && error.message ? error.message : "try again") + ".");
        log.appendChild(note);
      })
      .then(function () {
        sending = false;
        typing.hidden = true;
        sendButton.disabled = humanButton.disabled = false;
      });
  }

  // -- opening, closing, the keyboard ------------------------------------------------------------
  function open(focus) {
    hideOffer(); // chatting now: the offer is moot
    panel.hidden = false;
    shell.classList.add("open");
    launcher.setAttribute("aria-expanded", "true");
    saved.open = true;
    save();
    greet();
    if (!historyLoaded) {
      historyLoaded = true;
      readHistory().catch(function () {});
    }
    if (focus !== false) input.focus(); // not when a reload reopens it: the page keeps its focus
  }

  function close() {
    panel.hidden = true;
    shell.classList.remove("open");
    launcher.setAttribute("aria-expanded", "false");
    saved.open = false;
    save();
    launcher.focus();
  }

  launcher.addEventListener("click", open);
  closeButton.addEventListener("click", close);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim() || sending) return;
    input.value = "";
    send(text);
  });
  humanButton.addEventListener("click", function () {
    send(HUMAN_REQUEST);
  });
  // a signed-in shopper can stop every message the shop sends them (alerts on WhatsApp, SMS, ...)
  optOutButton.hidden = !customerToken;
  optOutButton.addEventListener("click", function () {
    // not disabled while it saves: a disabled button drops the keyboard focus (saving twice is harmless)
    fetch(API + "/v1/shopper/consent", {
      method: "POST",
      headers: headers({ "Content-Type": "application/json" }),
      body: JSON.stringify({ status: "opted_out" }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        optOutButton.textContent = "You won't get messages from us any more";
      })
      .catch(function () {
        setStatus("Couldn't save that; please try again.");
      });
  });

  // -- what the page may tell the widget ---------------------------------------------------------
  function clip(value, limit) {
    return typeof value === "string" && value.trim() ? value.trim().slice(0, limit) : undefined;
  }

  function number(value, min, max) {
    var n = Number(value);
    var given = value !== null && value !== undefined && value !== "";
    return given && isFinite(n) && n >= min && n <= max ? n : undefined;
  }

  function setCart(value) {
    // only what the API accepts (a bad cart must never stop the chat)
    if (!value || typeof value !== "object") {
      cart = null;
    } else {
      var items = Array.isArray(value.items) ? value.items : [];
      cart = {
        items: items
          .map(function (item) {
            var name = item && clip(item.name, 200);
            if (!name) return null;
            var line = { name: name, quantity: Math.floor(number(item.quantity, 1, 10000) || 1) };
            var price = number(item.price, 0, 1000000);
            if (price !== undefined) line.price = price;
            return line;
          })
          .filter(Boolean)
          .slice(0, 50),
      };
      var total = number(value.value, 0, 10000000);
      if (total !== undefined) cart.value = total;
      var currency = clip(value.currency, 3);
      if (currency && /^[A-Za-z]{3}$/.test(currency)) cart.currency = currency.toUpperCase();
      var step = clip(value.step, 40);
      if (step) cart.step = step;
    }
    saved.cart = cart;
    save();
  }

  // -- help at checkout: report the step, wait while the shopper is idle, show an offer ------------
  function setCheckout(value) {
    var step = value && typeof value === "object" ? clip(value.step, 40) : undefined;
    if (!step) {
      checkout = null;
      clearTimeout(idleTimer);
      return;
    }
    if (value.items !== undefined || value.value !== undefined) setCart(value);
    else if (cart) {
      cart.step = step;
      saved.cart = cart;
      save();
    }
    if (!checkout || checkout.step !== step) offered = false;
    checkout = { step: step };
    idleSince = Date.now();
    reportCheckout();
  }

  function reportCheckout() {
    clearTimeout(idleTimer);
    if (!checkout || offered || !panel.hidden) return; // chatting already, or offered at this step
    var body = {
      visitor_id: visitorId(),
      step: checkout.step,
      idle_seconds: Math.max(0, Math.round((Date.now() - idleSince) / 100) / 10),
    };
    if (cart) body.cart = cart;
    var step = checkout.step;
    fetch(API + "/v1/shopper/checkout", {
      method: "POST",
      headers: headers({ "Content-Type": "application/json" }),
      body: JSON.stringify(body),
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (decision) {
        if (!decision || !checkout || checkout.step !== step) return;
        if (decision.offer) {
          offered = true;
          showOffer(decision.offer);
        } else if (typeof decision.report_again_at_idle === "number") {
          waitIdle(decision.report_again_at_idle);
        }
      })
      .catch(function () {
        /* no offer this time: checkout goes on as before */
      });
  }

  function waitIdle(seconds) {
    // report again once the shopper has been idle that long (activity starts the wait over)
    checkout.waitFor = seconds;
    clearTimeout(idleTimer);
    var left = seconds * 1000 - (Date.now() - idleSince);
    idleTimer = setTimeout(reportCheckout, Math.max(0, left) + 50);
  }

  function active() {
    idleSince = Date.now();
    if (checkout && !offered && typeof checkout.waitFor === "number") waitIdle(checkout.waitFor);
  }

  ["pointerdown", "keydown", "scroll", "input", "touchstart"].forEach(function (name) {
    document.addEventListener(name, active, { capture: true, passive: true });
  });

  function showOffer(value) {
    offer = value;
    offerText.textContent = String(value.message || "");
    offerAccept.textContent = value.kind === "person" ? "Chat with a person" : "Chat with our assistant";
    offerBox.hidden = false;
  }

  function hideOffer() {
    offer = null;
    offerBox.hidden = true;
  }

  function acceptOffer() {
    if (!offer) return;
    var taken = offer;
    offerAccept.disabled = offerDismiss.disabled = true;
    fetch(API + "/v1/shopper/checkout/offers/" + encodeURIComponent(taken.offer_id) + "/accept", {
      method: "POST",
      headers: headers({ "Content-Type": "application/json" }),
      body: JSON.stringify({ visitor_id: visitorId() }),
    })
      .then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok) throw new Error((answer && answer.detail) || "the offer could not be accepted");
          return answer;
        });
      })
      .then(function (accepted) {
        hideOffer();
        forget(); // the conversation the offer opened replaces any earlier one
        saved.conversationId = accepted.conversation_id;
        saved.sessionToken = accepted.session_token;
        save();
        historyLoaded = false;
        open(true);
      })
      .catch(function () {
        hideOffer();
        open(true);
      })
      .then(function () {
        offerAccept.disabled = offerDismiss.disabled = false;
      });
  }

  offerAccept.addEventListener("click", acceptOffer);
  offerDismiss.addEventListener("click", hideOffer);

  function identify(token) {
    customerToken = token ? String(token) : null;
    if (historyLoaded && saved.conversationId) {
      if (stream) stream.abort();
      stream = null;
      readHistory().catch(function () {});
    }
  }

  var api = {
    open: function () {
      open(true);
    },
    close: close,
    setCart: setCart,
    setCheckout: setCheckout,
    identify: identify,
    send: send,
  };
  var queued = Array.isArray(window.copilotWidget) ? window.copilotWidget : [];
  window.copilotWidget = api;

  function start() {
    document.body.appendChild(host);
    queued.forEach(function (call) {
      if (call && typeof api[call[0]] === "function") api[call[0]].apply(null, call.slice(1));
    });
    if (saved.open) open(false);
    else if (saved.conversationId) {
      // a person may answer while the panel is closed: read the thread and listen
      historyLoaded = true;
      greet();
      readHistory().catch(function () {});
    }
    window.dispatchEvent(new CustomEvent("copilot-widget:ready"));
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
