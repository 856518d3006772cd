// The live board: refreshes its table whenever the server announces a change (server-sent events),
// and draws open incidents on an offline map.
(function () {
  'use strict';
  var board = document.getElementById('live-board');
  if (!board) { return; }
  var mapElement = document.getElementById('incident-map');
  var map = null, markers = null;
  if (mapElement && window.L) {
    map = L.map(mapElement, { attributionControl: false }).setView([29.35, 121.88], 10);
    markers = L.layerGroup().addTo(map);
    fetch(mapElement.dataset.boundariesUrl).then(function (r) { return r.json(); }).then(function (geo) {
      L.geoJSON(geo, { style: { color: '#34495e', weight: 1, fillOpacity: 0.08 } }).addTo(map);
    });
  }
  function drawMarkers() {
    if (!markers) { return; }
    markers.clearLayers();
    board.querySelectorAll('.board-row').forEach(function (row) {
      L.circleMarker([parseFloat(row.dataset.lat), parseFloat(row.dataset.lon)],
        { radius: 8, color: '#c0392b', fillColor: '#e74c3c', fillOpacity: 0.9, className: 'incident-marker' })
        .bindTooltip(row.dataset.label).addTo(markers);
    });
  }
  function refresh() {
    fetch(board.dataset.fragment, { headers: { 'HX-Request': 'true' } })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#board-content');
        if (fresh) {
          document.getElementById('board-content').replaceWith(fresh);
          drawMarkers();
          board.dataset.refreshed = String(Number(board.dataset.refreshed || '0') + 1);
        }
      });
  }
  drawMarkers();
  var source = new EventSource(board.dataset.stream);
  source.addEventListener('update', function (event) {
    if (event.data === 'hello') { board.dataset.connected = 'true'; return; }
    refresh();
  });
})();
