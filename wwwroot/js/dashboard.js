// Small browser helpers the dashboard calls through JS interop.
window.dashboard = {
  // Saves text as a file (CSV with its BOM, JSON) without a round trip to the server.
  download: function (fileName, mimeType, text) {
    const blob = new Blob([text], { type: mimeType });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
  // Fetches a file the server makes (a PDF report) and saves it under the name the server gives; on a refusal returns
  // the status and the Retry-After seconds, so the page can say what happened instead of opening an error tab.
  downloadUrl: async function (url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      return { status: response.status, retryAfter: parseInt(response.headers.get('Retry-After') || '0', 10) || 0 };
    }
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
    const name = match ? decodeURIComponent(match[1] || match[2]) : 'report.pdf';
    const blob = await response.blob();
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10000);
    return { status: response.status, retryAfter: 0 };
  },
  print: function () { window.print(); },
  // Plotly's own export of the chart drawn inside the element with this id (PNG or SVG, at the size shown, twice
  // the pixels for PNG so it prints sharply).
  downloadPlot: function (containerId, format, fileName) {
    const container = document.getElementById(containerId);
    const plot = container ? container.querySelector('.js-plotly-plot') : null;
    if (!plot || !window.Plotly) { return false; }
    window.Plotly.downloadImage(plot, { format: format, filename: fileName, width: plot.clientWidth, height: plot.clientHeight, scale: format === 'png' ? 2 : 1 });
    return true;
  },
  scrollToHash: function () {
    if (location.hash) {
      const target = document.getElementById(location.hash.substring(1));
      if (target) { target.scrollIntoView({ block: 'center' }); }
    }
  }
};
