// The console's one script: a known speaker's button puts "Name: " at the start of a new
// paragraph in the text, where the cursor is. The form works without it: type the name instead.
document.addEventListener('DOMContentLoaded', function () {
  var body = document.getElementById('body');
  if (!body) {
    return;
  }
  document.querySelectorAll('button.speaker-pick').forEach(function (button) {
    button.addEventListener('click', function () {
      var at = body.selectionStart, text = body.value;
      var before = text.slice(0, at).replace(/\s*$/, '');
      var opening = (before.length ? before + '\n\n' : '') + button.dataset.speaker + ': ';
      body.value = opening + text.slice(body.selectionEnd).replace(/^\s*/, '');
      body.focus();
      body.selectionStart = body.selectionEnd = opening.length;
    });
  });
});
