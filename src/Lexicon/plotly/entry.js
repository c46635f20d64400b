// The dashboard's plotly.js: the core and only the trace types its charts use (scatter comes with the core).
// Keep in step with the traces the Razor chart components and ReportChartSpec create.
var Plotly = require('plotly.js/lib/core');

Plotly.register([
  require('plotly.js/lib/bar'),
  require('plotly.js/lib/heatmap'),
  require('plotly.js/lib/scatterpolar'),
  require('plotly.js/lib/scattergeo'),
]);

module.exports = Plotly;
