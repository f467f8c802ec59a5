// The consent pages' small behaviours; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // Step 5: "전체동의" ticks every agreement, and is ticked when all are.
  var all = document.getElementById('agreeAll');
  if (all) {
    var each = Array.prototype.slice.call(document.querySelectorAll('input.agreement'));
    all.addEventListener('change', function () { each.forEach(function (box) { box.checked = all.checked; }); });
    each.forEach(function (box) {
      box.addEventListener('change', function () { all.checked = each.every(function (b) { return b.checked; }); });
    });
  }
  // Step 6: the code's countdown (mm:ss), as the seed's screens show it.
  var countdown = document.getElementById('countdown');
  if (countdown) {
    var left = parseInt(countdown.getAttribute('data-seconds'), 10) || 0;
    var show = function () {
      var m = Math.floor(left / 60), s = left % 60;
      countdown.textContent = (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
    };
    show();
    var timer = setInterval(function () { left = Math.max(0, left - 1); show(); if (left === 0) { clearInterval(timer); } }, 1000);
  }
});
