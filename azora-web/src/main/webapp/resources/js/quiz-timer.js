// Countdown of a timed quiz. The server renders the time left by its own clock (data-remaining, in
// ms), so a wrong client clock does not matter; at zero the form is submitted. The server enforces
// the deadline itself: this only saves the student's answers in time.
(function () {
  var el = document.getElementById('timer');
  if (!el) {
    return;
  }
  var end = performance.now() + parseInt(el.getAttribute('data-remaining'), 10);
  var submitted = false;
  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function tick() {
    var left = Math.max(0, Math.round((end - performance.now()) / 1000));
    el.textContent = Math.floor(left / 60) + ':' + pad(left % 60);
    if (left === 0 && !submitted) {
      submitted = true;
      el.textContent = '0:00 — submitting…';
      var button = document.getElementById(el.getAttribute('data-submit'));
      if (button) {
        button.click();
      }
      return;
    }
    window.setTimeout(tick, 250);
  }
  tick();
})();
