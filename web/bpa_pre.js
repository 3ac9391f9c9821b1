// Runs before the module starts: opens IndexedDB and mirrors its contents in
// memory so that C++ can read synchronously; writes go to IndexedDB in order,
// in the background. Also wires page-level events: hide (flush), file drop,
// paste, and waking the frame loop (drawing on demand) on any of them.
'use strict';

var BPA_DB_NAME = 'bpa-arbeidsleder';
var BPA_DB_VERSION = 1;

Module.bpa = {
  db: null,
  arrangements: new Map(), // id -> {id, name, jurisdiction, saved_at, current, previous}
  settings: new Map(),     // key -> value
  error: '',               // why storage does not work, shown on screen
  pendingWrites: 0,
  writeChain: Promise.resolve(),
  lastTicket: 0,
  saves: new Map(),        // ticket -> 0 running, 1 stored, 2 failed (bpa_js_save_state)
  unsaved: new Set(),      // ids of arrangements whose latest write failed: written again with the next one
  // Two tabs (or the page opened twice): every stored arrangement carries a
  // version stamp that each write increases. A tab builds on the version it
  // read or wrote last (known); a write finding a newer one stored is refused
  // (a conflict) instead of overwriting it. Saves are announced to the other
  // tabs on a BroadcastChannel; what they saved waits in `latest` until the
  // application takes it (bpa_js_take_stored).
  known: new Map(),        // id -> the stored version this tab builds on
  latest: new Map(),       // id -> a newer record saved by another tab
  changed: [],             // ids another tab saved or deleted, not yet told to the application
  // Settings are merged instead: a write applies what this tab changed (against
  // the value it last took, `settings`) to the stored value inside the write's
  // transaction, member by member, so a change made in another tab meanwhile
  // stays. A stored value this tab has not taken yet waits in settingsLatest.
  settingsLatest: new Map(), // key -> the stored value, when it differs from what the application has
  channel: null,
  files: [],               // incoming files: {name, bytes: Uint8Array}
  texts: [],              // typed, composed or pasted text for the active text field: {text, keys}
  keydowns: 0,             // key presses so far: a text's `keys` says how many came before it
  clipboardFailure: null, // why the last copy reached no clipboard (bpa_js_set_clipboard)
  firstFrameAt: null,
  startedAt: (typeof performance !== 'undefined') ? performance.now() : 0,
  // Drawing on demand (see bpa_js_frame_done): the frame loop sleeps when the
  // page is at rest and wake() starts it again.
  frames: 0,               // frames built so far
  drawn: 0,                // of those, the frames that drew onto the canvas (whole or in part)
  partFrames: 0,           // of those, the frames that drew only the part of the canvas that changed
  a11yUpdates: 0,          // changes sent to the screen reader's mirror (web/bpa_a11y.js)
  checkParts: false,       // tests: compare each frame drawn in part with the same frame drawn whole
  partsChecked: 0,         // frames so compared
  partsWrong: 0,           // of those, the frames whose picture differed
  firstWrongPart: null,    // {frame, pixels, part: [x, y from the bottom, w, h]} of the first
  busy: 0,                 // what kept the last frame busy: 1 input, 2 held key or button, 4 pending input, 8 new picture
  asleep: false,           // the frame loop is paused
  continuous: false,       // draw every frame (benchmarks set this to time frames)
  timer: null,             // the app's own next wake-up (autosave, a notice ending, midnight)
  wakeAt: 0,               // when it comes (performance.now()), while timer is set
};

// Starts the frame loop again after it has gone to rest; cheap when it runs.
Module.bpa.wake = function () {
  var b = Module.bpa;
  if (b.timer !== null) { clearTimeout(b.timer); b.timer = null; }
  if (!b.asleep) return;
  b.asleep = false;
  Module.resumeMainLoop();
};

// Benchmarks: draw every frame (true) or only on demand (false, the default).
Module.bpa.setContinuous = function (on) {
  Module.bpa.continuous = !!on;
  Module.bpa.wake();
};

