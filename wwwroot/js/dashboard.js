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
  scrollToHash: function () {
    if (location.hash) {
      const target = document.getElementById(location.hash.substring(1));
      if (target) { target.scrollIntoView({ block: 'center' }); }
    }
  }
};
