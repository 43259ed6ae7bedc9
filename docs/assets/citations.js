// The citation control: on every unit (heading, paragraph, list item, side-by-side row), one button in the
// unit's margin, showing the unit's number as citations count it (paragraph 3, item 1.4; § for a heading). It
// opens, below the unit, buttons to copy a link to it and a citation of it (and to share it, where the device
// can), in the page's language: the citation in the short form, and in each style rendered at build time by a
// CSL processor (scripts/edition/references.py). The strings, the id grammar and the URL of a unit on this kind
// of page come from assets/labels.<language>.js (scripts/edition/parallel.py). With a selection inside one
// paragraph or item, they cite the sentence or sentences it touches ("V 第1段落 第2文"), linking to the first.
// Added at runtime, so the text the edition check reads is untouched; never selected or copied with the text.
(() => {
  const data = window.labels;
  const citedOn = document.querySelector("[data-cited-on]")?.dataset.citedOn;
  if (!data || !citedOn) return; // a page without units, or its file could not be fetched: the text reads as ever
  const UNIT_RE = new RegExp(data.unit_id);
  const status = Object.assign(document.createElement("span"), { className: "cite-status" });
  status.setAttribute("role", "status");
  document.body.append(status);

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key]);

  // A unit's place and face, from its id's numbers, filling in `{unit}` those of the unit it is part of (a
  // sentence's paragraph or item) and `{last}` the last of a range of sentences (`where_sentences`). A sentence
  // is cited on the page that gives it its id, the section page.
  function cite(id, last) {
    const numbers = id.match(UNIT_RE).slice(1);
    const values = Object.fromEntries(data.where.map(([kind], n) => [kind, numbers[n]]));
    const url = fill(data.url[values.sentence ? "section" : citedOn], { section: values.section, id });
    values.section = values.section.toUpperCase();
    const [[, template, face], unit] = data.where.filter(([kind]) => values[kind]).reverse();
    const label = (n, form) => fill(form, { ...values, last, unit: unit && fill(unit[n], values) });
    const where = label(1, last ? data.where_sentences : template);
    const texts = [[data.copy_citation, data.citation], ...data.styles].map(([name, text]) => [name, fill(text, { where, url })]);
    return { url, where, face: label(2, face), texts };
  }

  // Where the reader's selection lies inside one paragraph or item of `unit`, the citation of the sentences it
  // touches (their `id`, or side by side their `data-s`); else the unit's own. Read as a copy button is pressed:
  // pressing or tapping the controls leaves the selection as it was (they are never selected, edition.css).
  function chosen(unit, citation) {
    const range = getSelection().isCollapsed ? null : getSelection().getRangeAt(0);
    const node = range?.commonAncestorContainer;
    const block = (node?.nodeType === 1 ? node : node?.parentElement)?.closest("p, li");
    if (!block || !unit.contains(block)) return citation;
    // the part of each sentence selected (none, for a sentence the selection only ends or starts at)
    const ids = [...block.querySelectorAll("span[id], [data-s]")]
      .filter((sentence) => {
        const part = new Range();
        part.selectNodeContents(sentence);
        if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) {
          part.setStart(range.startContainer, range.startOffset);
        }
        if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
        return part.toString().trim();
      })
      .map((sentence) => sentence.dataset.s ?? sentence.id);
    return ids.length ? cite(ids[0], ids[1] && ids.at(-1).match(UNIT_RE).at(-1)) : citation;
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

  function button(label, act) {
    const control = Object.assign(document.createElement("button"), { type: "button", textContent: label });
    control.addEventListener("click", act);
    return control;
  }

  function copier(label, text) {
    const control = button(label, async () => {
      await copy(text());
      status.textContent = data.copied; // announced by screen readers
      control.textContent = data.copied;
      setTimeout(() => {
        control.textContent = label;
        status.textContent = "";
      }, 1500);
    });
    return control;
  }

  // The copy buttons, made when the reader first opens them; in the flow below the unit, so they cover nothing.
  function panel(unit, toggle, citation) {
    const group = Object.assign(document.createElement("span"), { className: "cite-panel" });
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", citation.where);
    group.append(
      copier(data.copy_link, () => chosen(unit, citation).url),
      ...citation.texts.map(([name], n) => copier(name, () => chosen(unit, citation).texts[n][1])),
    );
    const share = ({ url, where, texts }) => navigator.share({ url, title: where, text: texts[0][1] });
    if (navigator.share) group.append(button(data.share, () => share(chosen(unit, citation))));
    group.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || group.hidden) return; // closes, never reopens (start-material.js replays keys)
      toggle.click();
      toggle.focus();
    });
    unit.append(group);
    return group;
  }

  function addControl(unit) {
    const citation = cite(unit.id);
    // a heading is named by its text alone, not by its permalink and this control too
    if (/^H/.test(unit.tagName)) unit.setAttribute("aria-label", unit.textContent.replace(/#$/, "").trim());
    const toggle = Object.assign(document.createElement("button"), {
      type: "button",
      className: "cite",
      textContent: citation.face, // the unit's number as citations count it: 3 (paragraph), 1.4 (item), §
    });
    // named after its face first, so that a reader who says what they see (speech input) reaches it (WCAG 2.5.3)
    toggle.setAttribute("aria-label", `${citation.face} ${fill(data.cite_label, citation)}`);
    toggle.setAttribute("aria-expanded", "false");
    let group;
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") === "false";
      toggle.setAttribute("aria-expanded", String(open));
      group ??= panel(unit, toggle, citation);
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
