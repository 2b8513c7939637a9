// The report page: escalations by rule, what agents did with suggestions, time to the first agent
// reply and handle time, and proactive help at checkout (offers, acceptances, carts saved), as inline
// SVG bar charts with the numbers also in text.

import { api } from "./api.js";
import { $, el, svg, duration } from "./dom.js";

const RULES = {
  customer_requested_human: "Customer asked for a person",
  low_confidence: "Low confidence",
  frustration: "Frustration",
  sensitive_topic: "Sensitive topic",
  repeated_failure: "Repeated failure",
  out_of_scope: "Out of scope",
  valuable_customer: "Valuable customer",
  model_proposed: "Model proposed",
};

// A horizontal bar chart: one row per {label, value, text}; `title` names it for screen readers.
function bars(title, rows) {
  const width = 560;
  const labelWidth = 210;
  const row = 28;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = Math.max(row, rows.length * row);
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": `${title}: ${rows.map((r) => `${r.label} ${r.text}`).join(", ") || "no data"}`,
    class: "chart",
  });
  rows.forEach((r, i) => {
    const y = i * row;
    const barWidth = ((width - labelWidth - 90) * r.value) / max;
    chart.append(
      svg("text", { x: 0, y: y + 18, class: "chart-label" }, r.label),
      svg("rect", { x: labelWidth, y: y + 5, width: Math.max(barWidth, 1), height: row - 10, class: "chart-bar" }),
      svg("text", { x: labelWidth + barWidth + 6, y: y + 18, class: "chart-value" }, r.text),
    );
  });
  return chart;
}

const count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function card(title, ...body) {
  return el("section", { class: "card", "aria-label": title }, el("h2", {}, title), ...body);
}

export async function showReport() {
  const days = $("#report-days").value;
  const body = $("#report-body");
  body.replaceChildren(el("p", { class: "hint" }, "Loading…"));
  const query = days ? `?days=${days}` : "";
  const [report, proactive] = await Promise.all([
    api("GET", `/v1/reports/handoffs${query}`),
    api("GET", `/v1/reports/proactive${query}`),
  ]);
  const statuses = Object.entries(report.by_status).map(([s, n]) => `${n} ${s.replace("_", " ")}`);
  const decided = report.decisions.reduce((sum, d) => sum + d.count, 0);
  const timing = (name, d) =>
    el("p", {}, `${name}: median ${duration(d.median_seconds)}, 90th percentile ${duration(d.p90_seconds)} `,
      el("span", { class: "hint" }, `(${count(d.count, "handoff")})`));
  body.replaceChildren(
    card(
      "Escalations by rule",
      el("p", {}, `${count(report.handoffs, "handoff")}${statuses.length ? `: ${statuses.join(", ")}` : ""}.`),
      bars(
        "Escalations by rule",
        report.escalations_by_rule.map((r) => ({ label: RULES[r.rule] || r.rule, value: r.count, text: String(r.count) })),
      ),
    ),
    card(
      "Suggested replies",
      el("p", {}, `${count(decided, "decision")} by agents.`),
      bars(
        "What agents did with suggestions",
        report.decisions.map((d) => ({
          label: d.choice,
          value: d.rate,
          text: `${Math.round(d.rate * 100)}% (${d.count})`,
        })),
      ),
    ),
    card(
      "Response times",
      timing("Time to first agent reply", report.first_agent_reply),
      timing("Handle time (claim to close)", report.handle_time),
      bars("Median times", [
        { label: "First agent reply", value: report.first_agent_reply.median_seconds || 0, text: duration(report.first_agent_reply.median_seconds) },
        { label: "Handle time", value: report.handle_time.median_seconds || 0, text: duration(report.handle_time.median_seconds) },
      ]),
    ),
    checkoutCard(proactive),
  );
}

const KINDS = { person: "a person", bot: "the assistant" };
const money = (value) => value.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// Proactive help at checkout: offers by kind, how many shoppers accepted, carts later bought.
function checkoutCard(proactive) {
  const rows = proactive.by_kind.flatMap((k) => [
    { label: `Offers of ${KINDS[k.kind] || k.kind}`, value: k.offers, text: String(k.offers) },
    {
      label: `Accepted (${k.kind})`,
      value: k.accepted,
      text: `${k.accepted} (${Math.round(k.acceptance_rate * 100)}%)`,
    },
    { label: `Carts saved (${k.kind})`, value: k.carts_saved, text: String(k.carts_saved) },
  ]);
  return card(
    "Help at checkout",
    el(
      "p",
      {},
      `${count(proactive.offers, "offer")}, ${proactive.accepted} accepted; ` +
        `${count(proactive.carts_saved, "cart")} saved, worth ${money(proactive.saved_value)} ` +
        `(${proactive.carts_saved_after_accepting} after the shopper accepted).`,
    ),
    bars("Help at checkout", rows),
  );
}
