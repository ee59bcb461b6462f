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
