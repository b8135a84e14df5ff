// Draws the inspection's process with bpmn-js and marks the steps passed and the current one; until the viewer
// has drawn (or when it cannot), the server-drawn SVG inside the same container stays in place.
// The drawing fills the width of its box (its height follows the model's proportions); the zoom buttons widen or
// narrow it, and the box, a focusable region, then scrolls with the arrow keys as well as the mouse.
(function () {
  'use strict';
  var box = document.getElementById('diagram');
  var tools = document.getElementById('diagram-tools');
  if (!box || !window.BpmnJS || !window.fetch) { return; }
  var STEP = 1.25;
  var MAX_ZOOM = 3;
  var LABELS = { fontSize: '18px', lineHeight: 1.2 };
  var OUTSIDE = { fontSize: '16px', lineHeight: 1.2 };

  function ids(name) {
    return (box.getAttribute(name) || '').split(' ').filter(Boolean);
  }

  function mark(viewer) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    [['data-passed', 'bpmn-passed'], ['data-current', 'bpmn-current']].forEach(function (pair) {
      ids(pair[0]).forEach(function (id) {
        if (registry.get(id)) { canvas.addMarker(id, pair[1]); }
      });
    });
  }

  function zoomer(viewer, canvasBox) {
    var canvas = viewer.get('canvas');
    var inner = canvas.viewbox().inner;
    var margin = 10;
    var model = { x: inner.x - margin, y: inner.y - margin, width: inner.width + 2 * margin,
      height: inner.height + 2 * margin };
    var zoom = 1;
    var base = 0;
    function draw() {
      if (!base) {
        canvasBox.style.width = '';
        base = canvasBox.clientWidth;
      }
      var width = Math.round(base * zoom);
      canvasBox.style.width = width + 'px';
      canvasBox.style.height = Math.ceil(width * model.height / model.width) + 'px';
      canvas.resized();
      canvas.viewbox(model);
    }
    window.addEventListener('resize', function () { base = 0; draw(); });
    return {
      draw: draw,
      by: function (factor) {
        zoom = factor === 0 ? 1 : Math.min(MAX_ZOOM, Math.max(1, zoom * factor));
        draw();
      }
    };
  }

  function bindTools(zoom) {
    if (!tools) { return; }
    tools.querySelectorAll('button[data-zoom]').forEach(function (button) {
      button.addEventListener('click', function () {
        var how = button.getAttribute('data-zoom');
        zoom.by(how === 'in' ? STEP : how === 'out' ? 1 / STEP : 0);
      });
    });
    tools.hidden = false;
  }

  fetch(box.getAttribute('data-model'), { credentials: 'same-origin' }).then(function (answer) {
    if (!answer.ok) { throw new Error('diagram model: HTTP ' + answer.status); }
    return answer.text();
  }).then(function (xml) {
    var fallback = box.querySelector('.diagram-fallback');
    var canvasBox = document.createElement('div');
    canvasBox.className = 'diagram-canvas';
    box.appendChild(canvasBox);
    var viewer = new window.BpmnJS({ container: canvasBox,
      textRenderer: { defaultStyle: LABELS, externalStyle: OUTSIDE } });
    return viewer.importXML(xml).then(function () {
      if (fallback) { fallback.remove(); }
      mark(viewer);
      box.classList.add('drawn');
      var zoom = zoomer(viewer, canvasBox);
      zoom.draw();
      bindTools(zoom);
    }, function (error) {
      canvasBox.remove();
      viewer.destroy();
      throw error;
    });
  }).catch(function (error) {
    if (window.console) { window.console.warn(error); }
  });
}());
