// The representative's signature: drawn with pointer events (touch, pen or mouse) on a canvas, kept as a PNG
// data: URL in the form's hidden field. No inline script: the page's Content-Security-Policy allows only 'self'.
(function () {
  'use strict';
  document.querySelectorAll('canvas[data-signature-for]').forEach(function (canvas) {
    var field = document.getElementById(canvas.getAttribute('data-signature-for'));
    var context = canvas.getContext('2d');
    var drawing = false;
    var inked = false;
    var last = null;

    function size() {
      var box = canvas.getBoundingClientRect();
      var ratio = window.devicePixelRatio || 1;
      canvas.width = Math.max(1, Math.round(box.width * ratio));
      canvas.height = Math.max(1, Math.round(box.height * ratio));
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.lineWidth = 2.5;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = '#111';
      inked = false;
      field.value = '';
    }

    function point(event) {
      var box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    }

    function stroke(from, to) {
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
      inked = true;
    }

    function finish() {
      if (drawing) {
        drawing = false;
        field.value = inked ? canvas.toDataURL('image/png') : '';
      }
    }

    canvas.addEventListener('pointerdown', function (event) {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      drawing = true;
      last = point(event);
      stroke(last, { x: last.x + 0.1, y: last.y + 0.1 });
    });
    canvas.addEventListener('pointermove', function (event) {
      if (drawing) {
        var next = point(event);
        stroke(last, next);
        last = next;
      }
    });
    ['pointerup', 'pointercancel'].forEach(function (type) {
      canvas.addEventListener(type, finish);
    });
    var clear = document.querySelector('[data-signature-clear="' + canvas.id + '"]');
    if (clear) {
      clear.addEventListener('click', function () {
        context.clearRect(0, 0, canvas.width, canvas.height);
        inked = false;
        field.value = '';
      });
    }
    size();
  });
})();
