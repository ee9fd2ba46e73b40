// Passkeys, as an enhancement: forms marked data-passkey stay hidden unless this browser can use
// WebAuthn. The form asks the server for options (posting its antiforgery token), runs the
// browser's ceremony, puts the credential's JSON into the form and submits it as a plain form.
"use strict";
(function () {
  if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
    return;
  }
  document.querySelectorAll("form[data-passkey]").forEach(function (form) {
    form.hidden = false;
    var creating = form.dataset.passkey === "create";
    form.addEventListener("submit", async function (event) {
      if (form.elements.CredentialJson.value) {
        return;
      }
      event.preventDefault();
      var error = form.querySelector(".error");
      try {
        var response = await fetch(form.dataset.options, { method: "POST", body: new FormData(form), credentials: "same-origin" });
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        var options = await response.json();
        var credential = creating
          ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
          : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        form.elements.CredentialJson.value = JSON.stringify(credential);
        form.submit();
      } catch (e) {
        if (error) {
          error.textContent = form.dataset.failed || "";
        }
      }
    });
  });
})();