function bpaDescribeError(e) {
  if (!e) return 'unknown error';
  var name = e.name || '';
  var msg = e.message || String(e);
  if (name === 'QuotaExceededError') return 'QuotaExceededError: the browser has no more room for this page';
  return name ? (name + ': ' + msg) : msg;
}

function bpaOpenDb() {
  return new Promise(function (resolve, reject) {
    if (typeof indexedDB === 'undefined' || !indexedDB) {
      reject(new Error('this browser has no IndexedDB'));
      return;
    }
    var req;
    try {
      req = indexedDB.open(BPA_DB_NAME, BPA_DB_VERSION);
    } catch (e) {
      reject(e);
      return;
    }
    req.onupgradeneeded = function () {
      var db = req.result;
      if (!db.objectStoreNames.contains('arrangements')) db.createObjectStore('arrangements', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('settings')) db.createObjectStore('settings', { keyPath: 'key' });
    };
    req.onsuccess = function () { resolve(req.result); };
    req.onerror = function () { reject(req.error); };
    req.onblocked = function () { reject(new Error('the database is blocked by another tab')); };
  });
}

function bpaReadAll(db, store) {
  return new Promise(function (resolve, reject) {
    var tx = db.transaction(store, 'readonly');
    var req = tx.objectStore(store).getAll();
    req.onsuccess = function () { resolve(req.result); };
    req.onerror = function () { reject(req.error); };
  });
}

// Opening waits while another tab deletes or upgrades the database (and that
// tab has not let go of it). After a moment the loading text says so and
// offers to try again, instead of loading without end.
var BPA_WAIT_NOTICE_MS = 2500;

function bpaShowWaiting() {
  var l = document.getElementById('bpa-loading');
  if (!l) return;
  l.textContent = '';
  var box = document.createElement('div');
  [
    'Venter på nettleserens lagring: en annen fane med BPA Arbeidsleder sletter eller holder de lagrede dataene. ' +
      'Lukk den andre fanen, eller prøv igjen.',
    'Venter på browserens lagring: en anden fane med BPA Arbeidsleder sletter eller holder de gemte data. ' +
      'Luk den anden fane, eller prøv igen.',
    'Waiting for the browser\'s storage: another tab with BPA Arbeidsleder is deleting or holding the stored data. ' +
      'Close the other tab, or try again.',
  ].forEach(function (t) {
    var p = document.createElement('p');
    p.textContent = t;
    box.appendChild(p);
  });
  var retry = document.createElement('button');
  retry.id = 'bpa-retry';
  retry.type = 'button';
  retry.textContent = 'Prøv igjen / Prøv igen / Try again';
  retry.style.fontSize = '20px';
  retry.addEventListener('click', function () { location.reload(); });
  box.appendChild(retry);
  l.appendChild(box);
  l.setAttribute('data-waiting', 'storage');
}

Module.bpa.load = function () {
  var b = Module.bpa;
  var settled = false;
  var waiting = setTimeout(function () { if (!settled && typeof document !== 'undefined') bpaShowWaiting(); },
                           BPA_WAIT_NOTICE_MS);
  return bpaOpenDb().then(function (db) {
    settled = true;
    clearTimeout(waiting);
    b.db = db;
    // Another tab deletes or upgrades the database: let go of it, so that it
    // is not kept waiting, and say that saving has stopped.
    db.onversionchange = function () {
      db.close();
      if (b.db === db) b.db = null;
      b.error = 'another tab is deleting or upgrading the stored data; reload the page after exporting';
      b.wake();
    };
    return Promise.all([bpaReadAll(db, 'arrangements'), bpaReadAll(db, 'settings')]);
  }).then(function (all) {
    all[0].forEach(function (r) { b.arrangements.set(r.id, r); b.known.set(r.id, r.version || 0); });
    b.listen();
    all[1].forEach(function (r) { b.settings.set(r.key, r.value); });
    var s = typeof navigator !== 'undefined' ? navigator.storage : null;
    if (s && s.persisted) s.persisted().then(function (kept) { if (b.persisted < 1) b.persisted = kept ? 1 : 0; b.wake(); });
    if (b.arrangements.size > 0) b.askPersistence();
    b.updateEstimate();
  }).catch(function (e) {
    settled = true;
    clearTimeout(waiting);
    b.error = bpaDescribeError(e);
  });
};

