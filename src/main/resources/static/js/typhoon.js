// One typhoon track: the track and its wind circles at a chosen time on the county map (Leaflet, offline unless a
// tile layer is configured), and each township's distance to the centre over time (ECharts).
(function () {
  'use strict';
  var LEVEL_COLOURS = { 6: '#2e86de', 8: '#d4ac0d', 10: '#e67e22', 12: '#c0392b' };
  var GRADE_COLOURS = { TD: '#27ae60', TS: '#2e86de', STS: '#d4ac0d', TY: '#e67e22', STY: '#c0392b', SUPER_TY: '#8e44ad' };

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': HTTP ' + response.status); }
      return response.json();
    });
  }

  function beijing(iso) {
    var t = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
    return t.toISOString().substring(5, 16).replace('T', ' ');
  }

  var container = document.getElementById('typhoon-map');
  if (container && window.L) {
    var map = L.map(container, { attributionControl: false }).setView([29.4, 121.9], 7);
    if (container.dataset.tileUrl) {
      L.tileLayer(container.dataset.tileUrl, { maxZoom: 18 }).addTo(map);
    } else {
      container.classList.add('offline');
    }
    getJson(container.dataset.boundariesUrl).then(function (geo) {
      L.geoJSON(geo, { style: { color: '#34495e', weight: 1, fillOpacity: 0.15 } }).addTo(map);
    }).catch(function () { /* the track still shows without boundaries */ });

    var windLayer = L.layerGroup().addTo(map);
    var slider = document.getElementById('typhoon-time');
    var label = document.getElementById('typhoon-time-label');
    getJson(container.dataset.trackUrl).then(function (data) {
      var fixes = data.fixes;
      var line = L.polyline(fixes.map(function (f) { return [f.lat, f.lon]; }), { color: '#2c3e50', weight: 2 }).addTo(map);
      fixes.forEach(function (f) {
        L.circleMarker([f.lat, f.lon], { radius: 3, weight: 1, color: '#2c3e50',
          fillColor: GRADE_COLOURS[f.cycloneGrade] || '#95a5a6', fillOpacity: 1, className: 'track-fix' })
          .bindTooltip(beijing(f.time) + ' ' + (f.pressureHpa || '') + ' hPa ' + (f.maxWindMs || '') + ' m/s')
          .addTo(map);
      });
      map.fitBounds(line.getBounds(), { padding: [10, 10] });
      slider.max = String(fixes.length - 1);
      var closest = Date.parse(container.dataset.closestAt);
      var start = 0;
      fixes.forEach(function (f, i) {
        if (Math.abs(Date.parse(f.time) - closest) < Math.abs(Date.parse(fixes[start].time) - closest)) { start = i; }
      });
      slider.value = String(start);
      function show() {
        var fix = fixes[Number(slider.value)];
        label.textContent = beijing(fix.time);
        getJson(container.dataset.windUrl + '?at=' + encodeURIComponent(fix.time)).then(function (geo) {
          windLayer.clearLayers();
          L.geoJSON(geo, {
            style: function (feature) {
              var colour = LEVEL_COLOURS[feature.properties.level] || '#7f8c8d';
              return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.08 };
            },
            pointToLayer: function (feature, latlng) {
              return L.circleMarker(latlng, { radius: 6, color: '#000', fillColor: '#fff', fillOpacity: 1 });
            },
            onEachFeature: function (feature, shape) {
              shape.on('add', function () {
                var element = shape.getElement && shape.getElement();
                // a GeoJSON style's className is not applied by Leaflet, so the class is set on the element
                if (element && feature.properties.level) {
                  element.classList.add('wind-area');
                  element.setAttribute('data-level', feature.properties.level);
                }
              });
            }
          }).addTo(windLayer);
        });
      }
      slider.addEventListener('input', show);
      show();
    });
  }

  var chartElement = document.getElementById('distance-chart');
  if (chartElement && window.echarts) {
    var chart = echarts.init(chartElement, null, { renderer: 'svg' });
    getJson(chartElement.dataset.impactUrl).then(function (impact) {
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', bottom: 0 },
        grid: { left: 60, right: 20, top: 20, bottom: 60 },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', name: chartElement.dataset.labelKm },
        series: impact.townships.map(function (t) {
          return { name: t.name, type: 'line', showSymbol: false,
            data: t.distances.map(function (d) { return [d[0], d[1]]; }) };
        })
      });
      chartElement.setAttribute('data-series', String(impact.townships.length));
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
}());
