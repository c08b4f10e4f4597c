/**
 * The script of a report page (internal to render/): draws every chart with vega-embed
 * from the Vega-Lite spec embedded beside it (SVG renderer, Vega's expression interpreter so
 * no code is evaluated, no link to the online editor), keeps the PNG when a chart cannot be
 * drawn, and sorts each table by the column whose header is clicked. When every chart is
 * done, `<body data-charts>` says "ready" and `data-chart-errors` how many failed.
 *
 * Kept as plain ES2017 text so the page needs no build step; its SHA-256 goes into the
 * page's Content-Security-Policy.
 */
export const REPORT_PAGE_SCRIPT = `(function () {
  "use strict";
  var figures = Array.prototype.slice.call(document.querySelectorAll("figure.chart[data-spec]"));
  var failed = 0;
  var jobs = figures.map(function (figure) {
    var source = document.getElementById(figure.getAttribute("data-spec"));
    var spec;
    try {
      spec = JSON.parse(source.textContent);
    } catch (e) {
      failed++;
      return Promise.resolve();
    }
    var target = document.createElement("div");
    target.className = "chart-view";
    figure.insertBefore(target, figure.firstChild);
    return vegaEmbed(target, spec, {
      renderer: "svg",
      ast: true,
      actions: { export: true, source: false, compiled: false, editor: false },
      downloadFileName: figure.getAttribute("data-name") || "chart"
    }).then(function () {
      var fallback = figure.querySelector("img.fallback");
      if (fallback) fallback.parentNode.removeChild(fallback);
      figure.setAttribute("data-rendered", "vega");
    }).catch(function (e) {
      failed++;
      target.parentNode.removeChild(target);
      var note = document.createElement("p");
      note.className = "chart-error";
      note.textContent = "This chart could not be drawn in the page (" + String(e && e.message || e) + "); the picture above is its PNG.";
      figure.appendChild(note);
    });
  });
  Promise.all(jobs).then(function () {
    document.body.setAttribute("data-chart-errors", String(failed));
    document.body.setAttribute("data-charts", "ready");
  });

  function value(cell) {
    var v = cell.getAttribute("data-v");
    if (v !== null) return { n: Number(v) };
    var t = cell.getAttribute("title") || cell.textContent;
    return t === "" ? { empty: true } : { s: t };
  }
  function compare(a, b) {
    if (a.empty || b.empty) return a.empty && b.empty ? 0 : a.empty ? 1 : -1;
    if (a.n !== undefined && b.n !== undefined) return a.n - b.n;
    if (a.n !== undefined) return -1;
    if (b.n !== undefined) return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(headers, function (th, column) {
      th.tabIndex = 0;
      th.setAttribute("aria-sort", "none");
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).map(function (row, i) { return { row: row, i: i, v: value(row.cells[column]) }; });
        rows.sort(function (a, b) {
          var c = compare(a.v, b.v);
          if (!ascending && !a.v.empty && !b.v.empty) c = -c;
          return c || a.i - b.i;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  });
})();
`;
