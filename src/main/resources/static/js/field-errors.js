// After a refused submit, puts the focus on the first invalid field. The server ties each field to the error shown
// beside it (aria-invalid, aria-describedby: web.FieldErrorsDialect, web.InvalidIfDialect), so this only moves focus.
(function () {
  function focusFirstInvalid() {
    var invalid = document.querySelector('main [aria-invalid=true]');
    if (invalid) { invalid.focus(); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusFirstInvalid);
  } else {
    focusFirstInvalid();
  }
})();
