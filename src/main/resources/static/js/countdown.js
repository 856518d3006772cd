// Countdown to each upward-report deadline on the duty desk; overdue ones turn red.
(function () {
  'use strict';
  var script = document.getElementById('countdown-script');
  var overdueLabel = script ? script.dataset.overdue : 'overdue';
  var leftLabel = script ? script.dataset.left : 'left';
  function format(ms) {
    var total = Math.floor(Math.abs(ms) / 1000);
    var h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    return (h > 0 ? h + ':' : '') + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
  }
  function tick() {
    document.querySelectorAll('.countdown[data-due]').forEach(function (el) {
      var ms = Date.parse(el.dataset.due) - Date.now();
      el.textContent = ms >= 0 ? leftLabel + ' ' + format(ms) : overdueLabel + ' ' + format(ms);
      el.classList.toggle('late', ms < 0);
    });
  }
  tick();
  setInterval(tick, 1000);
})();
