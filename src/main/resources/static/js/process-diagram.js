// Draws the inspection's process with bpmn-js and marks the steps passed and the current one; until the viewer
// has drawn (or when it cannot), the server-drawn SVG inside the same container stays in place.
(function () {
  'use strict';
  var box = document.getElementById('diagram');
  if (!box || !window.BpmnJS || !window.fetch) { return; }

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

  fetch(box.getAttribute('data-model'), { credentials: 'same-origin' }).then(function (answer) {
    if (!answer.ok) { throw new Error('diagram model: HTTP ' + answer.status); }
    return answer.text();
  }).then(function (xml) {
    var fallback = box.querySelector('.diagram-fallback');
    var canvasBox = document.createElement('div');
    canvasBox.className = 'diagram-canvas';
    box.appendChild(canvasBox);
    var viewer = new window.BpmnJS({ container: canvasBox });
    return viewer.importXML(xml).then(function () {
      if (fallback) { fallback.remove(); }
      viewer.get('canvas').zoom('fit-viewport');
      mark(viewer);
      box.classList.add('drawn');
    }, function (error) {
      canvasBox.remove();
      viewer.destroy();
      throw error;
    });
  }).catch(function (error) {
    if (window.console) { window.console.warn(error); }
  });
}());
