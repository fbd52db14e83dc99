// Events per week as an inline SVG bar chart, drawn here (no chart library).
"use strict";
window.EL = window.EL || {};

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// The Monday of the date's week, as YYYY-MM-DD (UTC, so time zones cannot shift a day).
EL.weekStart = function (isoDate) {
  const day = new Date(isoDate + "T00:00:00Z");
  const shift = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - shift);
  return day.toISOString().slice(0, 10);
};

EL.weeklyCounts = function (events) {
  const counts = new Map();
  for (const event of events) {
    if (!event.event_date) continue;
    const week = EL.weekStart(event.event_date);
    counts.set(week, (counts.get(week) || 0) + 1);
  }
  if (!counts.size) return [];
  const weeks = [...counts.keys()].sort();
  const series = [];
  const day = new Date(weeks[0] + "T00:00:00Z");
  const last = new Date(weeks[weeks.length - 1] + "T00:00:00Z");
  while (day <= last && series.length < 520) {  // empty weeks are drawn too, up to ten years
    const key = day.toISOString().slice(0, 10);
    series.push({ week: key, count: counts.get(key) || 0 });
    day.setUTCDate(day.getUTCDate() + 7);
  }
  return series;
};

EL.drawTimeline = function (container, events) {
  container.replaceChildren();
  const series = EL.weeklyCounts(events);
  if (!series.length) {
    container.append(EL.el("p", { class: "muted" }, "No dated events."));
    return;
  }
  const width = 640, height = 160, left = 30, bottom = 24, top = 8;
  const max = Math.max(...series.map((s) => s.count));
  const barWidth = (width - left) / series.length;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "timeline-svg" });
  chart.append(svg("title", {}, "Events per week"));
  chart.append(svg("line", { x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: "axis" }));
  chart.append(svg("text", { x: left - 4, y: top + 8, "text-anchor": "end", class: "tick" }, max));
  chart.append(svg("text", { x: left - 4, y: height - bottom, "text-anchor": "end", class: "tick" }, 0));
  series.forEach((point, i) => {
    const barHeight = ((height - bottom - top) * point.count) / max;
    const bar = svg("rect", {
      x: left + i * barWidth + 1, y: height - bottom - barHeight, width: Math.max(1, barWidth - 2),
      height: barHeight, class: "bar", "data-week": point.week, "data-count": point.count,
    });
    bar.append(svg("title", {}, `week of ${point.week}: ${point.count}`));
    chart.append(bar);
  });
  const labels = [series[0], series[series.length - 1]];
  chart.append(svg("text", { x: left, y: height - 6, class: "tick" }, labels[0].week));
  if (series.length > 1) {
    chart.append(svg("text", { x: width, y: height - 6, "text-anchor": "end", class: "tick" }, labels[1].week));
  }
  container.append(chart);
};
