// Draws the report's charts (plotly.js, static, fixed size) and marks the page ready for the PDF renderer;
// with ?print=1 it then opens the browser's print dialog.
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
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
