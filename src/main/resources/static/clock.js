/*
 * Keeps the masthead's clocks ticking. The page carries the instant it was rendered for
 * (data-now) and each clock's time zone (data-zone); no framework, and the page reads the same
 * without this script.
 *
 * When the server's instant and the reader's clock agree to within two minutes, the site is live
 * and the reader's clock is the better source (a cached page may be up to a minute old). When they
 * do not, the site is being shown as at another moment (--now), and the clocks tick on from that
 * moment instead of jumping to the real time.
 */
(function () {
  'use strict';
  var box = document.querySelector('[data-now]');
  if (!box || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var rendered = Date.parse(box.getAttribute('data-now'));
  if (isNaN(rendered)) {
    return;
  }
  var loaded = Date.now();
  var offset = Math.abs(loaded - rendered) < 120000 ? 0 : rendered - loaded;
  var clocks = Array.prototype.slice.call(box.querySelectorAll('time[data-zone]'));
  var formats = clocks.map(function (clock) {
    try {
      return new Intl.DateTimeFormat('en-GB', {
        hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: clock.getAttribute('data-zone')
      });
    } catch (unknownZone) {
      return null; // leave this clock as the server rendered it
    }
  });

  function tick() {
    var now = new Date(Date.now() + offset);
    clocks.forEach(function (clock, i) {
      if (formats[i]) {
        clock.textContent = formats[i].format(now);
      }
    });
    setTimeout(tick, 60000 - (now.getTime() % 60000) + 50);
  }

  tick();
}());
