// lit default theme: theme toggle, contents menu, copy buttons, section highlight, search.
(function () {
  "use strict";
  var root = document.documentElement;

  // Theme: the inline script in <head> set data-theme; the toggle flips and remembers it.
  var themeButton = document.querySelector(".theme-toggle");
  function labelThemeButton() {
    if (!themeButton) return;
    var dark = root.getAttribute("data-theme") === "dark";
    themeButton.setAttribute("aria-label", dark ? "Switch to the light theme" : "Switch to the dark theme");
    themeButton.setAttribute("aria-pressed", dark ? "true" : "false");
  }
  if (themeButton) {
    labelThemeButton();
    themeButton.addEventListener("click", function () {
      var next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("lit-theme", next); } catch (e) {}
      labelThemeButton();
    });
  }

  // Contents menu on narrow screens.
  var menuButton = document.querySelector(".menu-toggle");
  var sidebar = document.getElementById("sidebar");
  function setMenu(open) {
    document.body.classList.toggle("menu-open", open);
    if (menuButton) {
      menuButton.setAttribute("aria-expanded", open ? "true" : "false");
      menuButton.setAttribute("aria-label", open ? "Hide the contents" : "Show the contents");
    }
  }
  if (menuButton && sidebar) {
    menuButton.addEventListener("click", function () {
      setMenu(!document.body.classList.contains("menu-open"));
    });
    sidebar.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest("a")) setMenu(false);
    });
    // A click outside the open menu (on the dimmed page) closes it.
    document.addEventListener("click", function (event) {
      if (!document.body.classList.contains("menu-open") || !event.target.closest) return;
      if (!event.target.closest("#sidebar") && !event.target.closest(".menu-toggle")) setMenu(false);
    });
  }

  // Copy buttons copy the cell's code only, never prompts or outputs.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) {}
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }
  document.querySelectorAll(".copy-button").forEach(function (button) {
    button.addEventListener("click", function () {
      var code = button.parentNode.querySelector("pre.code code");
      if (!code) return;
      copyText(code.textContent).then(function () {
        button.textContent = "Copied";
        button.classList.add("copied");
      }, function () {
        button.textContent = "Select and copy";
      });
      setTimeout(function () {
        button.textContent = "Copy";
        button.classList.remove("copied");
      }, 1600);
    });
  });

  // Highlight the section being read in the sidebar.
  var sectionLinks = Array.prototype.slice.call(document.querySelectorAll(".toc-section a[data-section]"));
  if (sectionLinks.length && "IntersectionObserver" in window) {
    var headings = sectionLinks.map(function (link) {
      return document.getElementById(link.getAttribute("data-section"));
    }).filter(Boolean);
    var visible = new Set();
    var observer = new IntersectionObserver(function (records) {
      records.forEach(function (record) {
        if (record.isIntersecting) { visible.add(record.target.id); } else { visible.delete(record.target.id); }
      });
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        var top = headings[i].getBoundingClientRect().top;
        if (top < window.innerHeight * 0.35) current = headings[i].id;
      }
      if (!current && headings.length && visible.has(headings[0].id)) current = headings[0].id;
      sectionLinks.forEach(function (link) {
        var active = link.getAttribute("data-section") === current;
        link.classList.toggle("active", active);
        if (active) { link.setAttribute("aria-current", "location"); } else { link.removeAttribute("aria-current"); }
      });
    }, { rootMargin: "0px 0px -60% 0px", threshold: [0, 1] });
    headings.forEach(function (heading) { observer.observe(heading); });
  }

  // Search over the index written at build time (search-index.js sets window.litSearchIndex).
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  if (!input || !results) return;
  var entries = null;
  var selected = -1;

  function index() {
    if (entries) return entries;
    var data = window.litSearchIndex;
    if (!data || !data.entries) return [];
    entries = data.entries.map(function (entry) {
      return {
        entry: entry,
        title: entry.title.toLowerCase(),
        page: entry.page.toLowerCase(),
        text: entry.text.toLowerCase()
      };
    });
    return entries;
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function highlight(text, terms) {
    var html = escapeHTML(text);
    terms.forEach(function (term) {
      var escaped = escapeHTML(term).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      html = html.replace(new RegExp("(" + escaped + ")", "gi"), "<mark>$1</mark>");
    });
    return html;
  }

  function snippet(item, terms) {
    var text = item.entry.text;
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) at = item.text.indexOf(terms[i]);
    if (at < 0) return text.slice(0, 140) + (text.length > 140 ? "…" : "");
    var start = Math.max(0, at - 50);
    var end = Math.min(text.length, at + 110);
    // Start and end on word boundaries.
    if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < at) start = space + 1; }
    if (end < text.length) { var last = text.lastIndexOf(" ", end); if (last > at) end = last; }
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  function search(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) return { terms: terms, hits: [] };
    var hits = [];
    index().forEach(function (item) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var term = terms[i];
        var inTitle = item.title.indexOf(term) >= 0;
        var inPage = item.page.indexOf(term) >= 0;
        var count = 0;
        var from = item.text.indexOf(term);
        while (from >= 0 && count < 20) { count += 1; from = item.text.indexOf(term, from + term.length); }
        if (!inTitle && !inPage && !count) return;
        score += (inTitle ? 10 : 0) + (inPage ? 2 : 0) + Math.min(count, 10);
      }
      hits.push({ item: item, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    return { terms: terms, hits: hits.slice(0, 12) };
  }

  function show(query) {
    var found = search(query);
    selected = -1;
    if (!query.trim()) { hide(); return; }
    if (!found.hits.length) {
      results.innerHTML = '<div class="search-empty">No results for “' + escapeHTML(query) + "”</div>";
    } else {
      results.innerHTML = found.hits.map(function (hit, position) {
        var entry = hit.item.entry;
        return '<a class="search-result" role="option" id="search-result-' + position + '" href="' +
          escapeHTML(entry.url) + '" aria-selected="false">' +
          '<span class="search-result-title">' + highlight(entry.title, found.terms) + "</span>" +
          '<span class="search-result-page">' + escapeHTML(entry.page) + "</span>" +
          '<span class="search-result-snippet">' + highlight(snippet(hit.item, found.terms), found.terms) + "</span></a>";
      }).join("");
    }
    results.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function hide() {
    results.hidden = true;
    results.innerHTML = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    selected = -1;
  }

  function select(position) {
    var links = results.querySelectorAll(".search-result");
    if (!links.length) return;
    selected = (position + links.length) % links.length;
    links.forEach(function (link, i) { link.setAttribute("aria-selected", i === selected ? "true" : "false"); });
    links[selected].scrollIntoView({ block: "nearest" });
    input.setAttribute("aria-activedescendant", links[selected].id);
  }

  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("focus", function () { if (input.value.trim()) show(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); select(selected + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); select(selected - 1); }
    else if (event.key === "Enter") {
      var links = results.querySelectorAll(".search-result");
      var link = links[selected >= 0 ? selected : 0];
      if (link) { event.preventDefault(); window.location.href = link.getAttribute("href"); hide(); }
    } else if (event.key === "Escape") { hide(); input.blur(); }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    } else if (event.key === "Escape" && document.body.classList.contains("menu-open")) {
      setMenu(false);
    }
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest(".search")) hide();
  });
})();