// Queues one write; writes run one after another so the newest always wins.
// `then` (optional) is called with true when the write is stored, false when not.
Module.bpa.write = function (store, op, value, then) {
  var b = Module.bpa;
  var report = then || function () {};
  if (!b.db) { report(false); return; }
  b.pendingWrites++;
  var written = {};  // put-versioned: the version written, or the newer record that refused it
  b.writeChain = b.writeChain.then(function () {
    return new Promise(function (resolve) {
      var tx;
      try {
        tx = b.db.transaction(store, 'readwrite');
        var os = tx.objectStore(store);
        if (op === 'put-versioned') bpaPutVersioned(os, value, tx, written);
        else if (op === 'put-merged') bpaPutMerged(os, value, tx, written);
        else if (op === 'put') os.put(value);
        else os.delete(value);
      } catch (e) {
        b.error = bpaDescribeError(e);
        b.wake();
        report(false);
        resolve();
        return;
      }
      // The outcome is shown on screen only when it changes whether saving works.
      var done = function (error) {
        if (error !== b.error) { b.error = error; b.wake(); }
        report(error === '');
        resolve();
      };
      tx.oncomplete = function () {
        if (written.version !== undefined) {
          b.known.set(value.id, written.version);
          b.announce({ id: value.id, version: written.version });
        } else if (written.merged !== undefined) {
          if (written.merged !== value.value) b.settingsLatest.set(value.key, written.merged);
          else b.settingsLatest.delete(value.key);
          b.announce({ setting: value.key });
        } else if (op === 'delete' && store === 'arrangements') {
          b.announce({ id: value, deleted: true });
        }
        done('');
      };
      tx.onerror = function () { done(bpaDescribeError(tx.error)); };
      tx.onabort = function () {
        if (!written.conflict) { done(bpaDescribeError(written.error || tx.error)); return; }
        b.latest.set(value.id, written.conflict);  // refused, not failed: storage works
        report('conflict');
        resolve();
      };
    });
  }).finally(function () { b.pendingWrites--; });
};

Module.bpa.whenSaved = function () { return Module.bpa.writeChain; };

// Inside one transaction: reads the stored record's version and writes `rec`
// with the next one, or aborts when another tab has stored a version this tab
// does not build on. (A record deleted meanwhile is written again.)
function bpaPutVersioned(os, rec, tx, written) {
  var b = Module.bpa;
  var get = os.get(rec.id);
  get.onsuccess = function () {
    var stored = get.result;
    var base = b.known.get(rec.id) || 0;
    var storedVersion = stored ? (stored.version || 0) : 0;
    if (stored && storedVersion !== base) {
      written.conflict = stored;
      tx.abort();
      return;
    }
    written.version = Math.max(base, storedVersion) + 1;
    var copy = Object.assign({}, rec, { version: written.version });
    try {
      os.put(copy);
    } catch (e) {
      written.error = e;  // e.g. QuotaExceededError: the write's own reason, not the abort's
      tx.abort();
    }
  };
}

// Inside one transaction: `rec` is {key, value, base}, the setting as this tab
// has it and as it was when this tab last took it; what changed from base to
// value is applied to the stored value and written (written.merged).
function bpaPutMerged(os, rec, tx, written) {
  var get = os.get(rec.key);
  get.onsuccess = function () {
    written.merged = bpaMergeSetting(get.result ? get.result.value : undefined, rec.base, rec.value);
    try {
      os.put({ key: rec.key, value: written.merged });
    } catch (e) {
      written.error = e;
      tx.abort();
    }
  };
}

