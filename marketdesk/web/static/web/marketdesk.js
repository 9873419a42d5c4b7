/* Marketdesk portal behaviour: keyboard navigation in lists (j/k, Enter) and inserting text modules. */
(function () {
  "use strict";

  function rows() { return Array.from(document.querySelectorAll("table.list[data-keyboard] tbody tr[data-href]")); }

  function select(index) {
    var all = rows();
    if (!all.length) return;
    index = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (row, i) { row.classList.toggle("selected", i === index); });
    all[index].scrollIntoView({ block: "nearest" });
  }

  function selectedIndex() { return rows().findIndex(function (row) { return row.classList.contains("selected"); }); }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (!rows().length) return;
    if (event.key === "j") { select(selectedIndex() + 1); event.preventDefault(); }
    else if (event.key === "k") { select(Math.max(selectedIndex() - 1, 0)); event.preventDefault(); }
    else if (event.key === "Enter" && selectedIndex() >= 0) { window.location.href = rows()[selectedIndex()].dataset.href; event.preventDefault(); }
  });

  // A click on a row (not on a link or button inside it) processes the ticket.
  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("tr[data-href]");
    if (!row || event.target.closest("a, button, input, label, select")) return;
    window.location.href = row.dataset.href;
  });

  // Text modules: a button with data-insert-into puts its rendered text into the reply box at the cursor.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-insert-into]");
    if (!button) return;
    var box = document.getElementById(button.dataset.insertInto);
    var text = button.dataset.text || "";
    if (!box) return;
    var start = box.selectionStart || 0, end = box.selectionEnd || 0, value = box.value;
    // Whole modules start on a new paragraph; placeholders (data-inline) go exactly where the cursor is.
    var glue = !("inline" in button.dataset) && value && start === value.length && !/\n$/.test(value) ? "\n\n" : "";
    box.value = value.slice(0, start) + glue + text + value.slice(end);
    box.focus();
    box.selectionStart = box.selectionEnd = start + glue.length + text.length;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    event.preventDefault();
  });
})();

/* Drafts: a reply box survives a failed action or a reload; it is forgotten once the reply is sent. */
(function () {
  "use strict";
  function setup() {
    document.querySelectorAll("form[data-draft-key]").forEach(function (form) {
      var box = form.querySelector("textarea[data-draft]");
      if (!box || !window.sessionStorage) return;
      var key = "marketdesk-draft-" + form.dataset.draftKey;
      if (!box.value && sessionStorage.getItem(key)) box.value = sessionStorage.getItem(key);
      box.addEventListener("input", function () { sessionStorage.setItem(key, box.value); });
      form.addEventListener("submit", function () { sessionStorage.removeItem(key); });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup); else setup();
})();

/* Chosen files, described for the live return-option check: names and types go into a hidden field as JSON; the
   files themselves are uploaded only when the reply is sent. Runs in the capture phase, so the field is filled
   before htmx reacts to the same change event. */
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input || input.type !== "file" || !input.dataset || !input.dataset.describeInto) return;
    var field = document.getElementById(input.dataset.describeInto);
    if (!field) return;
    field.value = JSON.stringify(Array.from(input.files || []).map(function (file) {
      return { filename: file.name, mime_type: file.type || "" };
    }));
  }, true);
})();
