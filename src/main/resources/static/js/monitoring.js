// 监测 page: stations on the county map coloured by their current level, and the hourly chart of one station.
(function () {
  'use strict';
  var COLOURS = { NONE: '#2e8b57', BLUE: '#1e6fd9', YELLOW: '#e6c200', ORANGE: '#f08c00', RED: '#d7263d' };

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': HTTP ' + response.status); }
      return response.json();
    });
  }

  var container = document.getElementById('monitoring-map');
  if (container) {
    var map = L.map(container, { zoomSnap: 0.25, attributionControl: false });
    container.classList.add('offline');
    Promise.all([getJson(container.dataset.boundariesUrl), getJson(container.dataset.stationsUrl)])
      .then(function (results) {
        var areas = L.geoJSON(results[0], {
          style: function () { return { color: '#34495e', weight: 1, fillColor: '#dfe6e9', fillOpacity: 0.4 }; }
        }).addTo(map);
        map.fitBounds(areas.getBounds(), { padding: [10, 10] });
        results[1].forEach(function (s) {
          var marker = L.circleMarker([s.lat, s.lon], {
            radius: s.kind === 'RAIN_GAUGE' ? 7 : 5, color: '#222', weight: 1,
            fillColor: COLOURS[s.level] || '#999', fillOpacity: 0.9, className: 'station-marker level-' + s.level
          });
          var sums = s.sums && s.sums['3h'] !== undefined ? '<br>3h ' + s.sums['3h'] + ' · 24h ' + s.sums['24h'] + ' ' + s.unit : '';
          marker.bindPopup('<strong>' + s.name + '</strong> ' + s.id + '<br>' +
            (s.latest === null ? '—' : s.latest + ' ' + s.unit) + sums);
          marker.on('click', function () { drawChart(s.id); });
          marker.addTo(map);
        });
        container.dataset.stationCount = String(results[1].length);
        container.dataset.rendered = 'true';
      })
      .catch(function (error) {
        container.dataset.rendered = 'error';
        container.textContent = String(error);
      });
  }

  var chartElement = document.getElementById('station-chart');
  var select = document.getElementById('chart-station');
  var chart = chartElement ? echarts.init(chartElement) : null;

  function drawChart(stationId) {
    if (!chart || !stationId) { return; }
    if (select) { select.value = stationId; }
    getJson(chartElement.dataset.hourlyUrl + encodeURIComponent(stationId) + '/hourly?hours=24').then(function (hours) {
      chart.setOption({
        title: { text: stationId, left: 'center', textStyle: { fontSize: 13 } },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: hours.map(function (h) { var d = new Date(h.hourEnd); return ('0' + d.getHours()).slice(-2) + ':00'; }) },
        yAxis: { type: 'value' },
        series: [{ name: chartElement.dataset.labelValue, type: 'bar', data: hours.map(function (h) { return h.value; }) }]
      }, true);
      chartElement.dataset.station = stationId;
      chartElement.dataset.rendered = 'true';
    });
  }

  if (select) {
    select.addEventListener('change', function () { drawChart(select.value); });
    drawChart(select.value);
  }
})();
