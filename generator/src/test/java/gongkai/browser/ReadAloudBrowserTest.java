package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * 朗读 (DESIGN.md, controls; MIIT requires read aloud on article pages): the browser's own speech
 * in a zh-CN voice, play / pause / stop from the keyboard, each state announced in a status
 * region (WCAG 4.1.3), and no controls at all where the browser cannot speak.
 *
 * <p>Chromium's speechSynthesis is replaced by a recorder: CI machines have no voices, and a test
 * must not make noise. The recorder keeps the real object, so the page's feature check still
 * sees a browser that can speak.
 */
class ReadAloudBrowserTest extends BrowserTestBase {
  static final String RECORD_SPEECH = """
      const synth = window.speechSynthesis;
      const log = window.gkSpeech = {calls: [], spoken: [], paused: false, current: null};
      const voices = arguments[0];
      window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
      synth.getVoices = () => voices;
      synth.speak = u => {
        log.calls.push('speak');
        log.spoken.push({text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null});
        log.current = u;
      };
      synth.pause = () => { log.calls.push('pause'); log.paused = true; };
      synth.resume = () => { log.calls.push('resume'); log.paused = false; };
      synth.cancel = () => { log.calls.push('cancel'); log.paused = false; log.current = null; };
      Object.defineProperty(synth, 'paused', {configurable: true, get: () => log.paused});
      """;

  /** Ends each utterance as a voice would, until the page has nothing more to say. */
  static final String SPEAK_TO_THE_END = """
      const log = window.gkSpeech;
      for (let i = 0; log.current && i < 1000; i++) { const u = log.current; log.current = null; u.onend(); }
      return log.spoken.length;
      """;

  /** The state of the read-aloud controls: what the status region says and which buttons work. */
  static final String CONTROLS = """
      const group = document.querySelector('[data-read-aloud]');
      const enabled = [...group.querySelectorAll('button')].filter(b => !b.disabled).map(b => b.getAttribute('data-speech'));
      const focused = document.activeElement;
      return {status: group.querySelector('[role=status]').textContent, enabled: enabled.join(' '),
              focus: group.contains(focused) ? focused.getAttribute('data-speech') : focused.tagName.toLowerCase()};
      """;

  static final List<Map<String, String>> VOICES = List.of(
      Map.of("name", "English", "lang", "en-US"), Map.of("name", "Taiwan", "lang", "zh-TW"), Map.of("name", "Mandarin", "lang", "zh-CN"));

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void playPauseResumeAndStopWorkFromTheKeyboardAndAreAnnounced(String page) {
    openPanel(page, VOICES);
    tabTo("[data-speech=play]");
    browser.pressEnter();
    assertControls("正在朗读", "pause stop");
    assertThat(calls()).containsExactly("cancel", "speak");

    tabTo("[data-speech=pause]");
    browser.pressEnter();
    assertControls("已暂停", "play stop");

    tabTo("[data-speech=play]");
    browser.pressSpace();
    assertControls("正在朗读", "pause stop");
    assertThat(calls()).as("play after pause resumes").containsExactly("cancel", "speak", "pause", "resume");

    tabTo("[data-speech=stop]");
    browser.pressEnter();
    assertControls("已停止朗读", "play");
    assertThat(calls()).last().isEqualTo("cancel");
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  @SuppressWarnings("unchecked")
  void readsTitleAndBodySentenceBySentenceInAMandarinVoice(String page) {
    openPanel(page, VOICES);
    browser.driver().findElement(By.cssSelector("[data-speech=play]")).click();
    long utterances = browser.jsLong(SPEAK_TO_THE_END);
    assertThat(statusText()).as("announced when the page has been read to the end").isEqualTo("已停止朗读");

    List<Map<String, Object>> spoken = (List<Map<String, Object>>) browser.js("return window.gkSpeech.spoken");
    assertThat(spoken).allSatisfy(u -> {
      assertThat(u.get("lang")).isEqualTo("zh-CN");
      assertThat(u.get("voice")).as("zh-CN preferred to zh-TW and en-US").isEqualTo("Mandarin");
    });
    assertThat(spoken.get(0).get("text")).isEqualTo(browser.js("return document.querySelector('main h1').textContent") + "。");
    String said = String.join("", spoken.stream().map(u -> (String) u.get("text")).toList()).replaceAll("\\s", "");
    String body = ((String) browser.js("return document.querySelector('.report-body').innerText")).replaceAll("\\s", "");
    assertThat(said).as("everything said").endsWith(body);
    assertThat(utterances).as("short utterances (long ones stop early in some browsers)").isGreaterThan(10);
    assertThat(spoken).allSatisfy(u -> assertThat(((String) u.get("text")).length()).isLessThan(300));
  }

  /** Voices, but none for Chinese: reading the text with them would be noise, so the page says so. */
  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void saysSoInsteadOfReadingWhenThereIsNoChineseVoice(String page) {
    openPanel(page, List.of(Map.of("name", "English", "lang", "en-US")));
    tabTo("[data-speech=play]");
    browser.pressEnter();
    assertThat(statusText()).isEqualTo("本设备没有中文朗读语音");
    assertThat(calls()).as("nothing spoken").doesNotContain("speak");
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @MethodSource("seedPages")
  void readAloudIsHiddenWhereTheBrowserCannotSpeak(String page) {
    browser.runBeforeEveryPage("delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;");
    open(page, 1280);
    assertThat(browser.js("return 'speechSynthesis' in window")).as("speech removed before the page's scripts ran").isEqualTo(false);
    tabTo("[aria-controls=reading-tools]");
    browser.pressEnter();
    assertThat(browser.js("""
        const shown = el => el.getClientRects().length > 0;
        return [shown(document.querySelector('[data-toggle=contrast]')),
                [...document.querySelectorAll('[data-read-aloud], [data-speech]')].some(shown)];
        """)).as("[the other tools shown, read-aloud controls shown]").isEqualTo(List.of(true, false));
  }

  /** Opens the page, puts the recorder in place and opens the 无障碍阅读 panel from the keyboard. */
  private static void openPanel(String page, List<Map<String, String>> voices) {
    open(page, 1280);
    browser.js(RECORD_SPEECH, voices);
    tabTo("[aria-controls=reading-tools]");
    browser.pressEnter();
  }

  /**
   * What the status region says and which buttons can be used; focus must stay on a control of the
   * group (a disabled button loses focus, which would throw the keyboard user back to the page's start).
   */
  @SuppressWarnings("unchecked")
  private static void assertControls(String status, String enabled) {
    Map<String, Object> controls = (Map<String, Object>) browser.js(CONTROLS);
    assertThat(controls.get("status")).as("status region: %s", controls).isEqualTo(status);
    assertThat(controls.get("enabled")).as("usable buttons: %s", controls).isEqualTo(enabled);
    assertThat(enabled.split(" ")).as("focus stays on a usable read-aloud button: %s", controls).contains((String) controls.get("focus"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> calls() {
    return (List<String>) browser.js("return window.gkSpeech.calls");
  }

  private static String statusText() {
    return (String) browser.js("return document.querySelector('[data-speech-state]').textContent");
  }
}
