// A stand-in for Office.js for `tarmeem serve --sample`: one mail item (the first demo inquiry's conversation) whose
// categories live in this page only. Loaded before the pane's modules, which then run as they do in Outlook.
(() => {
  const categories = [];
  const shown = () => {
    const list = document.getElementById("demo-categories");
    if (list) list.textContent = categories.length > 0 ? categories.join("، ") : "—";
  };
  const succeed = (callback, value) => setTimeout(() => { shown(); callback({ status: "succeeded", value }); });

  window.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback) {
      const info = { host: "Outlook", platform: "Demo" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      mailbox: {
        item: {
          conversationId: "SAMPLE-DEMO-1",
          categories: {
            getAsync: callback => succeed(callback, categories.map(displayName => ({ displayName, color: "Preset0" }))),
            addAsync(names, callback) {
              for (const name of names) if (!categories.includes(name)) categories.push(name);
              succeed(callback);
            },
            removeAsync(names, callback) {
              for (const name of names) if (categories.includes(name)) categories.splice(categories.indexOf(name), 1);
              succeed(callback);
            },
          },
        },
      },
    },
  };

  // The sample's status API takes no token: there is no tenant to sign in to.
  window.tarmeemToken = async () => "sample-demo";
  document.addEventListener("DOMContentLoaded", shown);
})();
