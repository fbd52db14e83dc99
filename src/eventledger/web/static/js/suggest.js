// Autocomplete of the filter inputs marked data-suggest="FIELD": as the analyst types, the values the
// ledger gives for that field (GET /api/suggest, aliases and country codes resolved on the server) fill
// the input's <datalist>, each labelled with its number of events. Values are hostile text: they are
// only ever set as an option's value and text, never parsed as markup.
"use strict";

const SUGGEST_DELAY_MS = 120;

function attachSuggestions(input) {
  const field = input.dataset.suggest;
  const list = EL.el("datalist", { id: "suggest-" + field });
  input.after(list);
  input.setAttribute("list", list.id);
  input.setAttribute("autocomplete", "off");
  let timer = null;
  let asked = 0;  // an answer to an older prefix never replaces a newer one's
  const fill = async () => {
    const ask = ++asked;
    const query = new URLSearchParams({ field: field, prefix: input.value });
    let body;
    try {
      body = await EL.getJSON("/api/suggest?" + query.toString());
    } catch (error) {
      return;  // no suggestions: the input still takes what is typed
    }
    if (ask !== asked) return;
    list.replaceChildren(...body.suggestions.map((s) => {
      const label = `${s.count} event${s.count === 1 ? "" : "s"}` + (s.matched ? ` · ${s.matched}` : "");
      const option = EL.el("option", { value: s.value }, label);
      option.label = label;
      return option;
    }));
    list.dataset.prefix = body.prefix;  // which prefix the options answer (read by tests and scripts)
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fill, SUGGEST_DELAY_MS);
  });
  input.addEventListener("focus", () => { if (!list.children.length) fill(); }, { once: true });
}

document.querySelectorAll("input[data-suggest]").forEach(attachSuggestions);
