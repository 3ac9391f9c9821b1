// JavaScript side of src/platform/platform_web.cpp, passed to the linker with
// --js-library. Strings returned to C++ are malloc'd; the caller frees them.
'use strict';

mergeInto(LibraryManager.library, {
  $bpaNewString: function (s) {
    var len = lengthBytesUTF8(s) + 1;
    var p = _malloc(len);
    stringToUTF8(s, p, len);
    return p;
  },

  bpa_js_storage_list__deps: ['$bpaNewString'],
  bpa_js_storage_list: function () {
    var out = [];
    Module.bpa.arrangements.forEach(function (r) {
      out.push({ id: r.id, name: r.name || '', jurisdiction: r.jurisdiction || '', saved_at: r.saved_at || '',
                 has_previous: typeof r.previous === 'string' });
    });
    return bpaNewString(JSON.stringify(out));
  },

  // navigator.storage: kept for good or not, bytes used and allowed, opened from a file.
  bpa_js_storage_info__deps: ['$bpaNewString'],
  bpa_js_storage_info: function () {
    var b = Module.bpa;
    var fromFile = typeof location !== 'undefined' && location.protocol === 'file:';
    return bpaNewString(JSON.stringify({ persisted: b.persisted, used: b.used, quota: b.quota, from_file: fromFile }));
  },

  bpa_js_storage_load__deps: ['$bpaNewString'],
  bpa_js_storage_load: function (idPtr, previous) {
    var r = Module.bpa.arrangements.get(UTF8ToString(idPtr));
    if (!r) return 0;
    var text = previous ? r.previous : r.current;
    return typeof text === 'string' ? bpaNewString(text) : 0;
  },

  // Returns a ticket for bpa_js_save_state: the write finishes in the background.
  bpa_js_storage_save: function (idPtr, namePtr, jurPtr, savedAtPtr, textPtr, keepPrevious) {
    var b = Module.bpa;
    var id = UTF8ToString(idPtr);
    var old = b.arrangements.get(id);
    var text = UTF8ToString(textPtr);
    var rec = {
      id: id,
      name: UTF8ToString(namePtr),
      jurisdiction: UTF8ToString(jurPtr),
      saved_at: UTF8ToString(savedAtPtr),
      current: text,
      previous: old ? old.previous : undefined,
    };
    if (keepPrevious && old && typeof old.current === 'string' && old.current !== text) rec.previous = old.current;
    if (rec.previous === undefined) delete rec.previous;
    b.arrangements.set(id, rec);
    return b.saveArrangement(id);
  },

  // 0 while the write of `ticket` runs, 1 when it is stored, 2 when it failed,
  // 3 when another tab had stored a newer version (nothing written).
  bpa_js_save_state: function (ticket) {
    var saves = Module.bpa.saves;
    var s = saves.get(ticket);
    if (s === undefined) return 1;
    if (s !== 0) saves.delete(ticket);
    return s;
  },

  bpa_js_storage_remove: function (idPtr) {
    var id = UTF8ToString(idPtr);
    Module.bpa.arrangements.delete(id);
    Module.bpa.unsaved.delete(id);
    Module.bpa.known.delete(id);
    Module.bpa.latest.delete(id);
    Module.bpa.write('arrangements', 'delete', id);
  },

  // The ids other tabs saved or deleted since the last call, as a JSON array.
  bpa_js_changed_elsewhere__deps: ['$bpaNewString'],
  bpa_js_changed_elsewhere: function () {
    var b = Module.bpa;
    if (b.changed.length === 0) return 0;
    var ids = b.changed;
    b.changed = [];
    return bpaNewString(JSON.stringify(ids));
  },

  bpa_js_newer_elsewhere: function (idPtr) {
    return Module.bpa.latest.has(UTF8ToString(idPtr)) ? 1 : 0;
  },

  // The version another tab saved becomes the one this tab reads and builds on.
  bpa_js_take_stored: function (idPtr) {
    var b = Module.bpa, id = UTF8ToString(idPtr);
    var rec = b.latest.get(id);
    if (!rec) return;
    b.latest.delete(id);
    b.unsaved.delete(id);
    b.arrangements.set(id, rec);
    b.known.set(id, rec.version || 0);
  },

  bpa_js_setting_load__deps: ['$bpaNewString'],
  bpa_js_setting_load: function (keyPtr) {
    var v = Module.bpa.settings.get(UTF8ToString(keyPtr));
    return typeof v === 'string' ? bpaNewString(v) : 0;
  },

  // Written merged with what another tab may have stored meanwhile (bpaPutMerged).
  bpa_js_setting_save: function (keyPtr, valuePtr) {
    var b = Module.bpa, key = UTF8ToString(keyPtr), value = UTF8ToString(valuePtr);
    var base = b.settings.get(key);
    if (base === value) return;
    b.settings.set(key, value);
    b.write('settings', 'put-merged', { key: key, value: value, base: base });
  },

  // 1 when a setting stored by another tab (or merged with one) differs from
  // what the application has: bpa_js_setting_load returns it from now on.
  bpa_js_settings_changed: function () {
    var b = Module.bpa;
    if (b.settingsLatest.size === 0) return 0;
    b.settingsLatest.forEach(function (value, key) { b.settings.set(key, value); });
    b.settingsLatest.clear();
    return 1;
  },

  bpa_js_storage_error__deps: ['$bpaNewString'],
  bpa_js_storage_error: function () {
    return Module.bpa.error ? bpaNewString(Module.bpa.error) : 0;
  },

  bpa_js_now_text__deps: ['$bpaNewString'],
  bpa_js_now_text: function () {
    var d = new Date();
    var p = function (n) { return (n < 10 ? '0' : '') + n; };
    return bpaNewString(d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' +
                        p(d.getHours()) + ':' + p(d.getMinutes()));
  },

  bpa_js_preferred_language__deps: ['$bpaNewString'],
  bpa_js_preferred_language: function () {
    return bpaNewString((typeof navigator !== 'undefined' && navigator.language) || '');
  },

  bpa_js_download: function (namePtr, mimePtr, dataPtr, len) {
    Module.bpa.downloadBytes(UTF8ToString(namePtr), UTF8ToString(mimePtr), HEAPU8.slice(dataPtr, dataPtr + len));
  },

  // Encrypts in the background, then downloads; the outcome waits for bpa_js_take_crypto.
  bpa_js_download_encrypted: function (namePtr, textPtr, passPtr, iterations) {
    var b = Module.bpa, name = UTF8ToString(namePtr);
    b.encrypt(UTF8ToString(textPtr), UTF8ToString(passPtr), iterations).then(function (wrapper) {
      b.downloadBytes(name, 'application/json', new TextEncoder().encode(wrapper));
      b.cryptoDone(1, name, '');
    }, function (e) { b.cryptoDone(e && e.bpaKind ? e.bpaKind : 5, name, bpaDescribeError(e)); });
  },

  bpa_js_decrypt: function (namePtr, dataPtr, len, passPtr) {
    var b = Module.bpa, name = UTF8ToString(namePtr);
    var text = new TextDecoder().decode(HEAPU8.slice(dataPtr, dataPtr + len));
    b.decrypt(text, UTF8ToString(passPtr)).then(function (plain) { b.cryptoDone(2, name, plain); },
      function (e) { b.cryptoDone(e && e.bpaKind ? e.bpaKind : 4, name, bpaDescribeError(e)); });
  },

  // Returns 1 and fills kind (1 exported, 2 decrypted, 3 wrong passphrase,
  // 4 broken, 5 unavailable), name and data (malloc'd) when an outcome waits.
  bpa_js_take_crypto__deps: ['$bpaNewString'],
  bpa_js_take_crypto: function (kindPtr, namePtrPtr, dataPtrPtr, lenPtr) {
    var r = Module.bpa.cryptoResults.shift();
    if (!r) return 0;
    var bytes = new TextEncoder().encode(r.text);
    var p = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    HEAP32[kindPtr >> 2] = r.kind;
    HEAPU32[namePtrPtr >> 2] = bpaNewString(r.name);
    HEAPU32[dataPtrPtr >> 2] = p;
    HEAPU32[lenPtr >> 2] = bytes.length;
    return 1;
  },

  bpa_js_open_file_picker: function () {
    var input = document.getElementById('bpa-file-input');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = 'bpa-file-input';
      input.accept = '.json,application/json';
      input.style.display = 'none';
      input.addEventListener('change', function () {
        if (input.files && input.files.length > 0) Module.bpa.readFile(input.files[0]);
        input.value = '';
      });
      document.body.appendChild(input);
    }
    input.click();
  },

  // A printable page in a new window; the print dialog opens when it has loaded.
  bpa_js_print: function (htmlPtr) {
    var html = UTF8ToString(htmlPtr);
    var w = window.open('', '_blank');
    if (!w) return 0;
    w.document.open();
    w.document.write(html);
    w.document.close();
    Module.bpa.printed = (Module.bpa.printed || 0) + 1;
    w.focus();
    if (!Module.bpa.noPrintDialog) setTimeout(function () { try { w.print(); } catch (e) {} }, 300);
    return 1;
  },

  // Returns 1 and fills name/bytes (malloc'd) when a file is waiting.
  bpa_js_take_file__deps: ['$bpaNewString'],
  bpa_js_take_file: function (namePtrPtr, dataPtrPtr, lenPtr) {
    var f = Module.bpa.files.shift();
    if (!f) return 0;
    var p = _malloc(f.bytes.length + 1);
    HEAPU8.set(f.bytes, p);
    HEAPU32[namePtrPtr >> 2] = bpaNewString(f.name);
    HEAPU32[dataPtrPtr >> 2] = p;
    HEAPU32[lenPtr >> 2] = f.bytes.length;
    return 1;
  },

  // The next text, and in *keysPtr the number of key presses before it.
  bpa_js_take_text__deps: ['$bpaNewString'],
  bpa_js_take_text: function (keysPtr) {
    var t = Module.bpa.texts.shift();
    if (!t) return 0;
    HEAPF64[keysPtr >> 3] = t.keys;
    return bpaNewString(t.text);
  },
  bpa_js_keydowns: function () { return Module.bpa.keydowns; },

  // Gives the hidden text input the focus while a text field is active.
  bpa_js_text_input: function (active) {
    var input = Module.bpa.textInput;
    if (!input) return;
    // A field reached through the accessible mirror takes its own typing.
    if (active && Module.bpa.a11y && Module.bpa.a11y.editingInput()) return;
    if (active && document.activeElement !== input) {
      input.focus({ preventScroll: true });
    } else if (!active && document.activeElement === input) {
      input.blur();
      var c = document.getElementById('canvas');
      if (c) c.focus({ preventScroll: true });
    }
  },

  // The accessible mirror's changes of a frame (ui/a11y.h) for web/bpa_a11y.js.
  bpa_js_a11y_update: function (changesPtr) {
    Module.bpa.a11yUpdates++;
    if (Module.bpa.a11y) Module.bpa.a11y.update(UTF8ToString(changesPtr));
  },

  // Returns 1 and fills kind (0 focus, 1 activate, 2 value), the node's key and
  // the value (malloc'd, or 0) when the mirror has a request waiting.
  bpa_js_take_a11y__deps: ['$bpaNewString'],
  bpa_js_take_a11y: function (kindPtr, keyPtr, valuePtrPtr) {
    var r = Module.bpa.a11y ? Module.bpa.a11y.requests.shift() : null;
    if (!r) return 0;
    HEAP32[kindPtr >> 2] = r.kind;
    HEAPF64[keyPtr >> 3] = r.key;
    HEAPU32[valuePtrPtr >> 2] = typeof r.value === 'string' ? bpaNewString(r.value) : 0;
    return 1;
  },

  // Copying goes through the browser's clipboard API. When the browser refuses
  // it (the page is not in front, or clipboard access is not allowed), the
  // older copy command copies from a hidden text area while the key press still
  // counts as the user's; when that fails too, the page says why
  // (bpa_js_take_clipboard_failure) instead of copying nothing in silence.
  bpa_js_set_clipboard: function (textPtr) {
    var text = UTF8ToString(textPtr);
    var b = Module.bpa;
    var byCommand = function () {
      var keep = document.activeElement, area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.setAttribute('aria-hidden', 'true');
      area.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;';
      document.body.appendChild(area);
      var copied = false;
      try {
        area.focus({ preventScroll: true });
        area.select();
        copied = document.execCommand('copy');
      } catch (e) {
        copied = false;
      }
      area.remove();
      if (keep && keep.focus) keep.focus({ preventScroll: true });
      return copied;
    };
    var refused = function (why) {
      if (byCommand()) return;
      b.clipboardFailure = why;
      b.wake();
    };
    if (typeof navigator !== 'undefined' && navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function (e) { refused(bpaDescribeError(e).replace(/\.$/, '')); });
    } else {
      refused('this browser has no clipboard API');
    }
  },

  bpa_js_take_clipboard_failure__deps: ['$bpaNewString'],
  bpa_js_take_clipboard_failure: function () {
    var why = Module.bpa.clipboardFailure;
    if (typeof why !== 'string') return 0;
    Module.bpa.clipboardFailure = null;
    return bpaNewString(why);
  },

  bpa_js_window_size: function (wPtr, hPtr) {
    HEAP32[wPtr >> 2] = window.innerWidth | 0;
    HEAP32[hPtr >> 2] = window.innerHeight | 0;
  },

  // After each frame: counts it, keeps what kept it busy (platform.h's Busy
  // flags), and when the page is at rest pauses the frame loop until
  // Module.bpa.wake() (an input event, a file, a paste, a storage callback) or,
  // with wakeAfter >= 0, until that many seconds have passed.
  bpa_js_frame_done__deps: ['$Browser'],
  bpa_js_frame_done: function (busy, drawn, atRest, wakeAfter) {
    var b = Module.bpa;
    b.frames++;
    if (drawn) b.drawn++;
    b.busy = busy;
    if (!atRest || b.continuous) return;
    b.asleep = true;
    Browser.mainLoop.pause();
    if (wakeAfter >= 0) {
      b.timer = setTimeout(b.wake, Math.ceil(wakeAfter * 1000));
      b.wakeAt = performance.now() + wakeAfter * 1000;
    }
  },

  bpa_js_wake: function () { Module.bpa.wake(); },

  // Seconds until the next local midnight, when 'today' changes.
  bpa_js_seconds_to_midnight: function () {
    var now = new Date();
    var next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    return (next.getTime() - now.getTime()) / 1000;
  },

  // Dear ImGui's renderer reads the scissor box and the blend state back every
  // frame to restore them afterwards. WebGL answers those from the GPU
  // process, and the answer waits until every draw before it is done: the
  // page's thread stood still for most of each frame (and input waited with
  // it). Only this page changes that state, so it is kept here as it is set.
  bpa_js_gl_context_made__deps: ['$GL'],
  bpa_js_gl_context_made: function () {
    var gl = GL.currentContext && GL.currentContext.GLctx;
    if (!gl) return 0;
    var keeps = gl.getContextAttributes().preserveDrawingBuffer ? 1 : 0;
    if (gl.bpaStateKept) return keeps;
    gl.bpaStateKept = true;
    var real = gl.getParameter.bind(gl);
    var kept = {};
    [gl.SCISSOR_BOX, gl.BLEND_SRC_RGB, gl.BLEND_DST_RGB, gl.BLEND_SRC_ALPHA, gl.BLEND_DST_ALPHA,
     gl.BLEND_EQUATION_RGB, gl.BLEND_EQUATION_ALPHA].forEach(function (p) { kept[p] = real(p); });
    gl.getParameter = function (p) {
      var v = kept[p];
      if (v === undefined) return real(p);
      return p === gl.SCISSOR_BOX ? new Int32Array(v) : v;
    };
    var scissor = gl.scissor.bind(gl), blendFunc = gl.blendFunc.bind(gl), blendFuncSeparate = gl.blendFuncSeparate.bind(gl),
        blendEquation = gl.blendEquation.bind(gl), blendEquationSeparate = gl.blendEquationSeparate.bind(gl);
    // A frame that draws part of the canvas cuts every scissor box to that part
    // (bpa_js_draw_part); the box kept is the one asked for.
    gl.scissor = function (x, y, w, h) {
      if (w >= 0 && h >= 0) kept[gl.SCISSOR_BOX] = [x | 0, y | 0, w | 0, h | 0];
      var p = gl.bpaPart;
      if (p) {
        var x0 = Math.max(x, p[0]), y0 = Math.max(y, p[1]);
        var x1 = Math.min(x + w, p[0] + p[2]), y1 = Math.min(y + h, p[1] + p[3]);
        x = x0; y = y0; w = Math.max(0, x1 - x0); h = Math.max(0, y1 - y0);
      }
      scissor(x, y, w, h);
    };
    gl.blendFunc = function (s, d) {
      blendFunc(s, d);
      kept[gl.BLEND_SRC_RGB] = kept[gl.BLEND_SRC_ALPHA] = s;
      kept[gl.BLEND_DST_RGB] = kept[gl.BLEND_DST_ALPHA] = d;
    };
    gl.blendFuncSeparate = function (sr, dr, sa, da) {
      blendFuncSeparate(sr, dr, sa, da);
      kept[gl.BLEND_SRC_RGB] = sr; kept[gl.BLEND_DST_RGB] = dr; kept[gl.BLEND_SRC_ALPHA] = sa; kept[gl.BLEND_DST_ALPHA] = da;
    };
    gl.blendEquation = function (m) {
      blendEquation(m);
      kept[gl.BLEND_EQUATION_RGB] = kept[gl.BLEND_EQUATION_ALPHA] = m;
    };
    gl.blendEquationSeparate = function (r, a) {
      blendEquationSeparate(r, a);
      kept[gl.BLEND_EQUATION_RGB] = r; kept[gl.BLEND_EQUATION_ALPHA] = a;
    };
    return keeps;
  },

  bpa_js_draw_part__deps: ['$GL'],
  bpa_js_draw_part: function (x, y, w, h) {
    var gl = GL.currentContext && GL.currentContext.GLctx;
    if (!gl) return;
    gl.bpaPart = w >= 0 ? [x, y, w, h] : null;
    if (w >= 0) Module.bpa.partFrames++;
  },

  bpa_js_checking_parts: function () { return Module.bpa.checkParts ? 1 : 0; },
  bpa_js_part_checked: function (wrong, x, y, w, h) {
    var b = Module.bpa;
    b.partsChecked++;
    if (wrong > 0) {
      b.partsWrong++;
      if (!b.firstWrongPart) b.firstWrongPart = { frame: b.frames, pixels: wrong, part: [x, y, w, h] };
    }
  },

  bpa_js_first_frame: function () {
    if (Module.bpa.firstFrameAt === null) {
      Module.bpa.firstFrameAt = performance.now();
      var loading = document.getElementById('bpa-loading');
      if (loading) loading.remove();
    }
  },
});
