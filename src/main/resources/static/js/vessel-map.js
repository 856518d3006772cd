// The fleet map: thousands of vessels as circle markers on Leaflet's canvas renderer (one canvas, no DOM node per
// boat), ports, anchorages and fences from the page, positions polled every 15 s in the page's session. Offline.
(function () {
  'use strict';
  var container = document.getElementById('vessel-map');
  if (!container) { return; }
  var renderer = L.canvas({ padding: 0.5 });
  var map = L.map(container, { preferCanvas: true, attributionControl: false }).setView([29.2, 122.15], 9);
  if (container.dataset.tileUrl) {
    L.tileLayer(container.dataset.tileUrl, { maxZoom: 18 }).addTo(map);
  } else {
    container.classList.add('offline');
  }
  var colours = { PORT: '#2c7be5', ANCHORAGE: '#00a676', FENCE_DANGEROUS: '#d9534f', FENCE_RESTRICTED: '#f0ad4e',
    FENCE_CHANNEL: '#6f42c1', FENCE_TYPHOON: '#e83e8c' };

  function ringsOf(wkt) {
    // POLYGON ((x y, …), (…)) or MULTIPOLYGON (((…)), ((…))): every ring as [lat, lon] pairs
    var rings = [];
    var re = /\(([^()]+)\)/g;
    var m;
    while ((m = re.exec(wkt)) !== null) {
      rings.push(m[1].split(',').map(function (pair) {
        var xy = pair.trim().split(/\s+/);
        return [parseFloat(xy[1]), parseFloat(xy[0])];
      }));
    }
    return rings;
  }

  document.querySelectorAll('#vessel-areas li').forEach(function (li) {
    var colour = colours[li.dataset.kind] || '#555';
    L.polygon(ringsOf(li.dataset.wkt), { renderer: renderer, color: colour, weight: 1, fillOpacity: 0.15,
      className: 'vessel-area' }).bindTooltip(li.dataset.name + (li.dataset.capacity ? ' (' + li.dataset.capacity + ')' : ''))
      .addTo(map);
  });

  var stateColours = { AT_SEA: '#1f77b4', IN_PORT: '#7f8c8d', LOST: '#e74c3c' };
  var layer = L.layerGroup().addTo(map);
  var markers = {};
  container.dataset.vessels = '0';

  function refresh() {
    fetch(container.dataset.positionsUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (rows) {
        rows.forEach(function (row) {
          var id = row[0];
          var marker = markers[id];
          var style = { radius: 3, renderer: renderer, stroke: false, fillOpacity: 0.85, fillColor: stateColours[row[5]] };
          if (marker) {
            marker.setLatLng([row[1], row[2]]);
            marker.setStyle(style);
          } else {
            marker = L.circleMarker([row[1], row[2]], style).bindTooltip(row[7]);
            marker.addTo(layer);
            markers[id] = marker;
          }
        });
        container.dataset.vessels = String(rows.length);
      })
      .catch(function (e) { container.dataset.error = e.message; });
  }
  refresh();
  setInterval(refresh, 15000);
})();
