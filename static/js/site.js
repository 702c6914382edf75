/* Commentary Archive: progressive enhancement only. Every page works without this file. */
(function () {
  "use strict";

  // Search and filter forms: leave empty fields out of the address, so shared links, bookmarks
  // and feed addresses stay short and readable.
  function submitWithoutEmptyFields(event) {
    var form = event.target;
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== "") {
        params.append(name, value);
      }
    });
    event.preventDefault();
    var query = params.toString();
    var action = form.getAttribute("action") || window.location.pathname;
    window.location.assign(action + (query ? "?" + query : ""));
  }

  // The sort order applies at once when chosen with a pointer. With the keyboard, arrow keys
  // change a closed select one option at a time, so keyboard users still press Apply.
  function submitSortOnPointerChange(select) {
    var fromKeyboard = false;
    select.addEventListener("keydown", function () {
      fromKeyboard = true;
    });
    select.addEventListener("blur", function () {
      fromKeyboard = false;
    });
    select.addEventListener("change", function () {
      if (!fromKeyboard && select.form) {
        if (select.form.requestSubmit) {
          select.form.requestSubmit();
        } else {
          select.form.submit();
        }
      }
    });
  }

  // Citations: a Copy button after each one, with the result announced in a live region.
  function addCopyButtons() {
    var status = document.querySelector("[data-copy-status]");
    if (!status || !navigator.clipboard) {
      return;
    }
    document.querySelectorAll("[data-copy-text]").forEach(function (citation) {
      var label = citation.getAttribute("data-copy-label") || "";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy the " + label + " citation");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(citation.textContent.trim()).then(
          function () {
            status.textContent = label + " citation copied.";
          },
          function () {
            status.textContent = "Copying failed: select the citation and copy it.";
          }
        );
      });
      citation.insertAdjacentElement("afterend", button);
    });
  }

  document.querySelectorAll("form[data-clean-submit]").forEach(function (form) {
    form.addEventListener("submit", submitWithoutEmptyFields);
    var sort = form.querySelector("select[name='sort']");
    if (sort) {
      submitSortOnPointerChange(sort);
    }
  });
  addCopyButtons();
})();
