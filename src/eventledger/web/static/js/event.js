// The event dossier: its marker on the map, and the analyst's merge / split controls.
"use strict";

function showEventOnMap() {
  const box = document.getElementById("event-map");
  const lat = parseFloat(box.dataset.lat), lon = parseFloat(box.dataset.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    box.classList.add("empty");
    box.textContent = "No coordinates for this event.";
    return;
  }
  const map = EL.makeMap(box);
  const marker = L.circleMarker([lat, lon], {
    radius: EL.markerRadius(box.dataset.fatalities), color: "#222", weight: 1,
    fillColor: EL.colourOf(box.dataset.type), fillOpacity: 0.8, className: "event-marker",
  }).addTo(map);
  if (box.dataset.label) {  // the place's name stays written beside its marker
    marker.bindTooltip(EL.el("span", {}, box.dataset.label),
      { permanent: true, direction: "right", offset: [10, 0], className: "place-label" });
  }
  map.setView([lat, lon], 6);
}

function correctionInputs() {
  return {
    token: document.getElementById("token").value.trim(),
    reason: document.getElementById("reason").value.trim() || null,
    status: document.getElementById("correction-status"),
    eventId: document.getElementById("dossier").dataset.eventId,
  };
}

async function mergeEvents() {
  const { token, reason, status, eventId } = correctionInputs();
  const others = document.getElementById("merge-ids").value.split(",").map((s) => s.trim()).filter(Boolean);
  if (!others.length) { status.textContent = "Give the ids of the events to merge with."; return; }
  try {
    const result = await EL.postJSON("/api/events/merge", { event_ids: [eventId, ...others], reason }, token);
    status.textContent = "Merged into " + result.event_id;
    window.location.href = EL.eventLink(result.event_id);
  } catch (error) {
    status.textContent = "Merge failed: " + error.message;
  }
}

async function splitEvent() {
  const { token, reason, status, eventId } = correctionInputs();
  const documents = [...document.querySelectorAll("input[name=split-doc]:checked")].map((box) => box.value);
  if (!documents.length) { status.textContent = "Tick the sources to split off."; return; }
  try {
    const result = await EL.postJSON(`/api/events/${encodeURIComponent(eventId)}/split`, { documents, reason }, token);
    status.textContent = "Split into " + result.event_ids.join(", ");
    const stays = result.event_ids.includes(eventId) ? eventId : result.event_ids[0];
    window.location.href = EL.eventLink(stays);
  } catch (error) {
    status.textContent = "Split failed: " + error.message;
  }
}

showEventOnMap();
document.getElementById("merge").addEventListener("click", mergeEvents);
document.getElementById("split").addEventListener("click", splitEvent);
document.getElementById("corrections").addEventListener("submit", (e) => e.preventDefault());
