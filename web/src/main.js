// The participant's page: joins the room as docs/live-protocol.md describes, lists the
// nine blocks with their notes, and lets the participant add, edit and delete their own,
// spend their dots while voting is open, and follow the facilitator's timer and the
// block being presented. During a silent brainstorm a participant's new notes go into
// their private room (`ROOM.PUBLIC_ID`), whose words no one else's page receives until
// the facilitator reveals them. User text only ever goes into the page as text
// (textContent, input values), never HTML. The page keeps its documents in the browser
// (keep.js) until the room is over for it.
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { Keeper } from "./keep.js";
import { sha256Hex } from "./sha256.js";

const WORDS = {
  en: {
    name: "Your name", join: "Join", add: "Add", save: "Save", cancel: "Cancel",
    edit: "Edit", remove: "Delete", placeholder: "Write a note", connecting: "Connecting…",
    connected: "Connected", offline: "Offline: your notes sync when the connection is back",
    ended: "The workshop has ended", mine: "yours",
    removed: "The facilitator removed you from the workshop",
    locked: "The facilitator has locked the workshop: you get in once they open it again",
    faceDown: "Face down", vote: "Vote", unvote: "Take back", votes: "votes",
    dotsLeft: "Dots left", presenting: "Now", timer: "Time left",
    privateNote: "Only you see this until the facilitator reveals it",
    brainstorm: "Silent brainstorm: your new notes stay private until the reveal",
    notices: {
      too_many: "You have written {limit} notes, as many as one person may; this one was not added.",
      too_long: "That note is too long (at most {limit} characters); it was not kept.",
      invalid: "The host could not accept that change.",
      not_allowed: "You can change only your own notes; that change was undone.",
      vote: "That vote was not counted.",
      slowed: "You are sending changes very fast; the host is taking them more slowly.",
    },
  },
  ko: {
    name: "이름", join: "참가", add: "추가", save: "저장", cancel: "취소",
    edit: "수정", remove: "삭제", placeholder: "노트를 쓰세요", connecting: "연결 중…",
    connected: "연결됨", offline: "오프라인: 연결되면 노트가 동기화됩니다",
    ended: "워크숍이 끝났습니다", mine: "내 노트",
    removed: "진행자가 워크숍에서 내보냈습니다",
    locked: "진행자가 워크숍을 잠갔습니다. 다시 열면 들어갈 수 있습니다",
    faceDown: "뒤집힌 노트", vote: "투표", unvote: "투표 취소", votes: "표",
    dotsLeft: "남은 점", presenting: "지금", timer: "남은 시간",
    privateNote: "진행자가 공개할 때까지 나만 볼 수 있습니다",
    brainstorm: "조용한 브레인스토밍: 새 노트는 공개될 때까지 나만 볼 수 있습니다",
    notices: {
      too_many: "한 사람이 쓸 수 있는 노트 {limit}개를 모두 썼습니다. 이 노트는 추가되지 않았습니다.",
      too_long: "노트가 너무 깁니다(최대 {limit}자). 저장되지 않았습니다.",
      invalid: "진행자의 컴퓨터가 이 변경을 받아들이지 못했습니다.",
      not_allowed: "자신의 노트만 바꿀 수 있습니다. 이 변경은 취소되었습니다.",
      vote: "이 투표는 반영되지 않았습니다.",
      slowed: "변경을 너무 빨리 보내고 있어 진행자의 컴퓨터가 천천히 받고 있습니다.",
    },
  },
};
const LANG = (navigator.language || "en").toLowerCase().startsWith("ko") ? "ko" : "en";
const T = WORDS[LANG];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    // Through the CSSOM: the page's policy refuses style attributes, and a colour from
    // the room that is not a colour is simply not applied.
    else if (key === "background") node.style.background = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function randomHex(bytes) {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (b) => b.toString(16).padStart(2, "0")).join("");
}

