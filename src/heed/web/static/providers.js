// The sender page shows only the chosen provider's fields. Without JavaScript the server sends
// just those, and "Show its settings" asks it for another provider's; with it, choosing a
// provider shows its fields at once and the button is not needed.
(function () {
  "use strict";
  document.querySelectorAll("select[data-shows]").forEach(function (select) {
    var form = select.form;
    function show() {
      form.querySelectorAll("[data-provider]").forEach(function (part) {
        part.hidden = part.getAttribute("data-provider") !== select.value;
      });
    }
    form.querySelectorAll("[data-no-js]").forEach(function (button) { button.hidden = true; });
    select.addEventListener("change", show);
    show();
  });
}());
