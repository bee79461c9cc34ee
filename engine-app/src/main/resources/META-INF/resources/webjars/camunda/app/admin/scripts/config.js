/*
 * Lifeline overrides of the Camunda webapp configuration (documented options only). Spring Boot
 * serves META-INF/resources from the app before the webjar, so this file replaces Camunda's.
 */
export default {
  // form-draft-cleanup: removes Tasklist form drafts (personal data) from localStorage on logout and
  // at the login page; person-name: staff names family name first (李明)
  customScripts: ["../tasklist/scripts/form-draft-cleanup", "../tasklist/scripts/person-name"],
  app: {
    name: "系统管理",
    vendor: "Lifeline"
  },
  // Simplified Chinese unless the browser asks for English (the first language of the
  // browser decides; anything else falls back to zh)
  locales: {
    availableLocales: ["zh", "en"],
    fallbackLocale: "zh"
  },
  dateFormat: {
    monthName: "MMMM",
    day: "DD",
    abbr: "YYYY-MM-DD HH:mm",
    normal: "YYYY-MM-DD HH:mm",
    long: "YYYY年M月D日 dddd HH:mm",
    short: "YYYY-MM-DD"
  },
  disableWelcomeMessage: true
};
