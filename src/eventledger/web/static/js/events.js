// The events page: filters and the sort live in the URL; the server filters, sorts and pages the
// whole ledger; the table, facets, map and timeline are drawn from /api/events.
"use strict";

const PAGE_SIZE = 50;
const FILTERS = ["q", "country", "admin1", "location", "event_type", "sub_event_type", "actor", "since", "until",
  "include_undated", "min_fatalities", "min_confidence", "min_sources", "has_duplicates"];
const FACETS = { country: "Country", event_type: "Event type", actor: "Actor" };

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

function currentSort() {
  return new URLSearchParams(window.location.search).get("sort") || "";
}

function fillForm(form, query) {
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (!input) continue;
    if (input.type === "checkbox") input.checked = query.get(name) === "true";
    else input.value = query.get(name) || "";
  }
  form.elements.sort.value = currentSort();
}

function cell(text, cls) {
  return EL.el("td", cls ? { class: cls } : {}, text === null || text === undefined ? "" : text);
}

function titled(node, text) {
  node.title = text;
  return node;
}

// the confidence in words as the cell's tooltip (the bands come with the page: data-high, data-low)
function confidenceCell(value) {
  const table = document.getElementById("events");
  const high = Number(table.dataset.high), low = Number(table.dataset.low);
  const band = value >= high ? "high" : value >= low ? "moderate" : "low (in the review queue)";
  return titled(cell(Number(value).toFixed(2), "num confidence"), `${band} confidence; see How to read this ledger`);
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
      confidenceCell(event.confidence),
      titled(cell(event.corroboration, "num"), `${event.corroboration} independent source${event.corroboration === 1 ? "" : "s"}`),
      cell(event.notes, "notes"),
    );
    tbody.append(row);
  }
}

function showSort(table, sort) {
  const key = sort.replace(/^-/, "") || "event_date";
  const descending = sort ? sort.startsWith("-") : true;
  for (const header of table.querySelectorAll("th[data-key]")) {
    header.tabIndex = 0;
    if (header.dataset.key === key) header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    else header.removeAttribute("aria-sort");
  }
}

function makeSortable(table) {
  // a click asks the server for the whole filtered ledger in that order (first page)
  for (const header of table.querySelectorAll("th[data-key]")) {
    const sortBy = () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      const query = currentQuery();
      query.set("sort", (ascending ? "" : "-") + header.dataset.key);
      window.location.search = query.toString();
    };
    header.addEventListener("click", sortBy);
    header.addEventListener("keydown", (event) => { if (event.key === "Enter") sortBy(); });
  }
}

function renderFacets(box, facets, timedOut) {
  box.replaceChildren();
  for (const [name, label] of Object.entries(FACETS)) {
    const values = facets[name];
    if (!values && !timedOut.includes(name)) continue;
    const group = EL.el("div", { class: "facet", "data-facet": name });
    group.append(EL.el("h3", {}, label));
    const list = EL.el("ul");
    if (!values) list.append(EL.el("li", { class: "muted" }, "too many events to count; narrow the filters"));
    for (const item of values || []) {
      const query = currentQuery();
      query.set(name, item.value);
      if (currentSort()) query.set("sort", currentSort());
      const entry = EL.el("li");
      entry.append(EL.el("a", { href: "?" + query.toString() }, item.value), EL.el("span", { class: "count" }, item.count));
      list.append(entry);
    }
    group.append(list);
    box.append(group);
  }
}

function pointExports(query) {
  // every export link carries the filters; the server names the file after them
  for (const link of document.querySelectorAll("a.export")) {
    const params = new URLSearchParams(query);
    params.set("format", link.dataset.format);
    link.setAttribute("href", "/api/export?" + params.toString());
  }
  document.getElementById("report").setAttribute("href", "/report?" + new URLSearchParams(query).toString());
  document.getElementById("export-scope").textContent = query.toString() ? "the matching events" : "the ledger";
}

// A range picked on the timeline becomes the since/until filters (the others and the sort are kept).
function filterToRange(since, until) {
  const query = currentQuery();
  query.set("since", since);
  query.set("until", until);
  if (currentSort()) query.set("sort", currentSort());
  window.location.search = query.toString();
}

function goTo(offset) {
  const query = currentQuery();
  if (currentSort()) query.set("sort", currentSort());
  if (offset > 0) query.set("offset", String(offset));
  window.location.search = query.toString();
}

async function loadPage() {
  const query = currentQuery();
  const sort = currentSort();
  const offset = currentOffset();
  const status = document.getElementById("status");
  const table = document.getElementById("events");
  fillForm(document.getElementById("filters"), query);
  pointExports(query);
  showSort(table, sort);
  makeSortable(table);
  const map = EL.makeMap(document.getElementById("map"));
  EL.addLegend(map);
  try {
    const listing = new URLSearchParams(query);
    if (sort) listing.set("sort", sort);
    listing.set("limit", PAGE_SIZE);
    listing.set("offset", offset);
    listing.set("facets", Object.keys(FACETS).join(","));
    const page = await EL.getJSON(`/api/events?${listing}`);
    renderRows(table.tBodies[0], page.events);
    renderFacets(document.getElementById("facets"), page.facets || {}, page.facets_timed_out || []);
    const shown = page.events.length ? `${offset + 1}–${offset + page.events.length}` : "none";
    // a total not counted in time is a lower bound ("at least"): shown with a "+"
    const more = page.total_exact === false ? "+" : "";
    status.textContent = `${page.total}${more} event${page.total === 1 && !more ? "" : "s"} match; showing ${shown}.`;
    document.getElementById("page").textContent = `${Math.floor(offset / PAGE_SIZE) + 1} / ${Math.max(1, Math.ceil(page.total / PAGE_SIZE))}${more}`;
    document.getElementById("prev").disabled = offset === 0;
    document.getElementById("next").disabled = offset + PAGE_SIZE >= page.total;
    await EL.loadOverview(map, query, filterToRange);
  } catch (error) {
    status.textContent = "Could not load the events: " + error.message;
  }
}

document.getElementById("prev").addEventListener("click", () => goTo(Math.max(0, currentOffset() - PAGE_SIZE)));
document.getElementById("next").addEventListener("click", () => goTo(currentOffset() + PAGE_SIZE));
document.getElementById("clear").addEventListener("click", () => { window.location.search = ""; });
loadPage();
