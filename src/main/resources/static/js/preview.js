// Shows a chosen photo before it is uploaded, so the inspector sees the evidence is the right one.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.matches('input[type=file][data-preview]')) { return; }
  var box = document.getElementById(input.getAttribute('data-preview'));
  box.replaceChildren();
  if (input.files.length && input.files[0].type.indexOf('image/') === 0) {
    var img = document.createElement('img');
    img.alt = input.files[0].name;
    img.src = URL.createObjectURL(input.files[0]);
    box.appendChild(img);
  }
});
