// Follows a running import on its page: polls its progress and reloads once it is done, so
// the result and the refused rows appear. Without JavaScript the page refreshes itself.
(function () {
  "use strict";
  var card = document.querySelector("[data-import-progress]");
  var bar = document.getElementById("progress");
  if (!card || !bar) { return; }
  var url = card.getAttribute("data-import-progress");

  function show(state) {
    bar.max = state.rows_total || 1;
    bar.value = state.rows_processed;
    ["rows_processed", "created", "unchanged", "error_count"].forEach(function (name) {
      var field = card.querySelector('[data-field="' + name + '"]');
      if (field) { field.textContent = typeof state[name] === "number" ? state[name].toLocaleString("en-US") : String(state[name]); }
    });
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        show(state);
        if (state.status === "running") { window.setTimeout(poll, 800); }
        else { window.location.reload(); }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 500);
}());