// localStorage, or this page's memory where the browser keeps nothing (storage turned
// off makes reading localStorage throw): the page still joins, as a newcomer per visit.
const remembered = new Map();
function recall(name) {
  try {
    return localStorage.getItem(name) ?? remembered.get(name) ?? null;
  } catch {
    return remembered.get(name) ?? null;
  }
}
function remember(name, value) {
  remembered.set(name, value);
  try {
    localStorage.setItem(name, value);
  } catch {
    // kept in memory only
  }
}

function secret() {
  let value = recall("canvas-editor-secret");
  if (!value || !/^[0-9a-f]{32}$/.test(value)) {
    value = randomHex(16);
    remember("canvas-editor-secret", value);
  }
  return value;
}

function newNoteId() {
  return randomHex(8); // as the editor makes ids (model/document.new_id)
}

async function main() {
  const room = decodeURIComponent(location.pathname.split("/").pop());
  const query = new URLSearchParams(location.search);
  const key = query.has("f") ? "f" : "t";
  const mySecret = secret();
  const me = sha256Hex(mySecret).slice(0, 32);
  const config = await (await fetch("/static/blocks.json")).json();

  // What this browser kept of the room, loaded before connecting, so notes written
  // offline in a tab the browser has since discarded are sent when it connects. Kept
  // apart per host, room code, token (a short room code may come round again on
  // another host at the same address; two rooms never share a token) and participant.
  // The private room exists for participants only.
  const keptName = `canvas-editor/${location.host}/${room}/${sha256Hex(`${key}=${query.get(key) || ""}`).slice(0, 16)}/${me}`;
  const open = async () => {
    const docs = { doc: new Y.Doc(), privateDoc: new Y.Doc() };
    const keepers = [new Keeper(keptName, docs.doc)];
    if (key === "t") keepers.push(new Keeper(`${keptName}/private`, docs.privateDoc));
    await Promise.all(keepers.map((k) => k.load()));
    return { ...docs, keepers };
  };
  let opened = await open();
  // A kept room that says it ended was not forgotten in time (the tab went first): the
  // next run of the room, at the same link, starts from the host, not from the old state.
  if (opened.doc.getMap("session").get("ended")) {
    await Promise.all(opened.keepers.map((k) => k.forget()));
    opened = await open();
  }
  const { doc, privateDoc, keepers } = opened;
  const forget = () => { for (const keeper of keepers) keeper.forget(); };

  const wsUrl = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    params: { [key]: query.get(key) || "", p: mySecret },
    disableBc: true,
  });
  // The participant's private room: their face-down notes with their words. Always
  // open, not only while a brainstorm is on: notes stay face down (and theirs to edit)
  // after face-down writing stops until the reveal, and after a host restart.
  // Co-facilitators have none; they see the placeholders, as the facilitator's board does.
  const privateProvider = key === "t"
    ? new WebsocketProvider(wsUrl, `${room}.${me}`, privateDoc, {
      params: { t: query.get("t") || "", p: mySecret },
      disableBc: true,
    })
    : null;
  const privateNotes = privateDoc.getMap("notes");
  const notes = doc.getMap("notes");
  const participants = doc.getMap("participants");
  const session = doc.getMap("session");
  const header = doc.getMap("header");
  const ballots = doc.getMap("ballots");
  const notices = doc.getMap("notices");

  const status = document.getElementById("status");
  const title = document.getElementById("title");
  const board = document.getElementById("board");
  const nameForm = document.getElementById("name-form");
  const follow = document.getElementById("follow");
  const alertArea = document.getElementById("notice");
  const state = { editing: null, adding: null, color: config.colors[0], left: false, locked: false };
  const blockNames = Object.fromEntries(config.blocks.map((b) => [b.id, b[LANG]]));

  // y-websocket says "disconnected" once when a connection is lost, then "connecting" at
  // every retry; a page that has been connected says it is offline until it is again,
  // so its participant knows what they write is kept and syncs later.
  let wasConnected = false;
  provider.on("status", ({ status: s }) => {
    if (session.get("ended") || state.left) return;
    if (s === "connected") {
      wasConnected = true;
      state.locked = false;
    }
    if (state.locked) return; // it says so until the room lets it in
    const shown = s === "connecting" && wasConnected ? "disconnected" : s;
    status.textContent = shown === "connected" ? T.connected : shown === "connecting" ? T.connecting : T.offline;
    status.dataset.state = shown;
  });

  function disconnect() {
    provider.disconnect();
    if (privateProvider) privateProvider.disconnect();
  }

  // Closed by the host with 4001: the facilitator removed this browser; reconnecting
  // would be refused, so the page stops, says so, and forgets what it kept of the room.
  for (const each of [provider, privateProvider]) {
    if (!each) continue;
    each.on("connection-close", (event) => {
      // 4002: the room is locked to newcomers; y-websocket goes on trying, and the
      // page gets in once the facilitator unlocks it.
      if (event && event.code === 4002 && each === provider) {
        state.locked = true;
        status.textContent = T.locked;
        status.dataset.state = "locked";
      }
      if (event && event.code === 4001) {
        state.left = true;
        disconnect();
        forget();
        status.textContent = T.removed;
        status.dataset.state = "ended";
      }
    });
  }

  // `session.brainstorm`: {block: id, or null for every block} while new notes go face
  // down, null otherwise.
  function brainstormCovers(block) {
    const brainstorm = session.get("brainstorm");
    if (!privateProvider || !brainstorm || typeof brainstorm !== "object") return false;
    return brainstorm.block === null || brainstorm.block === undefined || brainstorm.block === block;
  }

  function myDots() {
    const dots = ballots.get(me);
    return Array.isArray(dots) ? dots.filter((d) => typeof d === "string") : [];
  }

  function voting() {
    return session.get("voting") === true && !session.get("ended");
  }

  function dotsLeft() {
    const budget = Number(session.get("budget")) || 0;
    return Math.max(budget - myDots().length, 0);
  }

  function vote(id) {
    if (dotsLeft() > 0) ballots.set(me, [...myDots(), id]);
  }

  function unvote(id) {
    const dots = myDots();
    const at = dots.lastIndexOf(id);
    if (at >= 0) ballots.set(me, dots.slice(0, at).concat(dots.slice(at + 1)));
  }

  // The follow bar: the facilitator's timer (counted down here between the host's
  // updates), the block being presented, and one's dots while voting.
  const timerSeen = { at: 0, remaining: 0, state: "" };
  function clock(seconds) {
    const s = Math.max(0, Math.ceil(seconds));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    const mm = h ? String(m).padStart(2, "0") : String(m);
    return (h ? `${h}:` : "") + `${mm}:${String(r).padStart(2, "0")}`;
  }
  function renderFollow() {
    const timer = session.get("timer");
    const parts = [];
    if (timer && typeof timer === "object" && timer.state && timer.state !== "ready") {
      if (timer.remaining !== timerSeen.remaining || timer.state !== timerSeen.state) {
        Object.assign(timerSeen, { at: Date.now(), remaining: Number(timer.remaining) || 0, state: timer.state });
      }
      const running = timer.state === "running";
      const left = timerSeen.remaining - (running ? (Date.now() - timerSeen.at) / 1000 : 0);
      parts.push(el("span", { class: "timer", "data-state": String(timer.state), text: `${T.timer} ${clock(left)}` }));
    }
    const presented = session.get("presented");
    if (typeof presented === "string" && blockNames[presented]) {
      parts.push(el("span", { class: "presented", text: `${T.presenting}: ${blockNames[presented]}` }));
    }
    if (voting()) {
      parts.push(el("span", { class: "dots-left", text: `${T.dotsLeft}: ${dotsLeft()}` }));
    }
    const brainstorm = session.get("brainstorm");
    if (privateProvider && brainstorm && typeof brainstorm === "object") {
      const scope = blockNames[brainstorm.block];
      parts.push(el("span", { class: "brainstorm", text: scope ? `${T.brainstorm} (${scope})` : T.brainstorm }));
    }
    follow.hidden = parts.length === 0 || Boolean(session.get("ended")) || state.left;
    follow.replaceChildren(...parts);
  }
  setInterval(renderFollow, 1000);

  function showName() {
    const name = recall("canvas-editor-name");
    if (name) {
      nameForm.hidden = true;
      const entry = participants.get(me);
      if (!(entry instanceof Y.Map) || entry.get("name") !== name) {
        participants.set(me, new Y.Map([["name", name]]));
      }
      return;
    }
    nameForm.hidden = false;
    nameForm.replaceChildren(
      el("label", { for: "name-input", text: T.name }),
      el("input", { id: "name-input", maxlength: "60", autocomplete: "nickname" }),
      el("button", { type: "submit", text: T.join }),
    );
  }
  nameForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = document.getElementById("name-input").value.trim().slice(0, 60);
    if (value) {
      remember("canvas-editor-name", value);
      showName();
    }
  });

  function colorPicker(current, onPick) {
    const row = el("div", { class: "colors", role: "radiogroup" });
    for (const color of config.colors) {
      const swatch = el("button", {
        type: "button", class: "swatch", role: "radio", background: color,
        "aria-checked": String(color === current), "aria-label": color,
        onclick: () => onPick(color),
      });
      row.append(swatch);
    }
    return row;
  }

  function editor(initialText, color, onSave) {
    const area = el("textarea", { maxlength: String(config.max_text), placeholder: T.placeholder });
    area.value = initialText;
    let picked = color;
    const picker = () => colorPicker(picked, (c) => { picked = c; form.replaceChild(picker(), form.children[1]); });
    const form = el("form", { class: "editor" }, area, picker(),
      el("div", { class: "actions" },
        el("button", { type: "submit", text: T.save }),
        el("button", { type: "button", text: T.cancel, onclick: () => { state.editing = state.adding = null; render(); } })));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = area.value.slice(0, config.max_text);
      state.color = picked;
      state.editing = state.adding = null;
      if (text.trim()) onSave(text, picked);
      render();
    });
    setTimeout(() => area.focus(), 0);
    return form;
  }

  // `held`: the note is in this participant's private room, so it shows with its words;
  // its edits and its deletion go there.
  function noteView(id, note, held) {
    const mine = note.get("owner") === me;
    if (state.editing === id) {
      return editor(String(note.get("text") ?? ""), String(note.get("color") ?? state.color), (text, color) => {
        note.doc.transact(() => { note.set("text", text); note.set("color", color); });
      });
    }
    const hidden = note.get("hidden") === true && !held;
    const words = hidden ? `${T.faceDown}${note.get("author") ? ` · ${note.get("author")}` : ""}` : String(note.get("text") ?? "");
    const item = el("li", { class: `note${mine ? " mine" : ""}${hidden ? " face-down" : ""}${held ? " private" : ""}`,
      "data-note": id, background: String(note.get("color")) },
      el("p", { class: "text", text: words }));
    if (held) item.append(el("span", { class: "private-mark", text: T.privateNote }));
    const votes = Number(note.get("votes")) || 0;
    if (votes > 0) item.append(el("span", { class: "votes", text: `● ${votes} ${T.votes}` }));
    if (voting() && !hidden && !held) {
      const given = myDots().filter((d) => d === id).length;
      const row = el("div", { class: "actions vote-row" },
        el("button", { type: "button", class: "vote", text: `+ ${T.vote}`, onclick: () => vote(id) }));
      if (given) row.append(el("button", { type: "button", class: "unvote", text: `− ${T.unvote} (${given})`, onclick: () => unvote(id) }));
      row.firstChild.disabled = dotsLeft() === 0;
      item.append(row);
    }
    if (mine) {
      item.append(el("div", { class: "actions" },
        el("button", { type: "button", text: T.edit, onclick: () => { state.editing = id; render(); } }),
        el("button", { type: "button", text: T.remove, onclick: () => (held ? privateNotes : notes).delete(id) })));
    }
    return item;
  }

  // The block's notes as this page shows them: [id, note, held], the private copy of
  // a note in place of its shared placeholder, and private notes the host has not
  // placed in the shared room yet after the others.
  function notesIn(block) {
    const shown = [];
    const inBlock = (n) => n instanceof Y.Map && n.get("block") === block;
    for (const [id, note] of notes.entries()) {
      const held = privateNotes.get(id);
      if (held instanceof Y.Map) {
        if (inBlock(held)) shown.push([id, held, true]);
      } else if (inBlock(note)) {
        shown.push([id, note, false]);
      }
    }
    for (const [id, note] of privateNotes.entries()) {
      if (!notes.has(id) && inBlock(note)) shown.push([id, note, true]);
    }
    return shown;
  }

  function addNote(block, text, color) {
    const placed = notesIn(block).length;
    const note = new Y.Map([
      ["block", block], ["text", text], ["color", color], ["owner", me],
      // A column of notes down the block, so new ones do not hide each other.
      ["x", 0.05 + (placed % 4) * 0.2], ["y", Math.min(0.8, 0.15 + Math.floor(placed / 4) * 0.2)],
    ]);
    (brainstormCovers(block) ? privateNotes : notes).set(newNoteId(), note);
  }

  function render() {
    title.textContent = String(header.get("title") ?? "");
    document.title = title.textContent || "Business Model Canvas";
    if (session.get("ended")) {
      status.textContent = T.ended;
      status.dataset.state = "ended";
      disconnect();
      forget(); // an ended workshop does not come back when its link is opened again
    }
    renderFollow();
    const sections = config.blocks.map((block) => {
      const list = el("ul", { class: "notes" });
      for (const [id, note, held] of notesIn(block.id)) list.append(noteView(id, note, held));
      const section = el("section", { class: "block", "data-block": block.id },
        el("h2", { text: block[LANG] }), list);
      if (state.adding === block.id) {
        section.append(editor("", state.color, (text, color) => addNote(block.id, text, color)));
      } else {
        section.append(el("button", { type: "button", class: "add", text: `+ ${T.add}`,
          onclick: () => { state.adding = block.id; state.editing = null; render(); } }));
      }
      return section;
    });
    board.replaceChildren(...sections);
  }

  // Typing in an open editor must not be lost to a re-render from someone else's change.
  const rerender = () => { if (state.editing === null && state.adding === null) render(); };
  notes.observeDeep(rerender);
  privateNotes.observeDeep(rerender);
  header.observe(rerender);
  ballots.observe(rerender);
  session.observe(() => { renderFollow(); if (session.get("ended")) render(); else rerender(); });
  // The host's notice to this participant (docs/live-protocol.md, `notices`): shown
  // when its number changes after the page has synced, so an old one is not repeated.
  const noticeSeen = { n: null, timer: 0 };
  function myNotice() {
    const notice = notices.get(me);
    return notice && typeof notice === "object" && typeof T.notices[notice.kind] === "string" ? notice : null;
  }
  function showNotice() {
    const notice = myNotice();
    if (noticeSeen.n === null) return; // not synced yet: what is there is an old notice
    if (!notice || notice.n === noticeSeen.n) return;
    noticeSeen.n = notice.n;
    const limit = Number.isFinite(Number(notice.limit)) ? String(Number(notice.limit)) : "";
    alertArea.textContent = T.notices[notice.kind].replace("{limit}", limit);
    alertArea.hidden = false;
    clearTimeout(noticeSeen.timer);
    noticeSeen.timer = setTimeout(() => { alertArea.hidden = true; }, 8000);
  }
  notices.observe(showNotice);

  provider.on("sync", () => {
    if (noticeSeen.n === null) noticeSeen.n = myNotice()?.n ?? 0;
    showName();
    render();
  });
  render();
}

main();
