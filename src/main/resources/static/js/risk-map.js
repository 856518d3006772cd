// 区域风险四色图: townships filled with their zone colour, enterprises as coloured markers with a link to their
// record and (for those who may) to file a hazard. Offline unless a tile layer is configured.
(function () {
  'use strict';
  var container = document.getElementById('risk-map');
  if (!container) { return; }
  var UNASSESSED = '#cccccc';
  var map = L.map(container, { zoomSnap: 0.25, attributionControl: false });
  if (container.dataset.tileUrl) {
    L.tileLayer(container.dataset.tileUrl, { maxZoom: 18 }).addTo(map);
  } else {
    container.classList.add('offline');
  }

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
      return r.json();
    });
  }

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value == null ? '' : String(value);
    return span.innerHTML;
  }

  Promise.all([getJson(container.dataset.boundariesUrl), getJson(container.dataset.mapUrl)]).then(function (results) {
    var boundaries = results[0];
    var risk = results[1];
    var zoneOf = {};
    risk.townships.forEach(function (t) { zoneOf[t.key] = t; });
    var layer = L.geoJSON(boundaries, {
      style: function (feature) {
        var zone = zoneOf[feature.properties.code];
        return { className: 'risk-township', color: '#34495e', weight: 1,
          fillColor: zone && zone.rgb ? zone.rgb : UNASSESSED, fillOpacity: 0.55 };
      },
      onEachFeature: function (feature, shape) {
        var zone = zoneOf[feature.properties.code] || {};
        shape.bindPopup('<strong>' + text(feature.properties.name) + '</strong><br>' +
          text(zone.levelLabel || container.dataset.labelUnassessed) + '<br>' +
          container.dataset.labelPoints + ': ' + (zone.activeRiskPoints || 0) + ' · ' +
          container.dataset.labelHazards + ': ' + (zone.openHazards || 0));
        shape.on('add', function () {
          var element = shape.getElement && shape.getElement();
          if (element) {
            element.setAttribute('data-township', feature.properties.code);
            element.setAttribute('data-colour', zone.colour || 'NONE');
          }
        });
      }
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [10, 10] });

    risk.enterprises.forEach(function (e) {
      var marker = L.circleMarker([e.lat, e.lon], {
        radius: 6, color: '#222', weight: 1, fillColor: e.rgb || UNASSESSED, fillOpacity: 0.95,
        className: 'risk-enterprise'
      });
      var links = '<a class="open-enterprise" href="/enterprises/' + e.key + '">' + text(container.dataset.labelOpen) + '</a>';
      if (container.dataset.mayFile === 'true') {
        links += ' · <a class="file-hazard" href="/hazards/new?enterprise=' + e.key + '">' +
          text(container.dataset.labelFile) + '</a>';
      }
      marker.bindPopup('<strong>' + text(e.name) + '</strong><br>' + text(e.industry) + ' · ' + text(e.levelLabel) +
        '<br>' + links);
      marker.on('add', function () {
        var element = marker.getElement && marker.getElement();
        if (element) { element.setAttribute('data-enterprise', e.key); }
      });
      marker.addTo(map);
    });
    var county = document.getElementById('county-level-value');
    if (county) {
      county.textContent = risk.county.levelLabel;
      county.setAttribute('data-colour', risk.county.colour || 'NONE');
    }
    container.dataset.rendered = 'true';
    drawChart(risk);
  }).catch(function (error) {
    container.dataset.rendered = 'error';
    container.textContent = String(error);
  });

  function drawChart(risk) {
    var element = document.getElementById('hazard-chart');
    if (!element || !window.echarts) { return; }
    var rows = Array.prototype.slice.call(document.querySelectorAll('#stats-township tbody tr'));
    var names = rows.map(function (r) { return r.cells[0].textContent; });
    function column(i) { return rows.map(function (r) { return Number(r.cells[i].textContent); }); }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      title: { text: element.dataset.title, textStyle: { fontSize: 13 } },
      legend: { top: 20 },
      grid: { left: 80, right: 10, top: 50, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names },
      series: [
        { name: element.dataset.labelFound, type: 'bar', data: column(1) },
        { name: element.dataset.labelClosed, type: 'bar', data: column(2) },
        { name: element.dataset.labelOverdue, type: 'bar', data: column(3), itemStyle: { color: '#c0392b' } }
      ]
    });
    element.dataset.rendered = 'true';
  }
})();
