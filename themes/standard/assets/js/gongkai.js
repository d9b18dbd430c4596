/*
 * gongkai reading tools: 字号, 无障碍阅读 (read aloud, high contrast, wider line spacing), print and
 * share. The page is complete without this file; it only enhances. No inline handlers, so a strict
 * Content-Security-Policy (script-src 'self') allows it. UI text comes from data attributes the
 * templates fill from the theme's i18n file.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  var store = {
    get: function (key) {
      try { return window.localStorage.getItem("gongkai." + key); } catch (e) { return null; }
    },
    set: function (key, value) {
      try {
        if (value === null) { window.localStorage.removeItem("gongkai." + key); }
        else { window.localStorage.setItem("gongkai." + key, value); }
      } catch (e) { /* private mode: the setting lasts for this page only */ }
    }
  };

  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }

  function on(selector, handler) {
    all(selector).forEach(function (el) { el.addEventListener("click", function () { handler(el); }); });
  }

  /* 字号 大 / 中 / 小 (the head script applied the remembered size before the first paint). */
  function showFontSize() {
    var size = root.getAttribute("data-font-size") || "medium";
    all("[data-font-size-set]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-font-size-set") === size));
    });
  }
  on("[data-font-size-set]", function (button) {
    var size = button.getAttribute("data-font-size-set");
    if (size === "medium") { root.removeAttribute("data-font-size"); store.set("fontSize", null); }
    else { root.setAttribute("data-font-size", size); store.set("fontSize", size); }
    showFontSize();
  });
  showFontSize();

  /* 高对比度 and 加大行距: on/off buttons, remembered. */
  var toggles = { contrast: "high", spacing: "wide" };
  function showToggles() {
    all("[data-toggle]").forEach(function (b) {
      var name = b.getAttribute("data-toggle");
      b.setAttribute("aria-pressed", String(root.getAttribute("data-" + name) === toggles[name]));
    });
  }
  on("[data-toggle]", function (button) {
    var name = button.getAttribute("data-toggle");
    if (root.getAttribute("data-" + name) === toggles[name]) {
      root.removeAttribute("data-" + name); store.set(name, null);
    } else {
      root.setAttribute("data-" + name, toggles[name]); store.set(name, toggles[name]);
    }
    showToggles();
  });
  showToggles();

  /* 无障碍阅读: the top-bar button shows and hides the tools (disclosure pattern). */
  on("[aria-controls=reading-tools]", function (button) {
    var panel = document.getElementById("reading-tools");
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
  });

  /* 打印整页 / 打印内容: the print stylesheet reads data-print; Ctrl+P prints the content. */
  on("[data-print]", function (button) {
    root.setAttribute("data-print", button.getAttribute("data-print"));
    window.print();
  });
  window.addEventListener("afterprint", function () { root.removeAttribute("data-print"); });

  /* 分享: the system share sheet after a click; otherwise copy the link and say so. */
  on("[data-share]", function () {
    var status = document.querySelector("[data-tool-status]");
    var here = window.location.href.split("#")[0];
    var say = function (text) { if (status) { status.textContent = text; } };
    var copied = function () { say(status.getAttribute("data-copied")); };
    var failed = function () { say(status.getAttribute("data-copy-failed") + here); };
    if (navigator.share) {
      navigator.share({ title: document.title, url: here }).catch(function () { /* cancelled */ });
    } else if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(here).then(copied, failed);
    } else {
      failed();
    }
  });

  /* 朗读: read the article aloud with the browser's own speech (MIIT requires it on article pages). */
  var group = document.querySelector("[data-read-aloud]");
  var article = document.querySelector("main article");
  if (group && article && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
    var synth = window.speechSynthesis;
    var state = group.querySelector("[data-speech-state]");
    var buttons = {
      play: group.querySelector("[data-speech=play]"),
      pause: group.querySelector("[data-speech=pause]"),
      stop: group.querySelector("[data-speech=stop]")
    };
    var queue = [];
    var speaking = false;

    var show = function (mode) {
      var focused = document.activeElement;
      buttons.play.disabled = mode === "playing";
      buttons.pause.disabled = mode !== "playing";
      buttons.stop.disabled = mode === "stopped" || mode === "unavailable";
      /* A button that disables itself drops keyboard focus to the page (WCAG 2.4.3): move focus to
         the button that undoes what was just done (朗读 → 暂停, 暂停 or 停止 → 朗读). */
      if (focused && focused.disabled && group.contains(focused)) {
        (mode === "playing" ? buttons.pause : buttons.play).focus();
      }
      if (state) { state.textContent = state.getAttribute("data-" + mode) || ""; }
    };

    /* Long utterances stop early in some browsers, so speak sentence by sentence. */
    var sentences = function () {
      var title = article.querySelector("h1");
      var body = article.querySelector(".report-body");
      var text = (title ? title.textContent + "。" : "") + (body ? body.innerText || body.textContent : "");
      return text.split(/(?<=[。！？；!?;\n])/).map(function (s) { return s.trim(); }).filter(Boolean);
    };

    var voice = function () {
      var voices = synth.getVoices();
      return voices.filter(function (v) { return /^zh[-_]CN/i.test(v.lang); })[0]
        || voices.filter(function (v) { return /^zh/i.test(v.lang); })[0] || null;
    };

    var speakNext = function () {
      if (!speaking) { return; }
      if (queue.length === 0) { speaking = false; show("stopped"); return; }
      var u = new SpeechSynthesisUtterance(queue.shift());
      u.lang = "zh-CN";
      var v = voice();
      if (v) { u.voice = v; }
      u.onend = speakNext;
      u.onerror = function () { speaking = false; show("stopped"); };
      synth.speak(u);
    };

    buttons.play.addEventListener("click", function () {
      if (synth.paused) { synth.resume(); show("playing"); return; }
      /* A device with voices but none for Chinese would read the text as noise: say so instead. */
      if (synth.getVoices().length > 0 && voice() === null) { show("unavailable"); return; }
      synth.cancel();
      queue = sentences();
      speaking = true;
      show("playing");
      speakNext();
    });
    buttons.pause.addEventListener("click", function () { synth.pause(); show("paused"); });
    buttons.stop.addEventListener("click", function () {
      speaking = false; queue = []; synth.cancel(); show("stopped");
    });
    window.addEventListener("pagehide", function () { synth.cancel(); });
    group.hidden = false;
  }
})();
