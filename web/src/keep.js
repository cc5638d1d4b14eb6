// What the page keeps of a room's Y document in the browser, through y-indexeddb (the
// Yjs project's IndexedDB provider): a phone's browser discards background tabs, and
// whatever a participant typed offline would otherwise live only in the tab's memory.
// The page loads what it kept before it connects, so the room receives it then, as it
// receives a connected page's changes.
//
// Keeping is a convenience the page does without when the browser will not keep
// anything (private browsing, storage turned off, a full quota, an IndexedDB that does
// not answer): every failure here ends in "not kept", never in an uncaught error, and
// the page works from memory as it did before.
import * as Y from "yjs";
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, fetchUpdates } from "y-indexeddb";

// Storage that has not answered by then is taken as unavailable: the page does not
// keep a participant waiting for it.
const WAIT_MS = 3000;

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function finished(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A full quota usually shows here, when the transaction commits, not on a request.
    transaction.onabort = () => reject(transaction.error);
    transaction.onerror = () => reject(transaction.error);
  });
}

function within(promise, ms) {
  let timer = 0;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error("storage did not answer")), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function storage() {
  try {
    return typeof indexedDB === "undefined" ? null : indexedDB; // reading it throws where storage is off
  } catch {
    return null;
  }
}

// Opens the database as y-indexeddb lays it out and writes one small value: storage that
// cannot do that is not used for this room. When it opens but refuses writes (full), what
// it holds is still returned, so what was typed before it filled up still reaches the room.
async function probe(idb, name) {
  let late = false;
  const db = await within(new Promise((resolve, reject) => {
    const req = idb.open(name);
    req.onupgradeneeded = () => {
      req.result.createObjectStore("updates", { autoIncrement: true });
      req.result.createObjectStore("custom");
    };
    req.onsuccess = () => {
      if (late) req.result.close(); // given up on already: not left open
      else resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  }), WAIT_MS).catch(() => { late = true; return null; });
  if (!db) return null;
  try {
    const write = db.transaction(["custom"], "readwrite");
    write.objectStore("custom").put(Date.now(), "opened");
    await within(finished(write), WAIT_MS);
    return { writable: true, updates: [] };
  } catch {
    try {
      const read = db.transaction(["updates"], "readonly");
      return { writable: false, updates: await within(request(read.objectStore("updates").getAll()), WAIT_MS) };
    } catch {
      return null;
    }
  } finally {
    db.close();
  }
}

// y-indexeddb's provider, made to fail quietly: its own writes leave a failed write
// (a full quota, a closed database) as an unhandled promise rejection, or throw inside
// the document's update event, where they would break the room's sync. Here a failed
// write stops the keeping, and the page goes on without it.
class KeptDoc extends IndexeddbPersistence {
  constructor(name, doc) {
    super(name, doc);
    this._db.catch(() => this.stop());
    doc.off("update", this._storeUpdate);
    this._storeUpdate = (update, origin) => {
      if (!this.db || origin === this || this._destroyed) return;
      try {
        const transaction = this.db.transaction(["updates"], "readwrite");
        transaction.objectStore("updates").add(update);
        finished(transaction).catch(() => this.stop());
      } catch {
        this.stop();
        return;
      }
      if (++this._dbsize >= PREFERRED_TRIM_SIZE) {
        clearTimeout(this._storeTimeoutId);
        this._storeTimeoutId = setTimeout(() => {
          this._storeTimeoutId = null;
          this.compact().catch(() => this.stop());
        }, this._storeTimeout);
      }
    };
    doc.on("update", this._storeUpdate);
  }

  // Many small updates become the document's one state, as y-indexeddb's storeState does.
  compact() {
    return fetchUpdates(this).then((store) => {
      const done = finished(store.transaction);
      store.add(Y.encodeStateAsUpdate(this.doc));
      store.delete(IDBKeyRange.upperBound(this._dbref, true));
      return done;
    }).then(() => { this._dbsize = 1; });
  }

  stop() {
    if (this._destroyed) return Promise.resolve();
    return this.destroy().catch(() => {});
  }
}

// The room's kept document: `load()` before connecting, `forget()` when the room is
// over for this page (it ended, or the participant was removed).
export class Keeper {
  constructor(name, doc) {
    this.name = name;
    this.doc = doc;
    this.kept = null;
    this.forgotten = false;
  }

  async load() {
    const idb = storage();
    if (!idb) return;
    const found = await probe(idb, this.name);
    if (!found || this.forgotten) return;
    if (!found.writable) {
      Y.transact(this.doc, () => { for (const update of found.updates) Y.applyUpdate(this.doc, update); }, this);
      return;
    }
    try {
      this.kept = new KeptDoc(this.name, this.doc);
      await within(this.kept.whenSynced, WAIT_MS);
    } catch {
      // Loading on after the wait is harmless: what arrives later reaches the room then.
    }
  }

  // Once: the database goes, so a later visit to the room's link starts from the host.
  async forget() {
    if (this.forgotten) return;
    this.forgotten = true;
    if (this.kept) await this.kept.stop();
    const idb = storage();
    if (!idb) return;
    try {
      await within(request(idb.deleteDatabase(this.name)), WAIT_MS);
    } catch {
      // Not forgotten (blocked, or storage gone): a later visit checks for an ended room.
    }
  }
}
