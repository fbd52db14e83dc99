// The events page: filters live in the URL; the table, map and timeline are drawn from /api/events.
"use strict";

const PAGE_SIZE = 50;
const OVERVIEW_LIMIT = 500;
const FILTERS = ["q", "country", "admin1", "event_type", "sub_event_type", "actor", "since", "until"];

function currentQuery() {
  const params = new URLSearchParams(window.location.search);
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) query.set(name, value);
  }
  return query;
}

function currentOffset() {
  const offset = parseInt(new URLSearchParams(window.location.search).get("offset") || "0", 10);
  return Number.isFinite(offset) && offset > 0 ? offset : 0;
}

function fillForm(form, query) {
  for (const name of FILTERS) {
    if (form.elements[name]) form.elements[name].value = query.get(name) || "";
  }
}

function cell(text, cls) {
  return EL.el("td", cls ? { class: cls } : {}, text === null || text === undefined ? "" : text);
}

function renderRows(tbody, events) {
  tbody.replaceChildren();
  for (const event of events) {
    const row = EL.el("tr", { "data-event-id": event.event_id });
    const dateCell = EL.el("td");
    dateCell.append(EL.el("a", { href: EL.eventLink(event.event_id) }, event.event_date || "undated"));
    row.append(
      dateCell,
      cell(event.event_type),
      cell(event.sub_event_type),
      cell(event.actor1),
      cell(event.actor2),
      cell([event.location, event.admin1, event.country].filter(Boolean).join(", ")),
      cell(event.fatalities, "num"),
      cell(Number(event.confidence).toFixed(2), "num"),
      cell(event.corroboration, "num"),
    );
    tbody.append(row);
  }
}

function compareBy(key, direction) {
  return (a, b) => {
    const x = a[key], y = b[key];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return (x < y ? -1 : 1) * direction;
  };
}

function makeSortable(table, getEvents) {
  for (const header of table.querySelectorAll("th[data-key]")) {
    header.tabIndex = 0;
    header.addEventListener("click", () => {
      const direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      for (const other of table.querySelectorAll("th")) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
      const events = [...getEvents()].sort(compareBy(header.dataset.key, direction));
      renderRows(table.tBodies[0], events);
    });
  }
}

function goTo(offset) {
  const query = currentQuery();
  if (offset > 0) query.set("offset", String(offset));
  window.location.search = query.toString();
}

async function loadPage() {
  const query = currentQuery();
  const offset = currentOffset();
  const status = document.getElementById("status");
  fillForm(document.getElementById("filters"), query);
  const map = EL.makeMap(document.getElementById("map"));
  EL.addLegend(map);
  let pageEvents = [];
  makeSortable(document.getElementById("events"), () => pageEvents);
  try {
    const page = await EL.getJSON(`/api/events?${query}&limit=${PAGE_SIZE}&offset=${offset}`);
    pageEvents = page.events;
    renderRows(document.querySelector("#events tbody"), page.events);
    const shown = page.events.length ? `${offset + 1}–${offset + page.events.length}` : "none";
    status.textContent = `${page.total} event${page.total === 1 ? "" : "s"} match; showing ${shown}.`;
    document.getElementById("page").textContent = `${Math.floor(offset / PAGE_SIZE) + 1} / ${Math.max(1, Math.ceil(page.total / PAGE_SIZE))}`;
    document.getElementById("prev").disabled = offset === 0;
    document.getElementById("next").disabled = offset + PAGE_SIZE >= page.total;
    const overview = await EL.getJSON(`/api/events?${query}&limit=${OVERVIEW_LIMIT}`);
    EL.addEventMarkers(map, overview.events);
    EL.drawTimeline(document.getElementById("timeline"), overview.events);
  } catch (error) {
    status.textContent = "Could not load the events: " + error.message;
  }
}

document.getElementById("prev").addEventListener("click", () => goTo(Math.max(0, currentOffset() - PAGE_SIZE)));
document.getElementById("next").addEventListener("click", () => goTo(currentOffset() + PAGE_SIZE));
document.getElementById("clear").addEventListener("click", () => { window.location.search = ""; });
loadPage();