// Settings are JSON objects: members changed here replace the stored ones
// (objects member by member, so one arrangement's export day does not undo
// another's), members not changed here keep what is stored. A value that is
// not JSON is written whole.
function bpaMergeSetting(storedText, baseText, mineText) {
  if (typeof storedText !== 'string' || typeof baseText !== 'string' || storedText === baseText) return mineText;
  try {
    return JSON.stringify(bpaMergeChanges(JSON.parse(storedText), JSON.parse(baseText), JSON.parse(mineText)));
  } catch (e) {
    return mineText;
  }
}

function bpaMergeChanges(stored, base, mine) {
  var same = function (x, y) { return JSON.stringify(x) === JSON.stringify(y); };
  var object = function (x) { return x !== null && typeof x === 'object' && !Array.isArray(x); };
  if (!object(stored) || !object(base) || !object(mine)) return same(base, mine) ? stored : mine;
  var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
  var out = Object.assign({}, stored);
  Object.keys(base).concat(Object.keys(mine)).forEach(function (k) {
    if (!has(mine, k)) { delete out[k]; return; }       // removed here
    if (has(base, k) && same(base[k], mine[k])) return;  // not changed here
    out[k] = has(base, k) && has(stored, k) ? bpaMergeChanges(stored[k], base[k], mine[k]) : mine[k];
  });
  return out;
}

// Tells the other tabs of a save or a deletion.
Module.bpa.announce = function (message) {
  if (Module.bpa.channel) {
    try { Module.bpa.channel.postMessage(message); } catch (e) {}
  }
};

// Listens to the other tabs: a newer version waits in `latest`, a deletion
// leaves the mirror (unless this tab holds changes of it that failed to
// save), and the application hears of both at its next frame.
Module.bpa.listen = function () {
  var b = Module.bpa;
  if (typeof BroadcastChannel === 'undefined' || b.channel) return;
  b.channel = new BroadcastChannel('bpa-arrangements');
  b.channel.onmessage = function (e) {
    var m = e.data || {};
    if (typeof m.setting === 'string' && b.db) {
      var read;
      try { read = b.db.transaction('settings', 'readonly').objectStore('settings').get(m.setting); } catch (err) { return; }
      read.onsuccess = function () {
        var rec = read.result;
        if (!rec || rec.value === b.settings.get(m.setting)) return;
        b.settingsLatest.set(m.setting, rec.value);
        b.wake();
      };
      return;
    }
    if (typeof m.id !== 'string' || !b.db) return;
    if (m.deleted) {
      if (!b.unsaved.has(m.id)) { b.arrangements.delete(m.id); b.known.delete(m.id); }
      b.latest.delete(m.id);
      b.changed.push(m.id);
      b.wake();
      return;
    }
    var tx;
    try { tx = b.db.transaction('arrangements', 'readonly'); } catch (err) { return; }
    var get = tx.objectStore('arrangements').get(m.id);
    get.onsuccess = function () {
      var rec = get.result;
      if (!rec || (rec.version || 0) <= (b.known.get(m.id) || 0)) return;
      b.latest.set(m.id, rec);
      b.changed.push(m.id);
      b.wake();
    };
  };
};

// Writes the mirror's record of one arrangement, and again every other one
// whose latest write failed; returns a ticket whose outcome C++ reads back
// (bpa_js_save_state). Each outcome wakes the frame loop.
Module.bpa.saveArrangement = function (id) {
  var b = Module.bpa;
  var ticket = ++b.lastTicket;
  b.saves.set(ticket, 0);
  var put = function (key, onStored) {
    var rec = b.arrangements.get(key);
    if (!rec) { b.unsaved.delete(key); if (onStored) onStored(true); return; }
    b.write('arrangements', 'put-versioned', rec, function (stored) {
      // A conflict is not a failure to retry: the application settles it.
      if (stored) b.unsaved.delete(key); else if (stored !== 'conflict') b.unsaved.add(key);
      if (onStored) onStored(stored);
    });
  };
  b.unsaved.forEach(function (key) { if (key !== id) put(key); });
  put(id, function (stored) {
    b.saves.set(ticket, stored === 'conflict' ? 3 : stored ? 1 : 2);
    if (stored === true) { b.askPersistence(); b.updateEstimate(); }
    b.wake();
  });
  return ticket;
};

