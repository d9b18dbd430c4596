package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.search.SearchIndexWriter;
import gongkai.search.SearchTokenizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search as a reader uses it: a query typed into the header form of a report page lists the
 * matching reports on the search page of the same edition, the count is announced in a live
 * region, the address keeps the query, and without JavaScript the page says so plainly.
 */
class SearchBrowserTest extends BrowserTestBase {
  static final String STATUS = "[data-search-status]";

  private static WebDriverWait waitUpTo5s() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
  }

  /** Waits until the status says something other than 正在搜索…… and returns it. */
  private static String statusWhenDone() {
    waitUpTo5s().until(d -> {
      String text = d.findElement(By.cssSelector(STATUS)).getText();
      return !text.isBlank() && !text.equals("正在搜索……");
    });
    return browser.driver().findElement(By.cssSelector(STATUS)).getText();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> results() {
    return (List<Map<String, Object>>) browser.js("""
        return [...document.querySelectorAll('[data-search-list] li')].map(li => ({
          title: li.querySelector('a').textContent,
          href: li.querySelector('a').getAttribute('href'),
          marks: [...li.querySelectorAll('mark')].map(m => m.textContent),
          text: li.textContent}));
        """);
  }

  @ParameterizedTest(name = "/jtj/{0}")
  @ValueSource(strings = {"", "care/"})
  void chineseQueryTypedInTheHeaderListsReportsInTheSameEdition(String edition) {
    open(edition + SEED, 1280);
    WebElement input = browser.driver().findElement(By.id("header-search-q"));
    input.sendKeys("春运");
    input.sendKeys(Keys.ENTER);
    waitUpTo5s().until(d -> d.getCurrentUrl().contains("/search/"));

    assertThat(browser.driver().getCurrentUrl()).isEqualTo(site.url(edition + "search/?q=%E6%98%A5%E8%BF%90"));
    assertThat(statusWhenDone()).isEqualTo("找到 1 条结果。");
    assertThat(browser.js("return document.querySelector(arguments[0]).getAttribute('role')", STATUS)).isEqualTo("status");
    List<Map<String, Object>> found = results();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("title")).isEqualTo("【示例】关于做好2024年春运工作的通知");
    assertThat(found.get(0).get("href")).isEqualTo("/jtj/" + edition + "tzgg/2024/chunyun-tongzhi/");
    assertThat((List<String>) found.get(0).get("marks")).contains("春运");
    assertThat((String) found.get(0).get("text")).contains("2024-01-15 10:00:00", "113715020044301982/2024-45222175");
    assertThat(browser.js("return document.getElementById('search-q').value")).isEqualTo("春运");

    browser.driver().findElement(By.cssSelector("[data-search-list] a")).click();
    waitUpTo5s().until(d -> d.getCurrentUrl().endsWith("chunyun-tongzhi/"));
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(site.url(edition + "tzgg/2024/chunyun-tongzhi/"));
  }

  /** WCAG 2.1.1 and 2.5.8: the header form is reached by Tab; targets ≥ 24 px, ≥ 44 px in the care edition. */
  @ParameterizedTest(name = "/jtj/{0}")
  @ValueSource(strings = {"", "care/"})
  void headerFormIsReachedByKeyboardAndLargeEnough(String edition) {
    open(edition + SEED, 375);
    tabTo("#header-search-q");
    double least = edition.isEmpty() ? 24 : 44;
    for (String target : List.of("#header-search-q", ".header-search-button")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> box = (Map<String, Object>) browser.js(
          "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return {w: r.width, h: r.height};", target);
      assertThat(number(box.get("w"))).as("%s width on /jtj/%s", target, edition + SEED).isGreaterThanOrEqualTo(least);
      assertThat(number(box.get("h"))).as("%s height on /jtj/%s", target, edition + SEED).isGreaterThanOrEqualTo(least);
    }
  }

  @Test
  void titleHitsComeBeforeBodyHitsAndNewerBeforeOlder() {
    open("search/?q=" + java.net.URLEncoder.encode("交通运输", java.nio.charset.StandardCharsets.UTF_8), 1280);
    statusWhenDone();
    List<String> titles = results().stream().map(r -> (String) r.get("title")).toList();
    assertThat(titles).hasSizeGreaterThan(1);
    List<Boolean> inTitle = titles.stream().map(t -> t.contains("交通运输")).toList();
    assertThat(inTitle).as("title hits first: %s", titles).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
    // Among title hits, site order: newest first.
    assertThat(titles.subList(0, 3)).containsExactly(
        "【示例】东昌府区交通运输局2025年政府信息公开工作年度报告",
        "【示例】东昌府区交通运输局2023年政府信息公开工作年度报告",
        "东昌府区交通运输局2023年法治政府建设情况报告");
  }

  @Test
  void queryWithoutHitsSaysSo() {
    open("search/?q=" + java.net.URLEncoder.encode("飞机场", java.nio.charset.StandardCharsets.UTF_8), 1280);
    assertThat(statusWhenDone()).isEqualTo("没有找到与“飞机场”相关的信息。");
    assertThat(results()).isEmpty();
  }

  @Test
  void newQueriesStayInTheAddressAndBackReturnsToTheLastOne() {
    open("search/", 1280);
    assertThat(browser.driver().findElement(By.cssSelector(STATUS)).getText()).isEmpty();
    search("春运");
    search("公交线路");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/search/?q=%E5%85%AC%E4%BA%A4%E7%BA%BF%E8%B7%AF");
    browser.driver().navigate().back();
    waitUpTo5s().until(d -> d.getCurrentUrl().endsWith("?q=%E6%98%A5%E8%BF%90"));
    waitUpTo5s().until(d -> results().size() == 1 && results().get(0).get("title").toString().contains("春运"));
    assertThat(browser.js("return document.getElementById('search-q').value")).isEqualTo("春运");
  }

  private static void search(String query) {
    WebElement input = browser.driver().findElement(By.id("search-q"));
    input.clear();
    input.sendKeys(query);
    input.sendKeys(Keys.ENTER);
    waitUpTo5s().until(d -> !results().isEmpty() && results().get(0).get("text").toString().contains(query.substring(0, 1)));
  }

  @Test
  void withJavaScriptOffThePageSaysSoPlainlyAndOffersTheSectionLists() {
    browser.disableJavaScript();
    open("search/?q=" + java.net.URLEncoder.encode("春运", java.nio.charset.StandardCharsets.UTF_8), 1280);
    WebElement fallback = browser.driver().findElement(By.cssSelector("[data-search-fallback]"));
    assertThat(fallback.isDisplayed()).isTrue();
    assertThat(fallback.getText()).contains("搜索需要浏览器启用 JavaScript");
    // one link to each of the sample's three sections
    assertThat(fallback.findElements(By.cssSelector("a"))).hasSize(3).allMatch(WebElement::isDisplayed);
  }

  @Test
  void withJavaScriptOnTheNoScriptTextIsHidden() {
    open("search/", 1280);
    assertThat(browser.driver().findElement(By.cssSelector("[data-search-fallback]")).isDisplayed()).isFalse();
  }

  @Test
  void indexThatCannotBeLoadedIsSaidPlainly() {
    browser.blockUrls("*search-index/*");
    open("search/?q=" + java.net.URLEncoder.encode("春运", java.nio.charset.StandardCharsets.UTF_8), 1280);
    waitUpTo5s().until(d -> d.findElement(By.cssSelector("[data-search-failed]")).isDisplayed());
    assertThat(browser.driver().findElement(By.cssSelector("[data-search-no-js]")).isDisplayed()).isFalse();
  }

  /** search.js tokenises queries and hashes terms to shards exactly as the index was built. */
  @Test
  @SuppressWarnings("unchecked")
  void scriptTokenisesAndShardsLikeTheIndexBuilder() {
    open("search/", 1280);
    List<String> mismatches = new ArrayList<>();
    for (String text : List.of("政务公开", "路", "交通，运输 规划", "gongkai PDF 2024年", "TITLE", "２０２４ＡＢ",
        "113715020044301982/2024-45222172", "东交发〔2024〕3号", "𠀀路", " 、。！—— ", "Ⅻ ﬁ 〇一二", "résumé 中文")) {
      List<String> query = (List<String>) browser.js("return window.gongkaiSearch.queryTerms(arguments[0])", text);
      if (!query.equals(List.copyOf(SearchTokenizer.queryTerms(text)))) {
        mismatches.add("query terms of '" + text + "': script " + query + ", Java " + SearchTokenizer.queryTerms(text));
      }
      for (String term : SearchTokenizer.indexTerms(text)) {
        for (int shards : new int[] {16, 1024, 4096}) {
          long script = ((Number) browser.js("return window.gongkaiSearch.shardOf(arguments[0], arguments[1])", term, shards)).longValue();
          if (script != SearchIndexWriter.shardOf(term, shards)) {
            mismatches.add("shard of '" + term + "' in " + shards + ": script " + script + ", Java " + SearchIndexWriter.shardOf(term, shards));
          }
        }
      }
    }
    int[] postings = {0, 1, 31, 32, 33, 1023, 1024, 1_000_000, 2_000_001};
    List<Number> decoded = (List<Number>) browser.js("return window.gongkaiSearch.decode(arguments[0])", SearchIndexWriter.encode(postings));
    assertThat(decoded.stream().mapToInt(Number::intValue).toArray()).isEqualTo(postings);
    assertThat(mismatches).isEmpty();
  }

  /** A query fetches the index's meta file, the shards of its terms and the chunks it shows: nothing else. */
  @Test
  @SuppressWarnings("unchecked")
  void queryFetchesOnlyTheShardsOfItsTermsAndTheDocumentsItShows() {
    open("search/?q=" + java.net.URLEncoder.encode("公交线路", java.nio.charset.StandardCharsets.UTF_8), 1280);
    assertThat(statusWhenDone()).isEqualTo("找到 1 条结果。");
    List<String> fetched = ((List<String>) browser.js(
        "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
            + ".filter(p => p.includes('/search-index/')).map(p => p.slice(p.lastIndexOf('/') + 1)).sort()"));
    long shards = (Long) browser.js("return fetch(document.querySelector('[data-search]').dataset.searchIndex + 'meta.json').then(r => r.json()).then(m => m.shards)");
    java.util.Set<String> expected = new java.util.TreeSet<>(List.of("meta.json", "docs-0.json"));
    SearchTokenizer.queryTerms("公交线路").forEach(term -> expected.add("terms-" + SearchIndexWriter.shardOf(term, (int) shards) + ".json"));
    assertThat(fetched).containsExactlyElementsOf(expected);
    assertThat(browser.driver().findElement(By.cssSelector("[data-search-more]")).isDisplayed()).as("all results shown").isFalse();
  }
}
