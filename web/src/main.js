// The participant's page: joins the room as docs/live-protocol.md describes, lists the
// nine blocks with their notes, and lets the participant add, edit and delete their own.
// User text only ever goes into the page as text (textContent, input values), never HTML.
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { sha256Hex } from "./sha256.js";

const WORDS = {
  en: {
    name: "Your name", join: "Join", add: "Add", save: "Save", cancel: "Cancel",
    edit: "Edit", remove: "Delete", placeholder: "Write a note", connecting: "Connecting…",
    connected: "Connected", offline: "Offline: your notes sync when the connection is back",
    ended: "The workshop has ended", mine: "yours",
  },
  ko: {
    name: "이름", join: "참가", add: "추가", save: "저장", cancel: "취소",
    edit: "수정", remove: "삭제", placeholder: "메모를 쓰세요", connecting: "연결 중…",
    connected: "연결됨", offline: "오프라인: 연결되면 메모가 동기화됩니다",
    ended: "워크숍이 끝났습니다", mine: "내 메모",
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

function secret() {
  let value = localStorage.getItem("canvas-editor-secret");
  if (!value || !/^[0-9a-f]{32}$/.test(value)) {
    value = randomHex(16);
    localStorage.setItem("canvas-editor-secret", value);
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

  const doc = new Y.Doc();
  const wsUrl = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    params: { [key]: query.get(key) || "", p: mySecret },
    disableBc: true,
  });
  const notes = doc.getMap("notes");
  const participants = doc.getMap("participants");
  const session = doc.getMap("session");
  const header = doc.getMap("header");

  const status = document.getElementById("status");
  const title = document.getElementById("title");
  const board = document.getElementById("board");
  const nameForm = document.getElementById("name-form");
  const state = { editing: null, adding: null, color: config.colors[0] };

  provider.on("status", ({ status: s }) => {
    if (session.get("ended")) return;
    status.textContent = s === "connected" ? T.connected : s === "connecting" ? T.connecting : T.offline;
    status.dataset.state = s;
  });

  function showName() {
    const name = localStorage.getItem("canvas-editor-name");
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
      localStorage.setItem("canvas-editor-name", value);
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

  function noteView(id, note) {
    const mine = note.get("owner") === me;
    if (state.editing === id) {
      return editor(String(note.get("text") ?? ""), String(note.get("color") ?? state.color), (text, color) => {
        doc.transact(() => { note.set("text", text); note.set("color", color); });
      });
    }
    const item = el("li", { class: mine ? "note mine" : "note", background: String(note.get("color")) },
      el("p", { class: "text", text: String(note.get("text") ?? "") }));
    if (mine) {
      item.append(el("div", { class: "actions" },
        el("button", { type: "button", text: T.edit, onclick: () => { state.editing = id; render(); } }),
        el("button", { type: "button", text: T.remove, onclick: () => notes.delete(id) })));
    }
    return item;
  }

  function addNote(block, text, color) {
    const placed = Array.from(notes.values()).filter((n) => n instanceof Y.Map && n.get("block") === block).length;
    const note = new Y.Map([
      ["block", block], ["text", text], ["color", color], ["owner", me],
      // A column of notes down the block, so new ones do not hide each other.
      ["x", 0.05 + (placed % 4) * 0.2], ["y", Math.min(0.8, 0.15 + Math.floor(placed / 4) * 0.2)],
    ]);
    notes.set(newNoteId(), note);
  }

  function render() {
    title.textContent = String(header.get("title") ?? "");
    document.title = title.textContent || "Business Model Canvas";
    if (session.get("ended")) {
      status.textContent = T.ended;
      status.dataset.state = "ended";
      provider.disconnect();
    }
    const sections = config.blocks.map((block) => {
      const list = el("ul", { class: "notes" });
      for (const [id, note] of notes.entries()) {
        if (note instanceof Y.Map && note.get("block") === block.id) list.append(noteView(id, note));
      }
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
  header.observe(rerender);
  session.observe(() => render());
  provider.on("sync", () => { showName(); render(); });
  render();
}

main();
