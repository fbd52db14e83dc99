// An actor's page: the map and timeline of every event naming it (counted by the server); a range
// picked on the timeline opens the events table for the actor and those dates.
"use strict";

(function () {
  const box = document.getElementById("actor-overview");
  const query = new URLSearchParams({ actor: box.dataset.actor });
  const map = EL.makeMap(document.getElementById("map"));
  EL.addLegend(map);
  EL.loadOverview(map, query, (since, until) => {
    const target = new URLSearchParams(query);
    target.set("since", since);
    target.set("until", until);
    window.location.href = "/?" + target.toString();
  }).catch((error) => {
    document.getElementById("overview-note").textContent = "Could not load the map: " + error.message;
  });
})();

// An analyst's actor merge: the typed actor goes into this one (token needed).
document.getElementById("merge-actor").addEventListener("click", async () => {
  const form = document.getElementById("actor-merge");
  const status = document.getElementById("actor-merge-status");
  const other = document.getElementById("merge-actor-id").value.trim();
  if (!other) { status.textContent = "Give the id of the actor to merge in."; return; }
  try {
    const result = await EL.postJSON("/api/actors/merge", {
      from_actor_id: other, into_actor_id: form.dataset.actorId,
      reason: document.getElementById("reason").value.trim() || null,
    }, document.getElementById("token").value.trim());
    status.textContent = `Merged; ${result.events.length} events fused again.`;
    window.location.reload();
  } catch (error) {
    status.textContent = "Merge failed: " + error.message;
  }
});
