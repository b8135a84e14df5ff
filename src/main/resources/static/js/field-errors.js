// Ties each error shown beside a field to that field (aria-invalid, aria-describedby) and, after a refused
// submit, puts the focus on the first invalid field: the one home of this rule for every page form.
(function () {
  var CONTROLS = 'input:not([type=hidden]), select, textarea';
  var counter = 0;

  function controlsBefore(error) {
    for (var el = error.previousElementSibling; el; el = el.previousElementSibling) {
      if (el.matches('.field-error')) { return []; }
      if (el.matches(CONTROLS)) { return [el]; }
      var inside = el.querySelectorAll(CONTROLS);
      if (inside.length) { return Array.prototype.slice.call(inside); }
    }
    return [];
  }

  function tie(error) {
    if (!error.id) { error.id = 'field-error-' + (++counter); }
    return controlsBefore(error).map(function (control) {
      control.setAttribute('aria-invalid', 'true');
      var described = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (described.indexOf(error.id) < 0) { described.push(error.id); }
      control.setAttribute('aria-describedby', described.join(' '));
      return control;
    });
  }

  function tieAll() {
    var invalid = [];
    document.querySelectorAll('.field-error').forEach(function (error) { invalid = invalid.concat(tie(error)); });
    if (invalid.length) { invalid[0].focus(); }
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', tieAll); } else { tieAll(); }
})();
