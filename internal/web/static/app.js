// Coalition's own script. Pages work without it; it only adds conveniences.
"use strict";

// Copy buttons: <button data-copy="#selector" data-copied="label" hidden> copies
// the selected element's text. They stay hidden where scripts do not run.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-copy]")) {
    if (navigator.clipboard) button.hidden = false;
  }
});

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const source = document.querySelector(button.dataset.copy);
  if (!source) return;
  navigator.clipboard.writeText(source.textContent.trim()).then(() => {
    button.textContent = button.dataset.copied;
  });
});

// A form with data-swap-errors shows the answers that explain a problem (422,
// 409) as it shows a result: htmx otherwise leaves the old content on screen
// and the explanation never appears.
document.addEventListener("htmx:beforeSwap", (event) => {
  const status = event.detail.xhr.status;
  if ((status === 422 || status === 409) && event.detail.elt.closest("[data-swap-errors]")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
