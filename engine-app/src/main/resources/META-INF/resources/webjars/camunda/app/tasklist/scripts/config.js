/*
 * Lifeline overrides of the Camunda webapp configuration (documented options only). Spring Boot
 * serves META-INF/resources from the app before the webjar, so this file replaces Camunda's.
 */
export default {
  // form-draft-cleanup: removes Tasklist form drafts (personal data) from localStorage on logout and
  // at the login page; lifeline-navigation: the product's navigation (客户目录, 审计, ...) in the
  // header; after-login: the password change on the login page and back to the page that asked for
  // the login; person-name: staff names family name first (李明)
  customScripts: ["scripts/form-draft-cleanup", "scripts/lifeline-navigation", "scripts/after-login", "scripts/person-name"],
  app: {
    name: "任务箱",
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
  disableWelcomeMessage: true,
  assignProcessInstanceIdToTaskComment: true,
  shortcuts: {
    claimTask: {key: "ctrl+alt+c", description: "认领当前选中的任务"},
    focusFilter: {key: "ctrl+shift+f", description: "焦点移到第一个过滤器"},
    focusList: {key: "ctrl+alt+l", description: "焦点移到任务列表第一项"},
    focusForm: {key: "ctrl+alt+f", description: "焦点移到任务表单第一个输入框"},
    startProcess: {key: "ctrl+alt+p", description: "打开发起流程对话框"}
  }
};
