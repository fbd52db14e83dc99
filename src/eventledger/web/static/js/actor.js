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