// Storage that lasts: the browser is asked once to keep the data for good
// (navigator.storage.persist) when there is an arrangement to keep; the answer
// and the bytes stored are shown in Innstillinger → Data.
Module.bpa.persisted = -1;  // 1 kept for good, 0 not, -1 not known
Module.bpa.used = -1;
Module.bpa.quota = -1;
Module.bpa.persistAsked = false;
Module.bpa.estimatedAt = 0;
Module.bpa.askPersistence = function () {
  var b = Module.bpa, s = typeof navigator !== 'undefined' ? navigator.storage : null;
  if (!s || !s.persisted || b.persistAsked) return;
  b.persistAsked = true;
  s.persisted().then(function (kept) {
    return kept || (s.persist ? s.persist() : false);
  }).then(function (kept) { b.persisted = kept ? 1 : 0; b.wake(); })
    .catch(function () { b.persisted = 0; b.wake(); });
};
Module.bpa.updateEstimate = function () {
  var b = Module.bpa, s = typeof navigator !== 'undefined' ? navigator.storage : null;
  if (!s || !s.estimate || Date.now() - b.estimatedAt < 5000) return;
  b.estimatedAt = Date.now();
  s.estimate().then(function (e) { b.used = e.usage; b.quota = e.quota; b.wake(); }).catch(function () {});
};

// Downloads `bytes` as a file: a Blob and a hidden link clicked.
Module.bpa.downloadBytes = function (name, mime, bytes) {
  var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  var a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
};

// Encrypted exports: AES-GCM (256-bit key, 96-bit random iv) with the key
// derived from the passphrase by PBKDF2-SHA-256 over a random 128-bit salt.
// The file is a small JSON wrapper naming every parameter, so that it can be
// opened again with the passphrase alone:
// {"bpa_encrypted": 1, "format": "bpa-arbeidsleder", "cipher": "AES-GCM", "key_bits": 256,
//  "kdf": "PBKDF2", "hash": "SHA-256", "iterations": N, "salt": b64, "iv": b64, "data": b64}
Module.bpa.cryptoResults = [];
Module.bpa.cryptoDone = function (kind, name, text) {
  Module.bpa.cryptoResults.push({ kind: kind, name: name, text: text });
  Module.bpa.wake();
};
var BPA_MIN_ITERATIONS = 100000, BPA_MAX_ITERATIONS = 10000000;

function bpaCryptoError(kind, message) {
  var e = new Error(message);
  e.bpaKind = kind;  // 3 wrong passphrase, 4 broken file, 5 unavailable
  return e;
}

function bpaSubtle() {
  var c = typeof crypto !== 'undefined' ? crypto : null;
  if (!c || !c.subtle || !c.getRandomValues) throw bpaCryptoError(5, 'WebCrypto is only offered to secure pages (https, localhost, file)');
  return c.subtle;
}

