// Evidence with its context: when a photo is chosen or taken on the on-site page, keep when it was taken (the
// file's own time, which the camera sets) and, if the device allows, where (the Geolocation API).
(function () {
  'use strict';
  document.querySelectorAll('input[type=file][data-capture-context]').forEach(function (input) {
    var form = input.form;
    function set(name, value) {
      var field = form.querySelector('input[name="' + name + '"]');
      if (field) {
        field.value = value === null || value === undefined ? '' : String(value);
      }
    }
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      set('capturedAt', file ? new Date(file.lastModified || Date.now()).toISOString() : '');
      set('latitude', '');
      set('longitude', '');
      set('accuracy', '');
      if (file && navigator.geolocation) {
        navigator.geolocation.getCurrentPosition(function (position) {
          set('latitude', position.coords.latitude);
          set('longitude', position.coords.longitude);
          set('accuracy', Math.round(position.coords.accuracy));
        }, function () { /* no position: the record says so */ },
        { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
      }
    });
  });
})();
