// Small helpers shared by the pages. Text from the ledger is hostile: it only ever goes into the page
// through textContent or attribute setters, never parsed as markup.
"use strict";
window.EL = window.EL || {};

EL.el = function (tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
};

EL.getJSON = async function (url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const error = body && body.error ? body.error : { code: response.status, message: response.statusText };
    throw new Error(error.code + ": " + error.message);
  }
  return body;
};

EL.postJSON = async function (url, payload, token) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + token },
    body: JSON.stringify(payload),
  });
  const body = await response.json();
  if (!response.ok) {
    const error = body && body.error ? body.error : { code: response.status, message: response.statusText };
    throw new Error(error.code + ": " + error.message);
  }
  return body;
};

EL.eventLink = function (eventId) {
  return "/events/" + encodeURIComponent(eventId);
};

EL.TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#b7950b",
  "Strategic developments": "#7f8c8d",
};

EL.colourOf = function (eventType) {
  return EL.TYPE_COLOURS[eventType] || "#27ae60";
};
