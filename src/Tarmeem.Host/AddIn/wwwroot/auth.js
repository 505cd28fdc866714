// The pane's Entra token for the service's own API, by nested app authentication (MSAL in Outlook's sign-in).
// A page may set window.tarmeemToken (a function returning a promise of a token) first: the browser tests' Office
// stand-in and the sample demo do; MSAL is then never loaded.
let application;

export async function accessToken() {
  if (typeof window.tarmeemToken === "function") {
    return window.tarmeemToken();
  }

  const config = await (await fetch("config.json", { cache: "no-store" })).json();
  application ??= await createApplication(config);
  const request = { scopes: [config.scope] };
  try {
    return (await application.acquireTokenSilent(request)).accessToken;
  } catch {
    return (await application.acquireTokenPopup(request)).accessToken;
  }
}

async function createApplication(config) {
  const msal = await import(config.msalModuleUrl);
  return msal.createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } });
}
