// A Leaflet map over a bundled world outline (Natural Earth 1:110m): no tile server, works offline.
"use strict";
window.EL = window.EL || {};

EL.makeMap = function (container) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 20], 2);
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth");
  fetch("/static/data/world-110m.geojson")
    .then((r) => r.json())
    .then((world) => {
      L.geoJSON(world, {
        interactive: false,
        style: { color: "#8a8f98", weight: 0.7, fillColor: "#eef0e8", fillOpacity: 1 },
      }).addTo(map).bringToBack();
    });
  return map;
};

EL.markerRadius = function (fatalities) {
  return 5 + Math.min(25, 3 * Math.sqrt(Math.max(0, Number(fatalities) || 0)));
};

EL.popupFor = function (event) {
  const box = EL.el("div", { class: "popup" });
  const link = EL.el("a", { href: EL.eventLink(event.event_id) }, event.sub_event_type);
  box.append(link, EL.el("div", {}, [event.event_date || "undated", event.location || event.admin1 || event.country || ""].join(" · ")));
  box.append(EL.el("div", {}, "Fatalities: " + (event.fatalities === null ? "unknown" : event.fatalities)));
  return box;
};

EL.addEventMarkers = function (map, events) {
  const layer = L.featureGroup();
  for (const event of events) {
    if (event.latitude === null || event.longitude === null) continue;
    const marker = L.circleMarker([event.latitude, event.longitude], {
      radius: EL.markerRadius(event.fatalities),
      color: "#222",
      weight: 1,
      fillColor: EL.colourOf(event.event_type),
      fillOpacity: 0.75,
      className: "event-marker",
    });
    marker.bindPopup(EL.popupFor(event));  // a DOM node: Leaflet would parse a string as HTML
    layer.addLayer(marker);
  }
  layer.addTo(map);
  return layer;
};

EL.fitTo = function (map, layer) {
  if (layer.getLayers().length) map.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 6 });
};

// A grid cell of the aggregated map: a circle whose area counts its events, the count written on it;
// a click zooms to the cell, where the server counts finer cells (or sends the events themselves).
EL.addCells = function (map, cells) {
  const layer = L.featureGroup();
  const most = Math.max(1, ...cells.map((c) => c.count));
  for (const cell of cells) {
    const marker = L.circleMarker([cell.latitude, cell.longitude], {
      radius: 8 + 22 * Math.sqrt(cell.count / most), color: "#1d232b", weight: 1, fillColor: "#1f5fa8",
      fillOpacity: 0.45, className: "event-cluster",
    });
    marker.bindTooltip(EL.el("span", {}, cell.count), { permanent: true, direction: "center", className: "cluster-count" });
    const place = `${cell.count} event${cell.count === 1 ? "" : "s"}, ${cell.fatalities} fatalities`;
    const dates = cell.first ? ` · ${cell.first} to ${cell.last}` : "";
    marker.on("add", () => {  // a hover title on the drawn circle (SVG <title>, set as text)
      const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = place + dates;
      marker.getElement().append(title);
    });
    marker.on("click", () => {  // no popup: opening one pans the map, which would count it again
      map.fitBounds([[cell.south, cell.west], [cell.south + cell.size, cell.west + cell.size]]);
    });
    layer.addLayer(marker);
  }
  layer.addTo(map);
  return layer;
};

EL.addLegend = function (map) {
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = function () {
    const box = EL.el("div", { class: "legend-box" });
    for (const [type, colour] of Object.entries(EL.TYPE_COLOURS)) {
      const row = EL.el("div");
      const swatch = EL.el("span", { class: "swatch" });
      swatch.style.background = colour;
      row.append(swatch, document.createTextNode(type));
      box.append(row);
    }
    return box;
  };
  legend.addTo(map);
};
