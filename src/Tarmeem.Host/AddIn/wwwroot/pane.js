// The task pane: this conversation's status from the service, and one tap to put a category on the item. The
// categories are the source of truth; the service reads them at its next sync.
import { accessToken } from "./auth.js";

const text = (await (await fetch("strings.json")).json()).pane;
const dates = new Intl.DateTimeFormat("ar-SA-u-ca-gregory-nu-arab", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Riyadh" });
const numbers = new Intl.NumberFormat("ar-SA-u-nu-arab", { maximumFractionDigits: 1 });
const $ = id => document.getElementById(id);

document.title = text.title;
for (const element of document.querySelectorAll("[data-text]")) {
  element.textContent = text[element.dataset.text];
}

await new Promise(resolve => Office.onReady(resolve));
const item = Office.context.mailbox.item;

function say(message, problem = false) {
  $("message").textContent = message;
  $("message").classList.toggle("problem", problem);
}

// Office.js's callback style as a promise: the value on success, an error otherwise.
function office(call) {
  return new Promise((resolve, reject) => call(result =>
    result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error)));
}

async function loadStatus() {
  const response = await fetch(`../api/addin/status?conversationId=${encodeURIComponent(item.conversationId)}`, {
    headers: { Authorization: `Bearer ${await accessToken()}` },
    cache: "no-store",
  });
  if (response.status === 401) throw Object.assign(new Error(text.signInAgain), { shown: true });
  if (response.status === 403) throw Object.assign(new Error(text.forbidden), { shown: true });
  if (!response.ok) throw new Error(text.failed);
  return response.json();
}

function row(label, value, tone) {
  const term = document.createElement("dt");
  term.textContent = label;
  const detail = document.createElement("dd");
  detail.textContent = value;
  if (tone) detail.className = tone;
  $("status").append(term, detail);
}

function showStatus(status) {
  if (!status.recorded) {
    say(text.notRecorded);
    return;
  }

  say(text.recorded);
  const hours = `${numbers.format(status.businessHoursToFirstAnswer)} ${text.hoursSuffix}`;
  const target = status.withinTarget ? text.withinTarget : text.pastTarget;
  const tone = status.withinTarget ? "ok" : "late";
  row(text.received, dates.format(new Date(status.receivedAt)));
  row(text.firstAnswer, status.firstAnsweredAt
    ? `${dates.format(new Date(status.firstAnsweredAt))} — ${hours}، ${target}`
    : `${text.notAnswered} — ${hours}، ${target}`, tone);
  row(text.channel, status.channel?.label ?? "—");
  row(text.branch, status.branch?.label ?? "—");
  row(text.resolved, status.resolved ? `${text.isResolved} — ${dates.format(new Date(status.resolvedAt))}` : text.notResolved);
  row(text.survey, { none: text.surveyNone, sent: text.surveySent, answered: text.surveyAnswered }[status.survey]);
  $("status").hidden = false;
}

// A channel (or branch) replaces the item's other channel (branch) category; «تم الحل» and «ليس استفساراً» toggle.
async function tap(button, name, group) {
  try {
    const present = (await office(done => item.categories.getAsync(done)) ?? []).map(c => c.displayName);
    const stale = present.filter(n => group.includes(n) && n !== name);
    if (stale.length > 0) await office(done => item.categories.removeAsync(stale, done));
    const removing = group.length === 1 && present.includes(name);
    await office(done => removing ? item.categories.removeAsync([name], done) : item.categories.addAsync([name], done));
    for (const other of document.querySelectorAll("button[data-category]")) {
      if (group.includes(other.dataset.category)) other.setAttribute("aria-pressed", String(other === button && !removing));
    }
    say(text.applied);
  } catch {
    say(text.applyFailed, true);
  }
}

function showActions(categories, present) {
  const groups = [
    ["channels", categories.channels],
    ["branches", categories.branches],
  ];
  for (const [id, labels] of groups) {
    const names = labels.map(l => l.category);
    for (const label of labels) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = label.label;
      button.dataset.category = label.category;
      button.setAttribute("aria-pressed", String(present.includes(label.category)));
      button.addEventListener("click", () => tap(button, label.category, names));
      $(id).append(button);
    }
  }

  for (const [id, name] of [["resolve", categories.resolved], ["not-inquiry", categories.notInquiry]]) {
    const button = $(id);
    button.dataset.category = name;
    button.setAttribute("aria-pressed", String(present.includes(name)));
    button.addEventListener("click", () => tap(button, name, [name]));
  }

  $("actions").hidden = false;
}

try {
  const status = await loadStatus();
  showStatus(status);
  const present = (await office(done => item.categories.getAsync(done)) ?? []).map(c => c.displayName);
  showActions(status.categories, present);
} catch (error) {
  say(error.shown ? error.message : text.failed, true);
}
