/**
 * The explorer page's script, bundled into out/explorer/index.html at build
 * time (html.ts). It reads the data from the page's JSON block, fills the
 * filters, and lists the matching meetings, a page of them at a time; a
 * meeting's details (participants, agreements, reporting articles with the
 * evidence sentence) are drawn when it is opened. All text goes in through
 * textContent, never as HTML.
 */
import { facets, filterMeetings, NO_FILTER, pieces, searchText, type ExplorerData, type ExplorerMeeting, type Filter } from "../model.ts";

const PAGE = 100;

const TYPE_LABEL: Record<string, string> = { talks: "talks", dialogue: "dialogue", call: "call", signing: "signing", conference: "conference", reception: "reception", other: "other" };
const FORMAT_LABEL: Record<string, string> = { in_person: "in person", online: "online", phone: "phone" };
const STATUS_LABEL: Record<string, string> = { signed_here: "signed at this meeting", agreed_to_sign: "agreed to sign", under_negotiation: "under negotiation", referenced: "referred to" };
const COUNTRY_LABEL: Record<string, string> = { VN: "Vietnam", JP: "Japan", "-": "no place (online, phone or not stated)" };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`explorer: the page has no #${id}`);
  return e as T;
}

function load(): ExplorerData {
  const data = JSON.parse(byId("data").textContent ?? "") as ExplorerData;
  if (!data || !Array.isArray(data.meetings)) throw new Error("explorer: the embedded data has no meetings");
  return data;
}

function place(m: ExplorerMeeting): string {
  if (m.format !== "in_person") return FORMAT_LABEL[m.format] ?? m.format;
  return [m.city, m.country ? (COUNTRY_LABEL[m.country] ?? m.country) : null].filter(Boolean).join(", ") || "place not stated";
}

function when(m: ExplorerMeeting): string {
  const d = m.precision === "month" ? m.date.slice(0, 7) : m.date === m.end ? m.date : `${m.date} – ${m.end}`;
  return m.precision === "range" ? `within ${d}` : d;
}

function principals(m: ExplorerMeeting): string {
  const first = (c: string) => m.participants.find((p) => p.country === c)?.name ?? "?";
  return `${first("VN")} – ${first("JP")}`;
}

function summary(m: ExplorerMeeting): HTMLElement {
  return el(
    "summary",
    {},
    el("time", { datetime: m.date }, when(m)),
    " ",
    el("span", { class: `tag type-${m.type}` }, TYPE_LABEL[m.type] ?? m.type),
    " ",
    el("span", { class: "fmt" }, place(m)),
    el("br"),
    el("span", { class: "who", lang: "vi" }, principals(m)),
  );
}

function details(m: ExplorerMeeting, data: ExplorerData): HTMLElement {
  const body = el("div", { class: "body" });
  const facts = el("dl", { class: "facts" });
  const fact = (k: string, v: string) => facts.append(el("dt", {}, k), el("dd", {}, v));
  fact("Date", `${when(m)}${m.time ? `, ${m.time}` : ""}${m.inferred ? " (year inferred)" : ""}`);
  fact("How dated", m.basis);
  fact("Type / format", `${TYPE_LABEL[m.type] ?? m.type} / ${FORMAT_LABEL[m.format] ?? m.format}`);
  fact("Place", place(m));
  fact("Meeting id", m.id);
  body.append(facts);

  const table = el("table", { class: "people" }, el("caption", {}, "Participants"), el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Name"), el("th", { scope: "col" }, "Country"), el("th", { scope: "col" }, "Rank"), el("th", { scope: "col" }, "Position as written"))));
  const tbody = el("tbody");
  for (const p of m.participants) {
    const name = el("td", { lang: "vi" }, p.name);
    if (p.written !== p.name) name.append(el("span", { class: "written" }, ` (written ${p.written})`));
    tbody.append(el("tr", {}, name, el("td", {}, p.country), el("td", { lang: "vi" }, p.rank ?? ""), el("td", { lang: "vi" }, p.position ?? "")));
  }
  table.append(tbody);
  body.append(el("div", { class: "scroll" }, table));

  if (m.agreements.length) {
    const list = el("ul", { class: "agreements" });
    for (const a of m.agreements) {
      const ag = data.agreements[a.id];
      list.append(el("li", {}, el("span", { lang: "vi" }, ag?.title ?? a.id), ` — ${STATUS_LABEL[a.status] ?? a.status}${ag?.date_signed ? ` (signed ${ag.date_signed})` : ""}`));
    }
    body.append(el("h3", {}, "Agreements mentioned"), list);
  }

  body.append(el("h3", {}, `Reported by ${m.reports.length} article${m.reports.length === 1 ? "" : "s"}`));
  for (const r of m.reports) {
    const art = data.articles[r.article];
    const section = el("section", { class: "report" });
    const head = el("p", { class: "source" });
    const headline = el("span", { lang: "vi", class: "headline" }, art?.headline ?? r.article);
    head.append(art?.url ? el("a", { href: art.url, rel: "noopener noreferrer" }, headline) : headline);
    head.append(el("br"), [art?.outlet, art?.date, `article ${r.article}`, r.via === "reprint" ? "a reprint" : null, art?.machine_translated ? "machine-translated from Chinese" : null].filter(Boolean).join(" · "));
    if (art && !art.url) head.append(el("span", { class: "nourl" }, " · URL not known"));
    section.append(head);
    if (r.sentence !== null) {
      const mark = el("mark", { class: "evidence" });
      for (const p of pieces(r.sentence, r.marks)) {
        if (p.kind === "plain") mark.append(p.text);
        else if (p.kind === "name") mark.append(el("strong", { class: "name" }, p.text));
        else mark.append(el("span", { class: "fix", title: p.note ? `restored: ${p.note}` : "could not be restored" }, p.text), el("span", { class: "fixnote" }, p.note ? ` [→ ${p.note}]` : " [?]"));
      }
      section.append(el("blockquote", { lang: "vi" }, mark));
    } else {
      section.append(el("p", { class: "nosentence" }, "This reprint no longer holds the sentence word for word."));
    }
    if (art?.machine_translated && art.fixes.length) {
      const fixes = el("table", { class: "fixes" }, el("caption", {}, `Fixes applied to this machine-translated article (${art.fixes.length})`), el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "As written"), el("th", { scope: "col" }, "Restored"), el("th", { scope: "col" }, "Rule"), el("th", { scope: "col" }, "Evidence"))));
      const tb = el("tbody");
      for (const f of art.fixes) tb.append(el("tr", {}, el("td", { lang: "vi" }, f.original), el("td", { lang: "vi" }, f.replacement ?? "(not resolved)"), el("td", {}, f.rule), el("td", { lang: "vi" }, f.evidence)));
      fixes.append(tb);
      section.append(el("div", { class: "scroll" }, fixes));
    }
    body.append(section);
  }
  return body;
}

