// The dossier's possible duplicates: merge one into this event, or dismiss it (two incidents).
"use strict";

async function answerDuplicate(action, otherId) {
  const token = document.getElementById("token").value.trim();
  const reason = document.getElementById("reason").value.trim() || null;
  const status = document.getElementById("duplicate-status");
  const eventId = document.getElementById("dossier").dataset.eventId;
  try {
    const result = await EL.postJSON(`/api/possible-duplicates/${action}`, { event_ids: [eventId, otherId], reason }, token);
    if (action === "merge") {
      status.textContent = "Merged into " + result.event_id;
      window.location.href = EL.eventLink(result.event_id);
    } else {
      status.textContent = "Dismissed: kept apart from " + otherId;
      document.querySelector(`li.duplicate[data-event-id="${CSS.escape(otherId)}"]`)?.remove();
    }
  } catch (error) {
    status.textContent = (action === "merge" ? "Merge" : "Dismiss") + " failed: " + error.message;
  }
}

for (const button of document.querySelectorAll("button.duplicate-merge")) {
  button.addEventListener("click", () => answerDuplicate("merge", button.value));
}
for (const button of document.querySelectorAll("button.duplicate-dismiss")) {
  button.addEventListener("click", () => answerDuplicate("dismiss", button.value));
}
