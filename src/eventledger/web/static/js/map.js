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
  if (layer.getLayers().length) map.fitBounds(layer.getBounds().pad(0.5), { maxZoom: 6 });
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
