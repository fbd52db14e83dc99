// Events per day, week or month as an inline SVG bar chart (no chart library), from counts the server
// made over every matching event. Clicking a bar, or dragging across bars (brushing), picks a date range.
"use strict";
window.EL = window.EL || {};

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

const BUCKET_WORDS = { day: "day", week: "week of", month: "month of" };

// counts: [{start, end, count}] in order; onSelect(since, until) is called with the picked range.
EL.drawTimeline = function (container, counts, bucket, onSelect) {
  container.replaceChildren();
  if (!counts.length) {
    container.append(EL.el("p", { class: "muted" }, "No dated events."));
    return;
  }
  const width = 640, height = 170, left = 34, bottom = 26, top = 8;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const slot = (width - left) / counts.length;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "timeline-svg" });
  chart.append(svg("title", {}, `Events per ${bucket}`));
  chart.append(svg("line", { x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: "axis" }));
  chart.append(svg("text", { x: left - 4, y: top + 8, "text-anchor": "end", class: "tick" }, max));
  chart.append(svg("text", { x: left - 4, y: height - bottom, "text-anchor": "end", class: "tick" }, 0));
  const bars = counts.map((point, i) => {
    const barHeight = ((height - bottom - top) * point.count) / max;
    // a full-height hit area behind each bar, so quiet periods can be clicked and brushed too
    const hit = svg("rect", { x: left + i * slot, y: top, width: slot, height: height - bottom - top, class: "slot" });
    hit.append(svg("title", {}, `${BUCKET_WORDS[bucket] || ""} ${point.start}: ${point.count}`));
    chart.append(hit);
    const bar = svg("rect", {
      x: left + i * slot + (slot > 3 ? 0.5 : 0), y: height - bottom - barHeight, width: Math.max(0.8, slot - (slot > 3 ? 1 : 0)),
      height: barHeight, class: "bar", "data-start": point.start, "data-end": point.end, "data-count": point.count,
    });
    chart.append(bar);
    return bar;
  });
  // about six date labels along the axis, at bar starts
  const every = Math.max(1, Math.ceil(counts.length / 6));
  for (let i = 0; i < counts.length; i += every) {
    chart.append(svg("text", { x: left + i * slot, y: height - 8, class: "tick" }, counts[i].start));
  }
  const brush = svg("rect", { x: 0, y: top, width: 0, height: height - bottom - top, class: "brush" });
  chart.append(brush);
  container.append(chart);
  if (!onSelect) return;

  const indexAt = (event) => {
    const box = chart.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * width;
    return Math.min(counts.length - 1, Math.max(0, Math.floor((x - left) / slot)));
  };
  let from = null;
  const show = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    brush.setAttribute("x", left + lo * slot);
    brush.setAttribute("width", (hi - lo + 1) * slot);
  };
  chart.addEventListener("pointerdown", (event) => {
    from = indexAt(event);
    show(from, from);
    chart.setPointerCapture(event.pointerId);
  });
  chart.addEventListener("pointermove", (event) => { if (from !== null) show(from, indexAt(event)); });
  chart.addEventListener("pointerup", (event) => {
    if (from === null) return;
    const to = indexAt(event);
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    from = null;
    onSelect(counts[lo].start, counts[hi].end);
  });
  chart.classList.add("brushable");
  bars.forEach((bar) => bar.setAttribute("tabindex", "0"));
  bars.forEach((bar, i) => bar.addEventListener("keydown", (event) => {
    if (event.key === "Enter") onSelect(counts[i].start, counts[i].end);
  }));
};
