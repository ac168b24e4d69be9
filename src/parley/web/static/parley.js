// parley web UI: small progressive enhancements (the pages work without JavaScript).
(function () {
  "use strict";

  // Article page: clicking a highlight selects its statement card; hovering a card lights up its spans.
  function setupArticle() {
    var text = document.getElementById("text");
    var cards = document.getElementById("cards");
    if (!text || !cards) return;
    var spans = text.querySelectorAll("[data-refs]");

    function spansOf(ref) {
      var out = [];
      spans.forEach(function (el) {
        if (el.getAttribute("data-refs").split(" ").indexOf(ref) >= 0) out.push(el);
      });
      return out;
    }
    function clear(cls) {
      document.querySelectorAll("." + cls).forEach(function (el) { el.classList.remove(cls); });
    }
    function select(ref, scroll) {
      clear("sel");
      var card = document.getElementById("st-" + ref);
      if (!card) return;
      card.classList.add("sel");
      spansOf(ref).forEach(function (el) { el.classList.add("sel"); });
      if (scroll) card.scrollIntoView({ behavior: "smooth", block: "nearest" });
    }

    text.addEventListener("click", function (ev) {
      var el = ev.target.closest("[data-refs]");
      if (!el) return;
      var refs = el.getAttribute("data-refs").split(" ").filter(Boolean);
      if (!refs.length) return;
      // repeated clicks on nested quotes cycle from the innermost statement outwards
      var current = document.querySelector(".card.sel");
      var idx = current ? refs.indexOf(current.getAttribute("data-ref")) : -1;
      select(refs[(idx + 1) % refs.length], true);
    });
    cards.querySelectorAll(".card").forEach(function (card) {
      var ref = card.getAttribute("data-ref");
      card.addEventListener("mouseenter", function () {
        spansOf(ref).forEach(function (el) { el.classList.add("hover"); });
      });
      card.addEventListener("mouseleave", function () { clear("hover"); });
      card.querySelector("header").addEventListener("click", function (ev) {
        if (ev.target.closest("a")) return;
        select(ref, false);
        var first = spansOf(ref)[0];
        if (first) first.scrollIntoView({ behavior: "smooth", block: "center" });
      });
    });
    if (location.hash.indexOf("#st-") === 0) select(location.hash.slice(4), true);
  }

  // Network page: hovering an actor dims everything but its ties and neighbours.
  function setupNetwork() {
    var svg = document.getElementById("network");
    if (!svg) return;
    var edges = svg.querySelectorAll(".edge");
    var nodes = svg.querySelectorAll(".node");
    function focus(name) {
      var near = {};
      near[name] = true;
      svg.classList.add("focus");
      edges.forEach(function (e) {
        var a = e.getAttribute("data-a"), b = e.getAttribute("data-b");
        var on = a === name || b === name;
        e.classList.toggle("hi", on);
        if (on) { near[a] = true; near[b] = true; }
      });
      nodes.forEach(function (n) { n.classList.toggle("hi", !!near[n.getAttribute("data-name")]); });
    }
    function unfocus() {
      svg.classList.remove("focus");
      svg.querySelectorAll(".hi").forEach(function (el) { el.classList.remove("hi"); });
    }
    nodes.forEach(function (n) {
      n.addEventListener("mouseenter", function () { focus(n.getAttribute("data-name")); });
      n.addEventListener("focus", function () { focus(n.getAttribute("data-name")); });
      n.addEventListener("mouseleave", unfocus);
      n.addEventListener("blur", unfocus);
    });
  }

  // Review mode: selecting a passage of the text fills the span fields of the "add" forms. Offsets
  // count code points (as Python does), not UTF-16 units.
  function setupSelection() {
    var text = document.getElementById("text");
    var forms = document.querySelectorAll("form.add");
    var preview = document.getElementById("selection");
    if (!text || !forms.length) return;
    function offset(node, within) {
      var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      var total = 0, n;
      while ((n = walker.nextNode())) {
        if (n === node) return total + Array.from(n.data.slice(0, within)).length;
        total += Array.from(n.data).length;
      }
      return -1;
    }
    document.addEventListener("selectionchange", function () {
      var sel = window.getSelection();
      if (!sel || sel.isCollapsed || !text.contains(sel.anchorNode) || !text.contains(sel.focusNode)) return;
      var a = offset(sel.anchorNode, sel.anchorOffset), b = offset(sel.focusNode, sel.focusOffset);
      if (a < 0 || b < 0) return;
      var start = Math.min(a, b), end = Math.max(a, b);
      forms.forEach(function (f) {
        f.querySelector("input[name=start]").value = start;
        f.querySelector("input[name=end]").value = end;
      });
      var chosen = sel.toString();
      preview.textContent = "“" + (chosen.length > 120 ? chosen.slice(0, 120) + "…" : chosen) + "” (" + start + "–" + end + ")";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupArticle();
    setupSelection();
    setupNetwork();
  });
})();