function start(): void {
  const data = load();
  const index = data.meetings.map((m) => searchText(m, data));
  const f = facets(data);
  const form = byId<HTMLFormElement>("filters");
  const year = byId<HTMLSelectElement>("f-year");
  const type = byId<HTMLSelectElement>("f-type");
  const country = byId<HTMLSelectElement>("f-country");
  const person = byId<HTMLSelectElement>("f-person");
  const text = byId<HTMLInputElement>("f-text");
  const list = byId<HTMLOListElement>("meetings");
  const status = byId<HTMLParagraphElement>("status");
  const more = byId<HTMLButtonElement>("more");
  const option = (value: string, label: string) => el("option", { value }, label);
  for (const [y, n] of f.years) year.append(option(y, `${y} (${n})`));
  for (const [t, n] of f.types) type.append(option(t, `${TYPE_LABEL[t] ?? t} (${n})`));
  for (const [c, n] of f.countries) country.append(option(c, `${COUNTRY_LABEL[c] ?? c} (${n})`));
  for (const [k, label, n] of f.people) person.append(option(k, `${label} (${n})`));

  let shown: number[] = [];
  let drawn = 0;
  const draw = (upto: number) => {
    const frag = document.createDocumentFragment();
    for (; drawn < Math.min(upto, shown.length); drawn++) {
      const m = data.meetings[shown[drawn]!]!;
      const d = el("details", { "data-meeting": m.id }, summary(m));
      d.addEventListener("toggle", () => {
        if (d.open && !d.querySelector(".body")) d.append(details(m, data));
      });
      frag.append(el("li", {}, d));
    }
    list.append(frag);
    more.hidden = drawn >= shown.length;
    more.textContent = `Show ${Math.min(PAGE, shown.length - drawn)} more`;
  };
  const current = (): Filter => ({ ...NO_FILTER, year: year.value, type: type.value, country: country.value, person: person.value, text: text.value });
  const update = () => {
    const t0 = performance.now();
    shown = filterMeetings(data.meetings, index, current());
    list.replaceChildren();
    drawn = 0;
    draw(PAGE);
    status.textContent = `${shown.length} of ${data.meetings.length} meetings${shown.length > drawn ? `, the first ${drawn} shown` : ""}`;
    document.body.dataset.filterMs = (performance.now() - t0).toFixed(1);
  };
  for (const s of [year, type, country, person]) s.addEventListener("change", update);
  text.addEventListener("input", update);
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("reset", () => setTimeout(update, 0));
  more.addEventListener("click", () => draw(drawn + PAGE));
  update();
  document.body.dataset.ready = "true";
}

try {
  start();
} catch (e) {
  const msg = document.getElementById("status");
  if (msg) msg.textContent = `The explorer could not start: ${String(e)}`;
  throw e;
}
