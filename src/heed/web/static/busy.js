// Forms whose work takes a while (filtering a million recipients, uploading a large import)
// say so once submitted: the button is disabled, so a second click does not start the work
// again, and a status line (read out by screen readers) says what is happening. Download
// links marked data-busy (the suppressions export, streamed as it is written) say so in the
// status line of their data-busy-area. Without JavaScript both work the same, only without
// the notice.
(function () {
  "use strict";
  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var status = form.querySelector("[data-busy-status]");
      if (status) { status.textContent = form.getAttribute("data-busy"); }
      // After this turn: the submission has already taken the form's fields by then.
      window.setTimeout(function () {
        form.querySelectorAll('button[type="submit"]').forEach(function (button) {
          button.disabled = true;
        });
      }, 0);
    });
  });
  document.querySelectorAll("a[data-busy]").forEach(function (link) {
    link.addEventListener("click", function () {
      var area = link.closest("[data-busy-area]") || document;
      var status = area.querySelector("[data-busy-status]");
      if (status) { status.textContent = link.getAttribute("data-busy"); }
    });
  });
}());