function bpaToBase64(bytes) {
  var s = '';
  for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function bpaFromBase64(text) {
  var s = atob(text);
  var out = new Uint8Array(s.length);
  for (var i = 0; i < s.length; ++i) out[i] = s.charCodeAt(i);
  return out;
}

function bpaDeriveKey(subtle, passphrase, salt, iterations) {
  return subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey'])
    .then(function (base) {
      return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }, base,
                              { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    });
}

Module.bpa.encrypt = function (text, passphrase, iterations) {
  return Promise.resolve().then(function () {
    var subtle = bpaSubtle();
    var salt = crypto.getRandomValues(new Uint8Array(16));
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return bpaDeriveKey(subtle, passphrase, salt, iterations).then(function (key) {
      return subtle.encrypt({ name: 'AES-GCM', iv: iv }, key, new TextEncoder().encode(text));
    }).then(function (sealed) {
      return JSON.stringify({ bpa_encrypted: 1, format: 'bpa-arbeidsleder', cipher: 'AES-GCM', key_bits: 256,
                              kdf: 'PBKDF2', hash: 'SHA-256', iterations: iterations, salt: bpaToBase64(salt),
                              iv: bpaToBase64(iv), data: bpaToBase64(new Uint8Array(sealed)) }, null, 1) + '\n';
    });
  });
};

// The wrapper is checked before any work: known algorithms only, and an
// iteration count within bounds (a file cannot make the page work for hours).
Module.bpa.decrypt = function (wrapperText, passphrase) {
  return Promise.resolve().then(function () {
    var w;
    try { w = JSON.parse(wrapperText); } catch (e) { throw bpaCryptoError(4, 'not JSON'); }
    if (!w || w.bpa_encrypted !== 1) throw bpaCryptoError(4, 'bpa_encrypted: not 1');
    if (w.cipher !== 'AES-GCM' || w.key_bits !== 256) throw bpaCryptoError(4, 'cipher: not AES-GCM with 256 bits');
    if (w.kdf !== 'PBKDF2' || w.hash !== 'SHA-256') throw bpaCryptoError(4, 'kdf: not PBKDF2 with SHA-256');
    if (!Number.isInteger(w.iterations) || w.iterations < BPA_MIN_ITERATIONS || w.iterations > BPA_MAX_ITERATIONS)
      throw bpaCryptoError(4, 'iterations: not within ' + BPA_MIN_ITERATIONS + '..' + BPA_MAX_ITERATIONS);
    var salt, iv, data;
    try {
      salt = bpaFromBase64(w.salt); iv = bpaFromBase64(w.iv); data = bpaFromBase64(w.data);
    } catch (e) { throw bpaCryptoError(4, 'salt, iv or data: not base64'); }
    if (salt.length < 16 || iv.length !== 12 || data.length < 16) throw bpaCryptoError(4, 'salt, iv or data: wrong length');
    var subtle = bpaSubtle();
    return bpaDeriveKey(subtle, passphrase, salt, w.iterations).then(function (key) {
      return subtle.decrypt({ name: 'AES-GCM', iv: iv }, key, data);
    }).then(function (plain) {
      try { return new TextDecoder('utf-8', { fatal: true }).decode(plain); } catch (e) { throw bpaCryptoError(4, 'not UTF-8 inside'); }
    }, function (e) {
      // AES-GCM's tag does not match: the passphrase is wrong (or the data was changed).
      if (e && e.name === 'OperationError') throw bpaCryptoError(3, 'wrong passphrase');
      throw e;
    });
  });
};

// Storage opens while the browser compiles the module, not after: main()
// waits only for what is left of it.
Module.bpa.loading = Module.bpa.load();

Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  addRunDependency('bpa-indexeddb');
  Module.bpa.loading.finally(function () { removeRunDependency('bpa-indexeddb'); });
});

// Hosted use: served over http(s), the page can be installed (the web app
// manifest) and opens offline (the service worker keeps its files). The
// single file opened from disk does neither and works as it always has.
(function offline() {
  if (typeof window === 'undefined' || (location.protocol !== 'http:' && location.protocol !== 'https:')) return;
  var link = document.createElement('link');
  link.rel = 'manifest';
  link.href = 'manifest.webmanifest';
  document.head.appendChild(link);
  if (window.isSecureContext && navigator.serviceWorker) {
    navigator.serviceWorker.register('sw.js').catch(function () {});
  }
})();

