// The citation control: on every unit (heading, paragraph, list item, side-by-side row), one button in the
// unit's margin that opens, below the unit, buttons to copy a link to it and a citation of it, in the page's
// language. The strings come from data/parallel.tsv through assets/labels.<language>.js (scripts/edition/
// parallel.py). Added at runtime, so the text the edition check reads is untouched; never selected or copied
// with the text.
(() => {
  const labels = window.labels;
  if (!labels) return; // its file could not be fetched: the text reads as it does without the controls
  // The id grammar and the place labels, by kind in the grammar's order, of scripts/edition/units.py
  const UNIT_RE = new RegExp(labels.unit_id);

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key]);

  function cite(id) {
    const numbers = id.match(UNIT_RE).slice(1);
    const values = Object.fromEntries(labels.where.map(([kind], n) => [kind, numbers[n]]));
    const url = fill(labels.url, { section: values.section, id });
    values.section = values.section.toUpperCase();
    const where = fill(labels.where.findLast(([kind]) => values[kind])[1], values);
    return { url, where, text: fill(labels.citation, { report: labels.report, date: labels.date, where, url }) };
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = Object.assign(document.createElement("textarea"), { value: text });
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
  }

  function button(label, text) {
    const control = Object.assign(document.createElement("button"), { type: "button", textContent: label });
    control.addEventListener("click", async () => {
      await copy(text);
      control.textContent = labels.copied;
      setTimeout(() => (control.textContent = label), 1500);
    });
    return control;
  }

  // The copy buttons, made when the reader first opens them; in the flow below the unit, so they cover nothing.
  function panel(unit, toggle) {
    const { url, where, text } = cite(unit.id);
    const group = Object.assign(document.createElement("span"), { className: "cite-panel" });
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", where);
    group.append(button(labels.copy_link, url), button(labels.copy_citation, text));
    group.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || group.hidden) return; // closes, never reopens (start-material.js replays keys)
      toggle.click();
      toggle.focus();
    });
    unit.append(group);
    return group;
  }

  function addControl(unit) {
    const toggle = Object.assign(document.createElement("button"), { type: "button", className: "cite" });
    toggle.setAttribute("aria-label", fill(labels.cite_label, { where: cite(unit.id).where }));
    toggle.setAttribute("aria-expanded", "false");
    let group;
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") === "false";
      toggle.setAttribute("aria-expanded", String(open));
      group ??= panel(unit, toggle);
      group.hidden = !open;
    });
    unit.append(toggle);
  }

  // A few units at a time, each batch its own task: adding every control at once made one task long
  // enough to keep a phone from answering the reader (Lighthouse's blocking time).
  const units = [...document.querySelectorAll(".md-content :is(h1, h2, p, li)[id], .md-content .parallel-row[id]")];
  const pending = units.filter((unit) => UNIT_RE.test(unit.id));
  (function addBatch() {
    for (const unit of pending.splice(0, 8)) addControl(unit);
    if (pending.length) setTimeout(addBatch);
  })();
})();
