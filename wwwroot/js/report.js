// Draws the report's charts (plotly.js, static, fixed size) and marks the page ready for the PDF renderer;
// with ?print=1 it then opens the browser's print dialog. `dashboardReport.load(url)` puts another report of this
// app in place of this one without reloading the page, so the PDF renderer parses plotly.js once, not per report.
(function () {
  async function draw() {
    const charts = Array.from(document.querySelectorAll('.report-chart[data-plot]'));
    for (const el of charts) {
      try {
        const spec = JSON.parse(el.getAttribute('data-plot'));
        await Plotly.newPlot(el, spec.data, spec.layout, { staticPlot: true, displayModeBar: false, responsive: false });
      } catch (e) {
        el.textContent = String(e);
      }
    }
    document.body.setAttribute('data-report-ready', 'true');
    if (new URLSearchParams(location.search).get('print') === '1') {
      setTimeout(function () { window.print(); }, 100);
    }
  }

  // Fetches a report page and swaps in its title, inline styles (the running head), stylesheets and body.
  // Scripts inserted with innerHTML do not run: plotly.js and this file stay as loaded.
  async function load(url) {
    document.body.removeAttribute('data-report-ready');
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error('report page answered ' + response.status);
    }
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    if (!doc.querySelector('[data-testid=report], [data-testid=report-error]')) {
      throw new Error('not a report page: ' + url);
    }
    document.title = doc.title;
    document.documentElement.lang = doc.documentElement.lang;
    // Only the report's own inline styles (the running head): plotly's injected styles stay.
    document.head.querySelectorAll('style[data-report-head]').forEach(function (s) { s.remove(); });
    doc.head.querySelectorAll('style[data-report-head]').forEach(function (s) { document.head.appendChild(document.importNode(s, true)); });
    const pending = [];
    doc.head.querySelectorAll('link[rel=stylesheet]').forEach(function (link) {
      const href = link.getAttribute('href');
      if (!Array.from(document.head.querySelectorAll('link[rel=stylesheet]')).some(function (l) { return l.getAttribute('href') === href; })) {
        const copy = document.importNode(link, true);
        pending.push(new Promise(function (resolve) { copy.onload = copy.onerror = resolve; }));
        document.head.appendChild(copy);
      }
    });
    // plotly measures text with its own hidden nodes in the body (#js-plotly-tester); they must survive the swap.
    const plotlyNodes = Array.from(document.body.children).filter(function (n) { return n.id && n.id.indexOf('js-plotly') === 0; });
    document.body.innerHTML = doc.body.innerHTML;
    plotlyNodes.forEach(function (n) { document.body.appendChild(n); });
    await Promise.all(pending);
    await document.fonts.ready;
    await draw();
  }

  window.dashboardReport = { draw: draw, load: load };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
