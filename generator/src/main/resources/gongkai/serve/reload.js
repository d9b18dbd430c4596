/*
 * gongkai serve's client, added to pages only by the preview server (never published).
 * Listens to /__gongkai/events: "reload" reloads the page after a build changed the site;
 * "problems" shows what stopped the last build in an overlay, while the page stays the last
 * good build, in the words and language the server sends with them (the run's: zh-CN or en).
 * Text goes in with textContent (escaped) and styles through the CSSOM, so the
 * pages' Content-Security-Policy (script-src 'self'; style-src 'self') allows all of it.
 */
(function () {
  'use strict';
  var ID = 'gongkai-problems';

  function style(el, rules) {
    Object.keys(rules).forEach(function (name) { el.style.setProperty(name, rules[name]); });
    return el;
  }

  function hide() {
    var old = document.getElementById(ID);
    if (old) old.remove();
  }

  function show(body) {
    hide();
    // role="alert": screen readers announce it without moving focus away from the reader (WCAG 4.1.3).
    var box = style(document.createElement('section'), {
      position: 'fixed', top: '0', left: '0', right: '0', 'z-index': '2147483647', 'max-height': '80vh',
      overflow: 'auto', margin: '0', padding: '1rem 1.25rem', background: '#fff', color: '#1a1a1a',
      'border-bottom': '4px solid #a00000', 'box-shadow': '0 2px 8px rgba(0,0,0,.3)',
      font: '16px/1.5 system-ui, sans-serif', 'text-align': 'left'
    });
    box.id = ID;
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', body.lang); // the run's language, maybe not the page's: read with the right voice (WCAG 3.1.2)
    box.setAttribute('aria-labelledby', ID + '-title');
    var title = style(document.createElement('h2'), {margin: '0 0 .5rem', 'font-size': '1.25rem', color: '#a00000'});
    title.id = ID + '-title';
    title.textContent = body.title;
    var list = style(document.createElement('ul'), {margin: '0 0 .75rem', padding: '0 0 0 1.25rem'});
    body.problems.forEach(function (problem) {
      var item = style(document.createElement('li'), {'font-family': 'ui-monospace, monospace', 'white-space': 'pre-wrap', 'overflow-wrap': 'anywhere'});
      item.textContent = problem;
      list.appendChild(item);
    });
    var note = style(document.createElement('p'), {margin: '0 0 .75rem'});
    note.textContent = body.note;
    var close = style(document.createElement('button'), {
      'min-width': '44px', 'min-height': '44px', padding: '.5rem 1rem', font: 'inherit', cursor: 'pointer',
      background: '#a00000', color: '#fff', border: '2px solid #a00000', 'border-radius': '4px'
    });
    close.type = 'button';
    close.textContent = body.close;
    close.addEventListener('click', hide);
    box.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
    box.append(title, list, note, close);
    document.body.prepend(box);
  }

  function check() {
    fetch('/__gongkai/problems', {cache: 'no-store'})
      .then(function (r) { return r.json(); })
      .then(function (body) { if (body.problems.length) show(body); else hide(); })
      .catch(function () { /* the preview stopped; EventSource retries */ });
  }

  var events = new EventSource('/__gongkai/events');
  window.gongkaiPreview = {events: events}; // lets tests (and the curious) see the connection's readyState
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('problems', check);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check); else check();
})();
