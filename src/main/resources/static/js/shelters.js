// Shelters on the offline county map (Leaflet): colour by status and occupancy; each popup tells present people,
// capacity and the needs of the present evacuees. The shelter page shows its own marker the same way.
(function () {
  'use strict';
  function boundaries(map, url) {
    fetch(url).then(function (r) { return r.json(); }).then(function (geo) {
      L.geoJSON(geo, { style: { color: '#34495e', weight: 1, fillOpacity: 0.06 } }).addTo(map);
    }).catch(function () { /* markers show without boundaries */ });
  }
  function colour(open, present, capacity) {
    if (!open) { return '#7f8c8d'; }
    if (capacity > 0 && present >= capacity) { return '#c0392b'; }
    return present > 0 ? '#e67e22' : '#1e8449';
  }
  var mapElement = document.getElementById('shelter-map');
  if (mapElement && window.L) {
    var map = L.map(mapElement, { attributionControl: false }).setView([29.35, 121.88], 10);
    boundaries(map, mapElement.dataset.boundariesUrl);
    var points = [];
    document.querySelectorAll('#shelters tr.shelter').forEach(function (row) {
      var at = [parseFloat(row.dataset.lat), parseFloat(row.dataset.lon)];
      var present = Number(row.dataset.present), capacity = Number(row.dataset.capacity);
      points.push(at);
      var popup = document.createElement('div');
      popup.className = 'shelter-popup';
      var link = document.createElement('a');
      link.href = row.dataset.href;
      link.textContent = row.dataset.name;
      popup.appendChild(link);
      var occupancy = document.createElement('div');
      occupancy.className = 'popup-occupancy';
      occupancy.textContent = mapElement.dataset.labelPresent + ' ' + present + ' / ' + mapElement.dataset.labelCapacity + ' ' + capacity;
      popup.appendChild(occupancy);
      if (row.dataset.needs) {
        var needs = document.createElement('div');
        needs.className = 'popup-needs';
        needs.textContent = mapElement.dataset.labelNeeds + '：' + row.dataset.needs;
        popup.appendChild(needs);
      }
      L.circleMarker(at, {
        radius: present > 0 ? 8 : 5, color: colour(row.dataset.open === 'true', present, capacity), fillOpacity: 0.8,
        className: 'shelter-marker shelter-' + row.dataset.shelter + (present > 0 ? ' occupied' : '')
      }).bindPopup(popup).bindTooltip(row.dataset.name + ' ' + present + '/' + capacity).addTo(map);
    });
    if (points.length) { map.fitBounds(L.latLngBounds(points).pad(0.1), { maxZoom: 14 }); }
  }
  var detail = document.getElementById('shelter-detail-map');
  if (detail && window.L) {
    var at = [parseFloat(detail.dataset.lat), parseFloat(detail.dataset.lon)];
    var small = L.map(detail, { attributionControl: false }).setView(at, 13);
    boundaries(small, detail.dataset.boundariesUrl);
    L.circleMarker(at, { radius: 9, color: '#c0392b', fillOpacity: 0.8, className: 'shelter-marker' })
      .bindPopup(detail.dataset.name + '：' + detail.dataset.occupancy).addTo(small).openPopup();
  }
})();