(function wirePageEvents() {
  if (typeof window === 'undefined') return;
  var b = Module.bpa;
  // Any input wakes the frame loop; SDL's own listeners queue the event itself.
  // Registered first, so that no listener below can stop them.
  var wake = function () { b.wake(); };
  ['mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout', 'wheel', 'pointerdown', 'pointerup', 'pointermove',
   'touchstart', 'touchmove', 'touchend', 'touchcancel', 'keydown', 'keyup', 'focus', 'blur', 'resize',
   'input', 'compositionend', 'paste', 'drop'].forEach(function (type) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  });
  document.addEventListener('visibilitychange', wake);
  // Text and keys reach the interface by two ways (the text through the hidden
  // input, the keys through SDL), and keys wait for frames of their own: each
  // text carries the number of key presses before it, so that it goes into
  // its field after those keys and before the ones that follow (typing a
  // number and pressing Ctrl+A, Ctrl+C within one frame copies the number).
  window.addEventListener('keydown', function () { b.keydowns++; }, { capture: true, passive: true });
  b.pushText = function (text) { b.texts.push({ text: text, keys: b.keydowns }); };
  var flush = function () { if (Module._bpa_flush) Module._bpa_flush(); };
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flush(); });
  window.addEventListener('pagehide', flush);
  // Closing or reloading while changes are not stored (saving fails) asks first.
  window.addEventListener('beforeunload', function (e) {
    var atRisk = b.unsaved.size > 0 || (Module._bpa_unsaved && Module._bpa_unsaved());
    if (!atRisk) return;
    e.preventDefault();
    e.returnValue = '';
  });

  var readFile = function (file) {
    file.arrayBuffer().then(function (buf) {
      b.files.push({ name: file.name, bytes: new Uint8Array(buf) });
      b.wake();
    });
  };
  b.readFile = readFile;
  window.addEventListener('dragover', function (e) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length > 0) readFile(e.dataTransfer.files[0]);
  });

  // Text comes from a hidden input that has the focus while a text field is
  // active: it receives typed characters from any keyboard layout, dead keys and
  // input methods, and the virtual keyboard of a tablet. SDL's own keypress
  // text is blocked so that nothing arrives twice; SDL still sees every key.
  var input = document.createElement('input');
  input.id = 'bpa-text-input';
  input.type = 'text';
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('autocapitalize', 'off');
  input.setAttribute('spellcheck', 'false');
  input.setAttribute('aria-hidden', 'true');
  input.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;border:0;padding:0;pointer-events:none;';
  var takeInput = function () {
    if (input.value) { b.pushText(input.value.replace(/[\r\n]/g, '')); input.value = ''; }
  };
  input.addEventListener('input', function (e) { if (!e.isComposing) takeInput(); });
  input.addEventListener('compositionend', takeInput);
  b.textInput = input;
  var attach = function () { if (!input.parentNode) document.body.appendChild(input); };
  if (document.body) attach(); else document.addEventListener('DOMContentLoaded', attach);

  window.addEventListener('keypress', function (e) { e.stopImmediatePropagation(); }, true);
  // A character typed before the hidden input has the focus (the click that
  // activates a field and the first key can come within one slow frame) is
  // taken from its key event, so that it is not lost.
  window.addEventListener('keydown', function (e) {
    if (document.activeElement === input || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (b.a11y && b.a11y.isInput(document.activeElement)) return;  // the mirror's field takes it (bpa_a11y.js)
    if (typeof e.key === 'string' && e.key.length === 1) b.pushText(e.key);
  }, true);
  // Ctrl+V / Cmd+V: let the browser deliver a paste event (SDL would cancel the
  // key's default action), then hand the text to the UI.
  window.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'v' || e.key === 'V')) e.stopImmediatePropagation();
  }, true);
  window.addEventListener('paste', function (e) {
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (text) b.pushText(text.replace(/\r/g, ''));
    e.preventDefault();
    b.wake();
  });
})();
