/* Polls the job's progress.json until it finishes; on success, opens the video page. */
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) return;
  var FINISHED = { SUCCESS: true, FAILURE: true, REVOKED: true };
  var delay = 700;

  function show(state) {
    if (state.video_title) {  // known once the video's details are read
      var title = document.getElementById("job-title");
      if (title.textContent !== state.video_title) {
        title.textContent = state.video_title;
        document.title = "Processing " + state.video_title + " · pind";
      }
    }
    box.className = "card status-" + state.status;
    box.dataset.status = state.status;
    document.getElementById("job-status").textContent = state.status_label;
    document.getElementById("job-percent").textContent = state.progress + "%";
    document.getElementById("job-bar").style.width = state.progress + "%";
    box.querySelector("[role=progressbar]").setAttribute("aria-valuenow", state.progress);
    document.getElementById("job-step").textContent = state.step_label;
    var error = document.getElementById("job-error");
    error.textContent = state.error_message || "";
    error.hidden = !state.error_message;
    document.getElementById("job-done").hidden = state.status !== "SUCCESS";
    document.getElementById("job-cancel").hidden = !state.can_cancel;
    document.getElementById("job-retry").hidden = !state.can_retry;
  }

  function poll() {
    fetch(box.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (state) {
        show(state);
        if (state.status === "SUCCESS") {
          window.setTimeout(function () { window.location.assign(state.video_url); }, 600);
        } else if (!FINISHED[state.status]) {
          window.setTimeout(poll, delay);
        }
      })
      .catch(function () {
        delay = Math.min(delay * 2, 10000);  // back off while the server is unreachable
        window.setTimeout(poll, delay);
      });
  }

  if (!FINISHED[box.dataset.status]) poll();
})();
