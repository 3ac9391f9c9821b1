// The accessible mirror of the canvas: a DOM tree kept in step with the
// interface (src/ui/a11y.h sends each frame's changes), so that screen readers,
// the browser's own accessibility tools and keyboard users meet real buttons,
// fields, tabs, tables and headings with their names and states. Every node
// lies over the widget it stands for, transparent, and lets the pointer through
// to the canvas; focus, activation and typed values go back to the interface.
(function accessibleMirror() {
  if (typeof window === 'undefined') return;
  var b = Module.bpa;
  // Roles, in the order of a11y::Role.
  var R = { none: 0, button: 1, checkbox: 2, radio: 3, text: 4, multiline: 5, slider: 6, tab: 7, disclosure: 8,
            combo: 9, option: 10, statictext: 11, heading: 12, columnheader: 13 };
  var F = { disabled: 1, checked: 2, expanded: 4, selected: 8, state: 16, popup: 32, secret: 64 };

  var root = null, live = null;
  var nodes = new Map();   // key -> { data, el }
  var order = [];
  var syncing = false;     // focus moved by the mirror itself
  var taken = {};          // keys whose press activated a node here (their release stays here too)
  var mirror = { requests: [], editing: 0, focusKey: 0 };
  b.a11y = mirror;

  var attach = function () {
    if (root) return;
    root = document.createElement('div');
    root.id = 'bpa-a11y';
    root.setAttribute('role', 'application');
    root.setAttribute('aria-roledescription', 'BPA Arbeidsleder');
    // Invisible (native checkboxes and sliders would show through colour alone) but in the accessibility tree.
    root.style.cssText = 'position:fixed;left:0;top:0;width:100%;height:100%;overflow:hidden;pointer-events:none;' +
      'z-index:1;color:transparent;background:transparent;opacity:0;';
    live = document.createElement('div');
    live.id = 'bpa-a11y-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.style.cssText = 'position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);';
    document.body.appendChild(root);
    document.body.appendChild(live);
    root.addEventListener('focusin', onFocus);
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKey);
    root.addEventListener('keyup', onKeyUp);
    root.addEventListener('beforeinput', onBeforeInput);
    root.addEventListener('input', onInput);
    root.addEventListener('compositionend', onInput);
    var canvas = document.getElementById('canvas');
    if (canvas) canvas.setAttribute('aria-hidden', 'true');  // the mirror speaks for it
  };
  if (document.body) attach(); else document.addEventListener('DOMContentLoaded', attach);

  var ask = function (kind, key, value) {
    mirror.requests.push({ kind: kind, key: key, value: value });
    b.wake();
  };
  var leafOf = function (el) {
    while (el && el !== root) {
      if (el.bpaKey) return el;
      el = el.parentNode;
    }
    return null;
  };
  var isField = function (el) { return !!el && (el.tagName === 'INPUT' && (el.type === 'text' || el.type === 'password') || el.tagName === 'TEXTAREA'); };
  // Whether `el` is one of the mirror's text fields (typed text arrives through its input events).
  mirror.isInput = function (el) { return !!el && !!leafOf(el) && isField(el); };
  // The mirror's field of the text being edited, when it has the focus.
  mirror.editingInput = function () {
    var el = document.activeElement;
    return mirror.isInput(el) && el.bpaKey === mirror.editing ? el : null;
  };

  function onFocus(e) {
    if (syncing) return;
    var el = leafOf(e.target);
    if (el) { mirror.focusKey = el.bpaKey; ask(0, el.bpaKey); }
  }
  function onClick(e) {
    var el = leafOf(e.target);
    if (!el) return;
    if (el.tagName === 'INPUT' && (el.type === 'checkbox' || el.type === 'radio')) e.preventDefault();  // the interface says
    if (isField(el)) return;
    ask(1, el.bpaKey);
  }
  // Enter and Space activate the focused node here, not through the canvas:
  // the interface's own focus may still be a frame behind the DOM's.
  function onKey(e) {
    var el = leafOf(e.target);
    if (!el || isField(el) || e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      taken[e.code] = true;
      if (!e.repeat) ask(1, el.bpaKey);
    }
  }
  // Only the release of a key whose press was taken here stays here: a key
  // pressed on the canvas is released to the canvas even when the focus moved.
  function onKeyUp(e) {
    if (!taken[e.code]) return;
    delete taken[e.code];
    e.preventDefault();
    e.stopPropagation();
  }
  // Whether the edit about to happen replaces the whole text (all of it selected).
  function onBeforeInput(e) {
    var el = leafOf(e.target);
    if (el && isField(el)) el.bpaWhole = el.value.length > 0 && el.selectionStart === 0 && el.selectionEnd === el.value.length;
  }
  function onInput(e) {
    var el = leafOf(e.target);
    if (!el || !isField(el) || e.isComposing) return;
    var editing = el.bpaKey === mirror.editing;
    var type = e.inputType || '';
    var data = typeof e.data === 'string' ? e.data : '';
    var whole = el.bpaWhole;
    el.bpaWhole = false;
    var shown = el.value.replace(/[\r\n]/g, el.tagName === 'TEXTAREA' ? '\n' : '');
    // A value replaced whole that the interface has not taken yet: what is typed
    // after it joins it (typed text would otherwise reach the field first).
    var last = mirror.requests[mirror.requests.length - 1];
    if (last && last.kind === 2 && last.key === el.bpaKey) {
      last.value = shown;
      b.wake();
    } else if (editing && data && (type.indexOf('insert') === 0 || e.type === 'compositionend') && !whole) {
      b.pushText(data.replace(/[\r\n]/g, ''));  // typed: the interface inserts it where its cursor is
      b.wake();
    } else {
      ask(2, el.bpaKey, shown);  // replaced whole
    }
  }

  var make = function (d) {
    var role = d[1], el;
    switch (role) {
      case R.button: case R.disclosure:
        el = document.createElement('button'); el.type = 'button'; break;
      case R.checkbox:
        el = document.createElement('input'); el.type = 'checkbox'; break;
      case R.radio:
        el = document.createElement('input'); el.type = 'radio'; break;
      case R.text:
        el = document.createElement('input'); el.type = d[8] & F.secret ? 'password' : 'text';
        el.setAttribute('autocomplete', 'off'); el.setAttribute('spellcheck', 'false'); break;
      case R.multiline:
        el = document.createElement('textarea'); break;
      case R.slider:
        el = document.createElement('input'); el.type = 'range'; break;
      case R.tab:
        el = document.createElement('div'); el.setAttribute('role', 'tab'); el.tabIndex = -1; break;
      case R.combo:
        el = document.createElement('div'); el.setAttribute('role', 'combobox'); el.tabIndex = -1;
        el.setAttribute('aria-haspopup', 'listbox'); break;
      case R.option:
        el = document.createElement('div'); el.setAttribute('role', 'option'); el.tabIndex = -1; break;
      case R.heading:
        el = document.createElement('h2'); break;
      case R.columnheader:
        el = document.createElement('div'); el.setAttribute('role', 'columnheader'); break;
      default:
        el = document.createElement('span');
    }
    el.style.cssText = 'position:absolute;margin:0;padding:0;border:0;outline:none;background:transparent;appearance:none;' +
      'color:transparent;caret-color:transparent;font-size:12px;overflow:hidden;white-space:nowrap;pointer-events:none;';
    el.bpaKey = d[0];
    el.bpaRole = role;
    return el;
  };

  var fill = function (el, d, old) {
    var name = d[2], value = d[3], flags = d[8], role = d[1];
    var s = el.style;
    s.left = d[4] + 'px'; s.top = d[5] + 'px'; s.width = Math.max(1, d[6]) + 'px'; s.height = Math.max(1, d[7]) + 'px';
    var labelled = role === R.checkbox || role === R.radio || role === R.text || role === R.multiline ||
                   role === R.slider || role === R.combo;
    if (labelled) {
      if (name) el.setAttribute('aria-label', name); else el.removeAttribute('aria-label');
    } else if (!old || old[2] !== name) {
      el.textContent = name;
    }
    if (role === R.text || role === R.multiline) {
      if (el.value !== value && !(document.activeElement === el && old && old[3] === value)) el.value = value;
    } else if (role === R.slider || role === R.combo) {
      el.setAttribute('aria-valuetext', value);
      if (role === R.combo) el.textContent = value;
    }
    if (role === R.checkbox || role === R.radio) el.checked = !!(flags & F.checked);
    if (role === R.tab || role === R.option) el.setAttribute('aria-selected', flags & F.selected ? 'true' : 'false');
    if (role === R.disclosure || role === R.combo) el.setAttribute('aria-expanded', flags & F.expanded ? 'true' : 'false');
    if (role === R.button && flags & F.selected) el.setAttribute('aria-pressed', 'true');
    else if (role === R.button) el.removeAttribute('aria-pressed');
    if (flags & F.disabled) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled');
  };

  // The structure around the leaves: tables with rows and cells, tab lists,
  // list boxes. Made again when the order or a node's place in it changes.
  var structure = function () {
    var focused = document.activeElement;
    var frag = document.createDocumentFragment();
    var table = null, tableId = 0, rowEl = null, rowNo = -2, group = null, groupRole = 0;
    order.forEach(function (key) {
      var n = nodes.get(key);
      if (!n) return;
      var d = n.data, role = d[1];
      if (d[9] && d[9] === tableId && table) {
        // same table
      } else {
        table = null; tableId = 0; rowNo = -2;
        if (d[9]) {
          table = document.createElement('div'); table.setAttribute('role', 'table'); tableId = d[9];
          frag.appendChild(table);
        }
      }
      if (table) {
        if (d[10] !== rowNo) {
          rowEl = document.createElement('div'); rowEl.setAttribute('role', 'row'); rowNo = d[10];
          table.appendChild(rowEl);
        }
        var cells = rowEl.bpaCells || (rowEl.bpaCells = {});
        var cell = cells[d[11]];
        if (!cell) {
          cell = document.createElement('div');
          cell.setAttribute('role', role === R.columnheader ? 'columnheader' : 'cell');
          cells[d[11]] = cell;
          rowEl.appendChild(cell);
        }
        if (role === R.columnheader) { cell.textContent = d[2]; return; }
        cell.appendChild(n.el);
        group = null;
        return;
      }
      var wants = role === R.tab ? 'tablist' : role === R.option ? 'listbox' : '';
      if (!wants) { group = null; frag.appendChild(n.el); return; }
      if (!group || groupRole !== wants) {
        group = document.createElement('div'); group.setAttribute('role', wants); groupRole = wants;
        frag.appendChild(group);
      }
      group.appendChild(n.el);
    });
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(frag);
    if (focused && focused !== document.activeElement && root.contains(focused)) {
      syncing = true;
      focused.focus({ preventScroll: true });
      syncing = false;
    }
  };

  var say = function (texts) {
    if (!live) return;
    live.textContent = '';
    setTimeout(function () { live.textContent = texts.join('. '); }, 50);
  };

  mirror.update = function (json) {
    if (!root) attach();
    var c = JSON.parse(json);
    var rebuild = false;
    (c.d || []).forEach(function (key) {
      var n = nodes.get(key);
      if (n) { if (n.el.parentNode) n.el.parentNode.removeChild(n.el); nodes.delete(key); }
      rebuild = true;
    });
    (c.u || []).forEach(function (d) {
      var n = nodes.get(d[0]);
      if (n && (n.data[1] !== d[1] || ((n.data[8] ^ d[8]) & F.secret))) {
        if (n.el.parentNode) n.el.parentNode.removeChild(n.el);
        n = null;
        rebuild = true;
      }
      if (!n) {
        n = { data: null, el: make(d) };
        nodes.set(d[0], n);
        rebuild = true;
      } else if (n.data[9] !== d[9] || n.data[10] !== d[10] || n.data[11] !== d[11]) {
        rebuild = true;
      }
      fill(n.el, d, n.data);
      n.data = d;
    });
    if (c.o) { order = c.o; rebuild = true; }
    if (rebuild) structure();
    if (typeof c.e === 'number') mirror.editing = c.e;
    if (typeof c.f === 'number') {
      mirror.focusKey = c.f;
      var n = nodes.get(c.f), active = document.activeElement;
      var free = !active || active === document.body || active.id === 'canvas' || root.contains(active);
      if (n && free && active !== n.el && active !== b.textInput) {
        syncing = true;
        n.el.focus({ preventScroll: true });
        syncing = false;
      }
    }
    if (c.a) say(c.a);
  };
})();
