// The review queue: each section's open items from /api/review (with the page's filters), and the
// accept / dismiss / edit buttons, which post a decision with the typed token.
"use strict";

function filtersOfPage() {
  const params = new URLSearchParams(window.location.search);
  params.delete("offset");
  return params;
}

function itemNode(item) {
  const event = item.event;
  const node = EL.el("li", { class: "review-item", "data-key": item.key, "data-issue": item.issue });
  const head = EL.el("div", { class: "review-head" });
  head.append(
    EL.el("a", { href: EL.eventLink(event.event_id) }, `${event.event_date || "undated"} · ${event.sub_event_type}`),
    document.createTextNode(" · " + [event.location, event.admin1, event.country].filter(Boolean).join(", ")),
  );
  node.append(head);
  if (item.figure !== undefined) {
    node.append(EL.el("div", { class: "figure" }, `${item.outlet || item.document_id}: ${item.figure} killed`));
  }
  const reasons = EL.el("ul", { class: "reasons" });
  for (const reason of item.reasons) reasons.append(EL.el("li", {}, reason));
  node.append(reasons);
  if (item.evidence) node.append(EL.el("blockquote", { class: "evidence" }, item.evidence));
  else if (event.notes) node.append(EL.el("p", { class: "notes muted" }, event.notes));
  const actions = EL.el("div", { class: "review-actions" });
  const accept = EL.el("button", { type: "button", class: "accept" }, "Accept");
  const dismiss = EL.el("button", { type: "button", class: "dismiss" }, "Dismiss");
  accept.title = item.issue === "outlier_figure" ? "the figure is right as it is" : "the event is right as it is";
  dismiss.title = "not worth a decision: take it off the queue";
  accept.addEventListener("click", () => send(node, item, "accepted"));
  dismiss.addEventListener("click", () => send(node, item, "dismissed"));
  actions.append(accept, dismiss);
  if (item.editable) {
    const input = EL.el("input", { type: "number", min: "0", step: "1", class: "short edit-figure", "aria-label": "corrected figure" });
    const edit = EL.el("button", { type: "button", class: "edit" }, "Set figure");
    edit.addEventListener("click", () => {
      if (input.value === "") { status("Type the corrected figure first."); return; }
      const value = parseInt(input.value, 10);
      send(node, item, "edited", { fatalities_min: value, fatalities_max: value });
    });
    actions.append(input, edit);
  }
  node.append(actions);
  return node;
}

function status(text) {
  document.getElementById("review-status").textContent = text;
}

async function send(node, item, decision, figures) {
  const token = document.getElementById("token").value.trim();
  const reason = document.getElementById("reason").value.trim() || null;
  try {
    const result = await EL.postJSON("/api/review/decisions",
      { issue: item.issue, key: item.key, decision, reason, ...(figures || {}) }, token);
    node.remove();
    status(`${decision} (event ${result.event_id}); kept in the audit table.`);
    await load();
  } catch (error) {
    status("Decision failed: " + error.message);
  }
}

async function load() {
  try {
    const queue = await EL.getJSON("/api/review?" + filtersOfPage().toString());
    for (const [name, section] of Object.entries(queue.sections)) {
      const box = document.querySelector(`.review-section[data-section="${name}"]`);
      if (!box) continue;
      box.querySelector(".count").textContent = `(${section.total} open)`;
      const list = box.querySelector(".review-items");
      list.replaceChildren(...section.items.map(itemNode));
      if (!section.items.length) list.append(EL.el("li", { class: "muted" }, "Nothing to review."));
    }
  } catch (error) {
    status("Could not load the queue: " + error.message);
  }
}

document.getElementById("review-auth").addEventListener("submit", (e) => e.preventDefault());
load();
