/** Stage 4: loads themes (Pebble templates, UI strings, assets) and renders the site model to HTML. */
package gongkai.theme;
