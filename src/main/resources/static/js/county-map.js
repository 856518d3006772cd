// The county map: township areas (imported boundaries or approximate cells) coloured by rescue circle,
// with labels and circle hubs. Works offline: a tile layer is drawn only when one is configured.
(function () {
  'use strict';
  var container = document.getElementById('county-map');
  if (!container) { return; }
  var english = container.dataset.lang === 'en';
  var circles = [];
  var circleOf = {};

  var map = L.map(container, { zoomSnap: 0.25, attributionControl: false, preferCanvas: false });
  var tileUrl = container.dataset.tileUrl;
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18 }).addTo(map);
  } else {
    container.classList.add('offline');
  }

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': HTTP ' + response.status); }
      return response.json();
    });
  }

  Promise.all([getJson(container.dataset.circlesUrl), getJson(container.dataset.boundariesUrl)])
    .then(function (results) {
      circles = results[0];
      circles.forEach(function (c) { c.members.forEach(function (m) { circleOf[m] = c; }); });
      var collection = results[1];
      var layer = L.geoJSON(collection, {
        style: function (feature) {
          var circle = circleOf[feature.properties.code];
          return {
            className: 'township-area',
            color: '#34495e', weight: 1, dashArray: feature.properties.approximate ? '4 3' : null,
            fillColor: circle ? circle.color : '#cccccc', fillOpacity: 0.45
          };
        },
        onEachFeature: function (feature, shape) {
          var p = feature.properties;
          var circle = circleOf[p.code];
          L.tooltip({ permanent: true, direction: 'center', className: 'township-label', interactive: false })
            .setLatLng([p.labelPoint[1], p.labelPoint[0]])
            .setContent(english ? p.nameEn : p.name)
            .addTo(map);
          shape.bindPopup('<strong>' + p.name + '</strong> ' + p.code + '<br>' + p.kind +
            (circle ? '<br>' + container.dataset.labelCircle + ': ' + (english ? circle.nameEn : circle.name) : '') +
            (p.approximate ? '<br><em>' + container.dataset.labelApproximate + '</em>' : '') +
            '<br><a href="/townships/' + p.code + '">' + p.code + '</a>');
          shape.on('add', function () {
            var element = shape.getElement && shape.getElement();
            if (element) { element.setAttribute('data-township', p.code); }
          });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [10, 10] });

      collection.features.forEach(function (feature) {
        var circle = circleOf[feature.properties.code];
        if (circle && circle.hubTownshipCode === feature.properties.code) {
          var seat = feature.properties.seat;
          L.circleMarker([seat[1], seat[0]], {
            radius: 9, color: circle.color, weight: 3, fillColor: '#ffffff', fillOpacity: 1, className: 'circle-hub'
          }).bindTooltip((english ? circle.nameEn : circle.name) + ' · ' + container.dataset.labelHub).addTo(map);
        }
      });

      container.dataset.townshipCount = String(collection.features.length);
      container.dataset.circleCount = String(circles.length);
      container.dataset.rendered = 'true';
      drawCircleChart(collection);
    })
    .catch(function (error) {
      container.dataset.rendered = 'error';
      container.textContent = String(error);
    });

  function drawCircleChart(collection) {
    var element = document.getElementById('circle-chart');
    if (!element || !window.echarts) { return; }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      title: { text: element.dataset.title, textStyle: { fontSize: 13 } },
      grid: { left: 90, right: 20, top: 36, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: circles.map(function (c) { return english ? c.nameEn : c.name; }) },
      series: [{
        type: 'bar',
        data: circles.map(function (c) { return { value: c.members.length, itemStyle: { color: c.color } }; })
      }]
    });
    element.dataset.rendered = 'true';
  }
})();
