// The agent console: sign in with an agent key, the live queue, a conversation with its handoff packet
// and suggested replies, knowledge search, and the report. Views are chosen by the URL hash:
// #/queue, #/handoff/PACKET_ID, #/report.

import { api, key, stream, ApiError } from "./api.js";
import { $, el, duration, time } from "./dom.js";
import { showReport } from "./report.js";

const state = {
  me: null,
  queues: new Map(), // queue id -> {name, response_time, target_seconds}
  items: new Map(), // packet id -> handoff record (without packet) + summary fields
  queueStream: null,
  conversation: null, // {record, detail, abort}
};

const VIEWS = ["sign-in", "queue-view", "conversation-view", "report-view"];

function say(text) {
  $("#status").textContent = text;
}

function fail(error) {
  if (error instanceof ApiError && error.status === 401) {
    key.clear();
    route();
  }
  say(error.message || String(error));
}

function show(view) {
  for (const id of VIEWS) $(`#${id}`).hidden = id !== view;
  const signedIn = view !== "sign-in";
  $("#nav").hidden = !signedIn;
  $("#me").hidden = !signedIn;
  for (const link of document.querySelectorAll("#nav a")) {
    const current = (view === "report-view") === (link.dataset.view === "report");
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

// -- signing in and presence --------------------------------------------------------------------
async function signIn(event) {
  event.preventDefault();
  const typed = $("#key").value.trim();
  key.set(typed);
  try {
    state.me = await api("GET", "/v1/agents/me");
  } catch (error) {
    key.clear();
    $("#sign-in-error").textContent =
      error instanceof ApiError && error.status === 403 ? "This is not an agent key." : error.message;
    return;
  }
  $("#key").value = "";
  $("#sign-in-error").textContent = "";
  if (!location.hash || location.hash === "#/") location.hash = "#/queue";
  else route();
}

function signOut() {
  key.clear();
  state.me = null;
  state.queueStream?.abort();
  state.queueStream = null;
  closeConversation();
  location.hash = "";
  route();
}

function showMe() {
  $("#agent-name").textContent = state.me.name;
  const button = $("#presence");
  button.setAttribute("aria-pressed", String(state.me.online));
  button.textContent = state.me.online ? "Online" : "Offline";
  button.setAttribute("aria-label", state.me.online ? "Online: go offline" : "Offline: go online");
}

async function togglePresence() {
  try {
    state.me = await api("PUT", "/v1/agents/me/presence", { online: !state.me.online });
    showMe();
    say(state.me.online ? "You are online: handoffs can be claimed." : "You are offline.");
  } catch (error) {
    fail(error);
  }
}

// -- the queue ----------------------------------------------------------------------------------
async function loadQueue() {
  if (!state.queues.size) {
    for (const q of await api("GET", "/v1/queues")) state.queues.set(q.id, q);
    const filter = $("#queue-filter");
    for (const [id, q] of state.queues) filter.append(el("option", { value: id }, q.name));
  }
  const [queued, assigned] = await Promise.all([
    api("GET", "/v1/handoffs?status=queued"),
    api("GET", "/v1/handoffs?status=assigned"),
  ]);
  state.items.clear();
  for (const record of [...queued, ...assigned]) state.items.set(record.packet_id, record);
  renderQueue();
  if (!state.queueStream) {
    state.queueStream = new AbortController();
    stream("/v1/handoffs/events", {
      signal: state.queueStream.signal,
      onEvent: (event) => event.event === "handoff" && onHandoff(JSON.parse(event.data)),
      onState: (s) => {
        $("#live-state").textContent =
          s === "live" ? "Live: new handoffs appear here." : "Live updates interrupted; reconnecting…";
      },
    });
  }
}

async function onHandoff(change) {
  if (change.status === "resolved" || change.status === "handed_back") {
    state.items.delete(change.packet_id);
  } else {
    const known = state.items.get(change.packet_id);
    const record = known ? { ...known, ...change } : await api("GET", `/v1/handoffs/${change.packet_id}`);
    state.items.set(change.packet_id, record);
    if (!known) say(`New handoff in ${queueName(record.queue)}.`);
  }
  renderQueue();
  if (state.conversation && state.conversation.record.packet_id === change.packet_id) {
    state.conversation.record = { ...state.conversation.record, ...change };
    renderControls();
  }
}

function queueName(id) {
  return state.queues.get(id)?.name || id;
}

const RANK = { urgent: 3, high: 2, normal: 1, low: 0 };

function renderQueue() {
  const filter = $("#queue-filter").value;
  const items = [...state.items.values()]
    .filter((r) => !filter || r.queue === filter)
    .sort((a, b) => RANK[b.priority] - RANK[a.priority] || a.created_at.localeCompare(b.created_at));
  $("#queue").replaceChildren(...items.map(queueItem));
  $("#queue-empty").hidden = items.length > 0;
}

function waiting(record) {
  const waited = (Date.now() - Date.parse(record.created_at)) / 1000;
  const target = state.queues.get(record.queue)?.target_seconds;
  return { waited, target, late: target ? waited > target : false };
}

function queueItem(record) {
  const packet = record.packet || {};
  const { waited, target, late } = waiting(record);
  const reasons = (packet.reasons || []).map((r) => r.rule.replaceAll("_", " "));
  const mine = record.agent_id && state.me && record.agent_id === state.me.agent_id;
  const title = packet.summary || `Conversation ${record.conversation_id}`;
  return el(
    "li",
    { class: `item priority-${record.priority}`, "data-packet": record.packet_id },
    el("div", { class: "item-head" },
      el("span", { class: `badge priority-${record.priority}` }, record.priority),
      el("span", { class: "queue-name" }, queueName(record.queue)),
      el("span", { class: `badge ${record.status}` }, mine ? "yours" : record.status),
    ),
    el("a", { href: `#/handoff/${record.packet_id}`, class: "item-title" }, title),
    el("p", { class: "reasons" }, reasons.length ? `Why: ${reasons.join(", ")}` : ""),
    el("p", { class: `waiting${late ? " late" : ""}` }, waitingText(waited, target, late)),
    target
      ? el("meter", { min: 0, max: target, value: Math.min(waited, target), "aria-label": "Time waited against the target" })
      : null,
    record.status === "queued"
      ? el("button", { type: "button", onclick: () => claim(record.packet_id) }, "Claim")
      : null,
  );
}

function waitingText(waited, target, late) {
  const of = target ? ` of ${duration(target)} target` : "";
  return `Waiting ${duration(waited)}${of}${late ? " (over target)" : ""}`;
}

// the waiting clocks move without rebuilding the list (which would take the keyboard focus away)
function refreshClocks() {
  for (const item of document.querySelectorAll("#queue li[data-packet]")) {
    const record = state.items.get(item.dataset.packet);
    if (!record) continue;
    const { waited, target, late } = waiting(record);
    const line = item.querySelector(".waiting");
    line.textContent = waitingText(waited, target, late);
    line.classList.toggle("late", late);
    const meter = item.querySelector("meter");
    if (meter) meter.value = Math.min(waited, target);
  }
}

async function claim(packetId) {
  try {
    const record = await api("POST", `/v1/handoffs/${packetId}/claim`);
    state.items.set(record.packet_id, record);
    say("Claimed: you own the conversation.");
    location.hash = `#/handoff/${packetId}`;
  } catch (error) {
    fail(error);
  }
}

async function takeNext() {
  try {
    const record = await api("POST", "/v1/handoffs/next");
    if (record === null) {
      say("Nothing waits in your queues.");
      return;
    }
    say("Claimed the next handoff.");
    location.hash = `#/handoff/${record.packet_id}`;
  } catch (error) {
    fail(error);
  }
}

// -- a conversation -----------------------------------------------------------------------------
function closeConversation() {
  state.conversation?.abort.abort();
  state.conversation = null;
}

async function openConversation(packetId) {
  if (state.conversation?.record.packet_id === packetId) return;
  closeConversation();
  const record = await api("GET", `/v1/handoffs/${packetId}`);
  const detail = await api("GET", `/v1/conversations/${record.conversation_id}`);
  const abort = new AbortController();
  state.conversation = { record, detail, abort };
  $("#conversation-title").textContent = `Conversation: ${queueName(record.queue)}`;
  $("#thread").replaceChildren(...detail.messages.map(message));
  $("#reply").value = "";
  $("#decision").textContent = "";
  $("#search-results").replaceChildren();
  renderPacket(record.packet);
  renderSuggestions();
  renderControls();
  const last = detail.messages.at(-1);
  stream(`/v1/conversations/${record.conversation_id}/events${last ? `?after=${last.id}` : ""}`, {
    signal: abort.signal,
    onEvent: (event) => event.event === "message" && onMessage(JSON.parse(event.data)),
  });
}

async function onMessage(msg) {
  const conversation = state.conversation;
  if (!conversation || $(`#thread [data-id="${msg.id}"]`)) return;
  $("#thread").append(message(msg));
  if (msg.role === "customer") {
    // the draft with suggestions is stored with the message: read it
    conversation.detail = await api("GET", `/v1/conversations/${conversation.record.conversation_id}`);
    renderSuggestions();
  }
}

const WHO = { customer: "Customer", bot: "Bot", agent: "Agent", event: "" };

function message(msg) {
  return el(
    "li",
    { class: `msg ${msg.role}`, "data-id": msg.id },
    el("span", { class: "who" }, WHO[msg.role] ?? msg.role, msg.role === "event" ? "" : " · ", time(msg.created_at)),
    el("p", {}, msg.text),
  );
}

function renderControls() {
  const { record } = state.conversation;
  const mine = record.status === "assigned" && record.agent_id === state.me.agent_id;
  const open = record.status === "queued" || record.status === "assigned";
  $("#conversation-state").textContent = mine ? "yours" : record.status.replace("_", " ");
  $("#claim").hidden = record.status !== "queued";
  $("#resolve").hidden = !open || (record.status === "assigned" && !mine);
  $("#handback").hidden = !open || (record.status === "assigned" && !mine);
  $("#reply-form").hidden = !mine;
  $("#reject").hidden = !mine || !pendingDraft();
}

function pendingDraft() {
  const drafts = state.conversation?.detail.drafts || [];
  const latest = drafts.filter((d) => d.outcome === "suggested").at(-1);
  return latest && !latest.decision && latest.result.suggestions.length ? latest : null;
}

function renderSuggestions() {
  const draft = pendingDraft();
  const list = $("#suggestions");
  $("#no-suggestions").hidden = Boolean(draft);
  if (!draft) {
    list.replaceChildren();
    if (state.conversation) renderControls();
    return;
  }
  const citations = draft.result.citations || [];
  list.replaceChildren(
    ...draft.result.suggestions.map((text, i) =>
      el(
        "li",
        { class: "suggestion" },
        el("p", { id: `suggestion-${i}` }, text),
        citations.length
          ? el("p", { class: "hint" }, "Sources: ",
            ...citations.map((c) => passageLink(c)))
          : null,
        el("button", { type: "button", "aria-describedby": `suggestion-${i}`, onclick: () => useSuggestion(text, false) }, "Accept"),
        el("button", { type: "button", "aria-describedby": `suggestion-${i}`, onclick: () => useSuggestion(text, true) }, "Edit"),
      ),
    ),
  );
  if (state.conversation) renderControls();
}

function useSuggestion(text, editing) {
  const box = $("#reply");
  box.value = text;
  box.focus();
  if (editing) box.setSelectionRange(text.length, text.length);
  else $("#send").focus();
  say(editing ? "The suggestion is in the reply box: edit it, then send." : "Ready to send as it is.");
}

async function send(event) {
  event.preventDefault();
  const { record } = state.conversation;
  const text = $("#reply").value.trim();
  if (!text) return;
  try {
    const decision = await api("POST", `/v1/conversations/${record.conversation_id}/replies`, { text });
    $("#reply").value = "";
    const distance = decision.choice === "edited" ? ` (${decision.edit_distance} characters changed)` : "";
    $("#decision").textContent = `Sent; recorded as ${decision.choice}${distance}.`;
    state.conversation.detail = await api("GET", `/v1/conversations/${record.conversation_id}`);
    renderSuggestions();
  } catch (error) {
    fail(error);
  }
}

async function reject() {
  const { record } = state.conversation;
  try {
    const decision = await api("POST", `/v1/conversations/${record.conversation_id}/suggestions/reject`);
    $("#decision").textContent = `Suggestions ${decision.choice}.`;
    state.conversation.detail = await api("GET", `/v1/conversations/${record.conversation_id}`);
    renderSuggestions();
  } catch (error) {
    fail(error);
  }
}

async function closeHandoff(move) {
  const { record } = state.conversation;
  try {
    state.conversation.record = await api("POST", `/v1/handoffs/${record.packet_id}/${move}`);
    renderControls();
    say(move === "resolve" ? "Resolved: the bot answers the next message." : "Handed back to the bot.");
  } catch (error) {
    fail(error);
  }
}

async function claimOpen() {
  const { record } = state.conversation;
  try {
    state.conversation.record = await api("POST", `/v1/handoffs/${record.packet_id}/claim`);
    renderControls();
    say("Claimed: you own the conversation.");
    $("#reply").focus();
  } catch (error) {
    fail(error);
  }
}

// -- the handoff packet ---------------------------------------------------------------------------
function field(term, ...value) {
  return [el("dt", {}, term), el("dd", {}, ...value)];
}

function passageLink(item) {
  const label = item.title || item.id;
  if (item.kind !== "passage") return el("span", { class: "cite" }, `${item.kind} ${label}`);
  return el("button", {
    type: "button",
    class: "link cite",
    "aria-label": `Show passage ${label}`,
    onclick: () => findPassage(item),
  }, label);
}

function renderPacket(packet) {
  const c = packet.customer;
  const who = c.name || (c.customer_id ? c.customer_id : "unknown customer");
  const verified = c.verified ? `verified (${c.verified_by})` : "not verified";
  const customer = [who, c.email, c.tier && `${c.tier} tier`, c.lifetime_value != null && `lifetime $${c.lifetime_value}`]
    .filter(Boolean).join(" · ");
  const list = (items, render) => (items.length ? el("ul", {}, ...items.map((x) => el("li", {}, ...[render(x)].flat()))) : "none");
  $("#packet-body").replaceChildren(
    el("dl", { class: "facts" },
      field("Summary", packet.summary),
      field("Reasons", list(packet.reasons, (r) => `${r.rule.replaceAll("_", " ")}: ${r.detail}`)),
      field("Priority", `${packet.priority} · ${queueName(packet.queue)}`),
      field("Customer", customer, el("br"), verified),
      field("Intent", `${packet.intent} · ${packet.sentiment.label} (frustration ${packet.sentiment.frustration.toFixed(2)})`),
      field("Orders", list(packet.orders, (o) =>
        `${o.order_id}: ${o.status}${o.total != null ? `, ${o.total} ${o.currency}` : ""}${o.items.length ? ` (${o.items.join("; ")})` : ""}${o.tracking_numbers.length ? `, tracking ${o.tracking_numbers.join(", ")}` : ""}`)),
      field("Knowledge used", list(packet.knowledge, (k) => [passageLink(k), k.cited ? " (cited)" : " (retrieved)"])),
      field("The bot already said", list(packet.bot_said, (s) => s)),
      packet.cart_total != null ? field("Cart", `$${packet.cart_total}`) : [],
    ),
  );
}

// -- knowledge search -----------------------------------------------------------------------------
async function search(query, highlight) {
  const hits = await api("GET", `/v1/knowledge/search?q=${encodeURIComponent(query)}&k=5`);
  $("#search-results").replaceChildren(
    ...hits.map((hit) => {
      const p = hit.passage;
      const current = highlight && p.key === highlight;
      return el(
        "li",
        { class: `result${current ? " current" : ""}`, "aria-current": current ? "true" : null },
        el("h3", {}, p.title || p.key),
        el("p", { class: "hint" }, `${p.source} · ${p.key}`),
        el("p", { class: "passage" }, p.text),
        el("button", { type: "button", "aria-label": `Insert ${p.title || p.key} into the reply`, onclick: () => insert(p.text) }, "Insert into reply"),
      );
    }),
  );
  if (!hits.length) $("#search-results").append(el("li", { class: "hint" }, "No passage found."));
}

async function findPassage(item) {
  const query = item.title || item.id;
  $("#search-q").value = query;
  try {
    await search(query, item.id);
    const shown = $("#search-results .current") || $("#search-results li");
    shown?.scrollIntoView({ block: "nearest" });
    say(`Showing the passage ${query}.`);
  } catch (error) {
    fail(error);
  }
}

function insert(text) {
  const box = $("#reply");
  box.value = box.value ? `${box.value.trimEnd()}\n\n${text}` : text;
  box.focus();
  say("Passage inserted into the reply.");
}

// -- routing --------------------------------------------------------------------------------------
async function route() {
  if (!key.get()) {
    show("sign-in");
    $("#key").focus();
    return;
  }
  try {
    if (!state.me) state.me = await api("GET", "/v1/agents/me");
    showMe();
    const hash = location.hash || "#/queue";
    if (hash.startsWith("#/handoff/")) {
      show("conversation-view");
      await loadQueueOnce();
      await openConversation(decodeURIComponent(hash.slice("#/handoff/".length)));
    } else if (hash === "#/report") {
      closeConversation();
      show("report-view");
      await showReport();
    } else {
      closeConversation();
      show("queue-view");
      await loadQueue();
    }
  } catch (error) {
    fail(error);
  }
}

async function loadQueueOnce() {
  if (!state.queueStream) await loadQueue();
}

function bind() {
  $("#sign-in-form").addEventListener("submit", signIn);
  $("#sign-out").addEventListener("click", signOut);
  $("#presence").addEventListener("click", togglePresence);
  $("#queue-filter").addEventListener("change", renderQueue);
  $("#take-next").addEventListener("click", takeNext);
  $("#claim").addEventListener("click", claimOpen);
  $("#resolve").addEventListener("click", () => closeHandoff("resolve"));
  $("#handback").addEventListener("click", () => closeHandoff("handback"));
  $("#reject").addEventListener("click", reject);
  $("#reply-form").addEventListener("submit", send);
  $("#search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    search($("#search-q").value.trim()).catch(fail);
  });
  $("#report-days").addEventListener("change", () => showReport().catch(fail));
  window.addEventListener("hashchange", route);
  setInterval(refreshClocks, 15000);
}

bind();
route();
