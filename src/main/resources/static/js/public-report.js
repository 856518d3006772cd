// The public report page: click the map to give the location; the point goes into the hidden lat/lon fields.
(function () {
  'use strict';
  var element = document.getElementById('public-map');
  if (!element || !window.L) { return; }
  var map = L.map(element, { attributionControl: false }).setView([29.35, 121.88], 10);
  fetch(element.dataset.boundariesUrl).then(function (r) { return r.json(); }).then(function (geo) {
    L.geoJSON(geo, { style: { color: '#34495e', weight: 1, fillOpacity: 0.08 } }).addTo(map);
  });
  var marker = null;
  map.on('click', function (event) {
    document.getElementById('public-lat').value = event.latlng.lat.toFixed(5);
    document.getElementById('public-lon').value = event.latlng.lng.toFixed(5);
    document.getElementById('public-township').value = '';
    if (marker) { marker.setLatLng(event.latlng); } else { marker = L.marker(event.latlng).addTo(map); }
  });
})();
