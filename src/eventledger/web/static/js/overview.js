// The map and timeline of every event a query selects, counted by the server (/api/overview), with a
// note saying what is drawn and what is counted; shared by the events page and the actor pages.
// Needs #overview-note and #timeline-caption on the page.
"use strict";
window.EL = window.EL || {};

EL.plural = function (n, word) {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
};

function describeOverview(overview) {
  const parts = [];
  const map = overview.map;
  const scope = map.in_view && map.located_in_view < overview.located
    ? `the ${EL.plural(map.located_in_view, "located event")} in view (of ${overview.located.toLocaleString("en")})`
    : `all ${EL.plural(overview.located, "located event")}`;
  if (map.aggregated) {
    parts.push(`Map: ${scope}, counted in ${EL.plural(map.cells.length, "grid cell")} ` +
      `of ${Number(map.cell_degrees.toPrecision(3))}° (aggregated: zoom in or click a cell for detail).`);
  } else {
    parts.push(`Map: ${scope}${map.in_view ? ", one by one" : ""}.`);
  }
  if (overview.total > overview.located) parts.push(`${EL.plural(overview.total - overview.located, "event")} without coordinates not on the map.`);
  parts.push(`Timeline: all ${EL.plural(overview.dated, "dated event")} per ${overview.timeline.bucket}` +
    (overview.undated ? `; ${EL.plural(overview.undated, "undated event")} not on it.` : "."));
  return parts.join(" ");
}

// The map in view as "south,west,north,east" (longitudes wrapped into -180..180), or null for the whole world.
function viewBox(map) {
  const bounds = map.getBounds().pad(0.1);
  if (bounds.getEast() - bounds.getWest() >= 360) return null;
  const wrap = (lon) => ((((lon + 180) % 360) + 360) % 360) - 180;
  const clamp = (lat) => Math.max(-90, Math.min(90, lat));
  return [clamp(bounds.getSouth()), wrap(bounds.getWest()), clamp(bounds.getNorth()), wrap(bounds.getEast())]
    .map((v) => v.toFixed(3)).join(",");
}

// The map and timeline of every matching event, counted by the server. The first answer covers the
// whole world; when there are too many events to draw, the map is counted again for each view and zoom.
EL.loadOverview = function (map, query, onSelect) {
  const note = document.getElementById("overview-note");
  const caption = document.getElementById("timeline-caption");
  let layer = null, first = true, followsView = false, asked = 0;
  const draw = async () => {
    const ticket = ++asked;
    const params = new URLSearchParams(query);
    params.set("zoom", map.getZoom());
    const box = first ? null : viewBox(map);
    if (box) params.set("bbox", box);
    const overview = await EL.getJSON(`/api/overview?${params}`);
    if (ticket !== asked) return;  // a later view's answer is on its way
    if (layer) map.removeLayer(layer);
    const shown = overview.map;
    layer = shown.aggregated ? EL.addCells(map, shown.cells) : EL.addEventMarkers(map, shown.points);
    followsView = shown.aggregated || shown.in_view;
    note.textContent = describeOverview(overview);
    note.classList.toggle("aggregated", shown.aggregated);
    if (first) {
      first = false;
      caption.textContent = `Events per ${overview.timeline.bucket} — click a bar or drag across bars to filter by date`;
      EL.drawTimeline(document.getElementById("timeline"), overview.timeline.counts, overview.timeline.bucket, onSelect);
      EL.fitTo(map, layer);
    }
  };
  map.on("moveend", () => { if (followsView) draw().catch(() => {}); });
  return draw();
};

