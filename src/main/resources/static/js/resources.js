// Rescue forces: teams and people per kind (ECharts) and the listed teams' bases on the offline county map (Leaflet).
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('#kind-counts tr[data-kind]'));
  var chartElement = document.getElementById('kind-chart');
  if (chartElement && window.echarts && rows.length) {
    var chart = echarts.init(chartElement, null, { renderer: 'svg' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [chartElement.dataset.labelPeople, chartElement.dataset.labelTeams], bottom: 0 },
      grid: { left: 150, right: 20, top: 30, bottom: 40 },
      // people and teams differ by two orders of magnitude, so teams get their own axis on top
      xAxis: [{ type: 'value' }, { type: 'value', position: 'top', minInterval: 1 }],
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.cells[0].textContent.trim(); }) },
      series: [
        { name: chartElement.dataset.labelPeople, type: 'bar', itemStyle: { color: '#c0392b' },
          data: rows.map(function (r) { return Number(r.dataset.people); }) },
        { name: chartElement.dataset.labelTeams, type: 'bar', xAxisIndex: 1, itemStyle: { color: '#1f5f9e' },
          data: rows.map(function (r) { return Number(r.dataset.teams); }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  var mapElement = document.getElementById('team-map');
  if (!mapElement || !window.L) { return; }
  var map = L.map(mapElement, { attributionControl: false }).setView([29.35, 121.88], 10);
  fetch(mapElement.dataset.boundariesUrl).then(function (r) { return r.json(); }).then(function (geo) {
    L.geoJSON(geo, { style: { color: '#34495e', weight: 1, fillOpacity: 0.06 } }).addTo(map);
  }).catch(function () { /* the markers still show without boundaries */ });
  var colours = { ON_DUTY: '#1e8449', DISPATCHED: '#c0392b', OFF_DUTY: '#7f8c8d', UNAVAILABLE: '#34495e' };
  var bases = [];
  document.querySelectorAll('#teams tr.team').forEach(function (row) {
    var base = [parseFloat(row.dataset.lat), parseFloat(row.dataset.lon)];
    bases.push(base);
    L.circleMarker(base, {
      radius: 5, color: colours[row.dataset.status] || '#1f5f9e', fillOpacity: 0.8, className: 'team-marker'
    }).bindTooltip(row.dataset.name).addTo(map);
  });
  if (bases.length) {
    map.fitBounds(L.latLngBounds(bases).pad(0.15), { maxZoom: 13 });
  }
})();
