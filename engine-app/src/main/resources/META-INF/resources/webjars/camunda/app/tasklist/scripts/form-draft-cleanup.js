/*
 * Lifeline: no personal data left behind in the browser.
 *
 * Tasklist keeps a Camunda Form's unsent input in localStorage under "camunda-form:<taskId>"
 * ("camunda-form:undefined" for a start form) and removes it only after a successful submit, so
 * customer names, phones and contacts would stay on a shared PC after logout. This module, loaded
 * through config.js "customScripts" by every webapp (same origin, same localStorage):
 *   - removes every camunda-form:* key when the user logs out and whenever the login page shows
 *     (also after a session expired);
 *   - otherwise keeps the draft of the task that is open only (and of a start form while its
 *     dialog is open); leaving a task discards its draft.
 * No default export: the webapps treat a default export as a plugin.
 */
const PREFIX = "camunda-form:";
const START_FORM_KEY = PREFIX + "undefined";
const LOGOUT = /\/auth\/user\/[^/]+\/logout(?:[?#]|$)/;

function storage() {
  try {
    return window.localStorage;
  } catch (e) {
    return null; // storage disabled: nothing is kept anyway
  }
}

export function draftKeys() {
  const store = storage();
  const keys = [];
  if (!store) {
    return keys;
  }
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key && key.indexOf(PREFIX) === 0) {
      keys.push(key);
    }
  }
  return keys;
}

/** Removes every form draft except the keys in keep. */
export function clearDrafts(keep) {
  const store = storage();
  const kept = keep || [];
  draftKeys().filter((key) => kept.indexOf(key) < 0).forEach((key) => store.removeItem(key));
}

function hashParams() {
  const hash = window.location.hash || "";
  const query = hash.indexOf("?");
  return new URLSearchParams(query < 0 ? "" : hash.substring(query + 1));
}

function onLoginPage() {
  return /^#\/login(?:[/?]|$)/.test(window.location.hash || "");
}

function startFormOpen() {
  return !!document.querySelector(".modal-dialog form, .modal-dialog [cam-tasklist-form]");
}

/** Login page: nothing; in Tasklist: the open task's draft (and an open start form's) only. */
export function tidy() {
  if (onLoginPage()) {
    clearDrafts([]);
    return;
  }
  const keep = [];
  const task = hashParams().get("task");
  if (task) {
    keep.push(PREFIX + task);
  }
  if (startFormOpen()) {
    keep.push(START_FORM_KEY);
  }
  clearDrafts(keep);
}

function isLogout(url) {
  return typeof url === "string" && LOGOUT.test(url);
}

function watchLogout() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (isLogout(String(url))) {
      clearDrafts([]);
      // the form may save once more while the app tears down: clear again when it is done
      this.addEventListener("loadend", () => clearDrafts([]));
    }
    return open.apply(this, arguments);
  };
  if (typeof window.fetch === "function") {
    const fetch = window.fetch;
    window.fetch = function (input) {
      const url = typeof input === "string" ? input : input && input.url;
      if (isLogout(url)) {
        clearDrafts([]);
      }
      return fetch.apply(this, arguments);
    };
  }
}

if (!window.__lifelineFormDraftCleanup) {
  window.__lifelineFormDraftCleanup = true;
  watchLogout();
  window.addEventListener("hashchange", tidy);
  window.addEventListener("pageshow", tidy);
  tidy();
}
