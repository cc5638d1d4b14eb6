// What the page keeps of a room's Y document in the browser's IndexedDB: a phone's
// browser discards background tabs, and whatever a participant typed offline would
// otherwise live only in the tab's memory. The page loads what it kept before it
// connects, so the room receives it then, as it receives a connected page's changes.
//
// A database holds the document's updates as Yjs encodes them (the store "updates",
// one record per change, folded into one from time to time) and when it was last
// opened (the store "custom"), the layout of the Yjs project's y-indexeddb. Only Yjs's
// public encoding is used: y-indexeddb itself leaves a failed write as an unhandled
// rejection or an error thrown inside the document's update event, which would break
// the room's sync, and making it fail quietly meant reaching into its internals.
//
// Keeping is a convenience the page does without when the browser will not keep
// anything (private browsing, storage turned off, a full quota, an IndexedDB that does
// not answer): every failure here ends in "not kept", never in an uncaught error, and
// the page works from memory as it did before.
import * as Y from "yjs";

// Storage that has not answered by then is taken as unavailable: the page does not
// keep a participant waiting for it.
const WAIT_MS = 3000;
// Kept updates folded into the document's one state once there are this many.
const FOLD_AFTER = 500;
const UPDATES = "updates";
const CUSTOM = "custom";

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function finished(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error);
    transaction.onerror = () => reject(transaction.error);
  });
}

function within(promise, ms) {
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error("no answer")), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function storage() {
  try {
    return typeof indexedDB === "undefined" ? null : indexedDB; // reading it throws where storage is off
  } catch {
    return null;
  }
}

// The room's database, or null when it does not open in time (a late one is closed).
async function open(idb, name) {
  let late = false;
  return within(new Promise((resolve, reject) => {
    const req = idb.open(name);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(UPDATES, { autoIncrement: true });
      req.result.createObjectStore(CUSTOM);
    };
    req.onsuccess = () => {
      if (late) req.result.close();
      else resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  }), WAIT_MS).catch(() => { late = true; return null; });
}

// The room's kept document: `load()` before connecting, `forget()` when the room is
// over for this page (it ended, or the participant was removed).
export class Keeper {
  constructor(name, doc) {
    this.name = name;
    this.doc = doc;
    this.db = null;
    this.count = 0;
    this.forgotten = false;
    this.onUpdate = (update, origin) => this.store(update, origin);
  }

  // What was kept goes into the document (even from storage that no longer takes
  // writes, so what was typed before it filled up still reaches the room); then, where
  // storage takes writes, every change of the document is kept as it happens.
  async load() {
    const idb = storage();
    if (!idb) return;
    const db = await open(idb, this.name);
    if (!db) return;
    try {
      const read = db.transaction([UPDATES], "readonly");
      const updates = await within(request(read.objectStore(UPDATES).getAll()), WAIT_MS);
      if (this.forgotten) throw new Error("forgotten meanwhile");
      Y.transact(this.doc, () => { for (const update of updates) Y.applyUpdate(this.doc, update); }, this);
      const write = db.transaction([CUSTOM], "readwrite");
      write.objectStore(CUSTOM).put(Date.now(), "opened");
      await within(finished(write), WAIT_MS);
      this.db = db;
      this.count = updates.length;
      this.doc.on("update", this.onUpdate);
      // What the page had in memory before it loaded is kept too.
      this.fold();
    } catch {
      db.close();
    }
  }

  store(update, origin) {
    if (!this.db || origin === this) return;
    try {
      const transaction = this.db.transaction([UPDATES], "readwrite");
      transaction.objectStore(UPDATES).add(update);
      finished(transaction).catch(() => this.stop());
    } catch {
      this.stop();
      return;
    }
    if (++this.count >= FOLD_AFTER) this.fold();
  }

  // The kept updates replaced by the document's one state, in one transaction.
  fold() {
    if (!this.db) return;
    try {
      const transaction = this.db.transaction([UPDATES], "readwrite");
      const updates = transaction.objectStore(UPDATES);
      updates.clear();
      updates.add(Y.encodeStateAsUpdate(this.doc));
      this.count = 1;
      finished(transaction).catch(() => this.stop());
    } catch {
      this.stop();
    }
  }

  // Keeping stops; what was kept stays for the next visit.
  stop() {
    this.doc.off("update", this.onUpdate);
    if (this.db) this.db.close();
    this.db = null;
  }

  // Once: the database goes, so a later visit to the room's link starts from the host.
  async forget() {
    if (this.forgotten) return;
    this.forgotten = true;
    this.stop();
    const idb = storage();
    if (!idb) return;
    try {
      await within(request(idb.deleteDatabase(this.name)), WAIT_MS);
    } catch {
      // Not forgotten (blocked, or storage gone): a later visit checks for an ended room.
    }
  }
}
