// Rescue forces: people per kind (ECharts) and team bases on the offline county map (Leaflet).
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('#kind-counts tr[data-kind]'));
  var chartElement = document.getElementById('kind-chart');
  if (chartElement && window.echarts) {
    var chart = echarts.init(chartElement, null, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 140, right: 20, top: 10, bottom: 20 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.cells[0].textContent; }) },
      series: [{ type: 'bar', data: rows.map(function (r) { return Number(r.dataset.people); }), itemStyle: { color: '#c0392b' } }]
    });
  }
  var mapElement = document.getElementById('team-map');
  if (!mapElement || !window.L) { return; }
  var map = L.map(mapElement, { attributionControl: false }).setView([29.35, 121.88], 10);
  fetch(mapElement.dataset.boundariesUrl).then(function (r) { return r.json(); }).then(function (geo) {
    L.geoJSON(geo, { style: { color: '#34495e', weight: 1, fillOpacity: 0.06 } }).addTo(map);
  });
  document.querySelectorAll('#teams tr.team').forEach(function (row) {
    L.circleMarker([parseFloat(row.dataset.lat), parseFloat(row.dataset.lon)],
      { radius: 5, color: '#1f5f9e', fillOpacity: 0.8, className: 'team-marker' }).bindTooltip(row.dataset.name).addTo(map);
  });
})();
