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
