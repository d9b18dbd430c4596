package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingIdsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "一、推进法治政府建设的主要举措和成效 | 一-推进法治政府建设的主要举措和成效",
        "（一）加强组织领导                 | 一-加强组织领导",
        "(一)加强组织领导                   | 一-加强组织领导",
        "1、工作目标                        | 1-工作目标",
        "１．工作目标                       | 1-工作目标",
        "第一章 总则                        | 第一章-总则",
        "附件：统计表                       | 附件-统计表",
        "2024年工作要点                     | 2024年工作要点",
        "Ａｂｃ　Ｄｅｆ                     | abc-def",
        "  Open Government Data  | open-government-data",
        "INDEX                              | index",
        "《条例》第十条 —— 解读             | 条例-第十条-解读",
      })
  void headingBecomesAReadableId(String text, String id) {
    assertThat(HeadingIds.slug(text)).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "——", "？！", "《》", "..."})
  void headingWithoutLettersOrDigitsIsSection(String text) {
    assertThat(HeadingIds.slug(text)).isEqualTo("section");
  }

  @Test
  void longHeadingIsCutAt24Characters() {
    String slug = HeadingIds.slug("关于进一步加强和改进新时代政府信息公开工作推动政务公开标准化规范化的实施意见");

    assertThat(slug).isEqualTo("关于进一步加强和改进新时代政府信息公开工作推动政");
    assertThat(slug.codePointCount(0, slug.length())).isEqualTo(HeadingIds.MAX_LENGTH);
  }

  @Test
  void longHeadingIsNeverCutAfterADash() {
    String slug = HeadingIds.slug("一二三四五六七八九十一二三四五六七八九十一二三四、");

    assertThat(slug).isEqualTo("一二三四五六七八九十一二三四五六七八九十一二三四");
  }

  @Test
  void dashIsNotAddedWhenNoCharacterFitsAfterIt() {
    String slug = HeadingIds.slug("一二三四五六七八九十一二三四五六七八九十一二三、四五");

    assertThat(slug).isEqualTo("一二三四五六七八九十一二三四五六七八九十一二三");
  }

  @Test
  void numberedIdOfALongHeadingIsCutToFit() {
    String heading = "关于进一步加强和改进新时代政府信息公开工作推动政务公开标准化规范化的实施意见";

    List<String> ids = HeadingIds.assign(Collections.nCopies(11, heading));

    assertThat(ids.get(1)).isEqualTo("关于进一步加强和改进新时代政府信息公开工作推-2");
    assertThat(ids.get(10)).isEqualTo("关于进一步加强和改进新时代政府信息公开工作-11");
  }

  @Test
  void footnoteLikeIdOfMaximalLengthStaysWithinIt() {
    assertThat(HeadingIds.assign(List.of("fn-123456789012345678901234567"))).containsExactly("h-fn-1234567890123456789");
  }

  // Property: whatever the headings, every id fits MAX_LENGTH, is unique on the page, and is never
  // one the templates or footnotes own.
  @Test
  void everyIdIsShortUniqueAndFree() {
    String alphabet = "一二三四五六七八九十政府信息公开工作报告年度abcXYZ0123456789 、，。（）()-—《》.:：";
    Random random = new Random(20240102);
    for (int page = 0; page < 200; page++) {
      List<String> texts = new ArrayList<>();
      for (int h = 0; h < 60; h++) {
        if (!texts.isEmpty() && random.nextInt(3) == 0) {
          texts.add(texts.get(random.nextInt(texts.size())));
          continue;
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        texts.add(text.toString());
      }

      List<String> ids = HeadingIds.assign(texts);

      assertThat(ids).hasSameSizeAs(texts).doesNotHaveDuplicates().doesNotContain("main", "toc", "top", "footer", "metadata");
      assertThat(ids)
          .allSatisfy(
              id -> {
                assertThat(id.codePointCount(0, id.length())).as(id).isBetween(1, HeadingIds.MAX_LENGTH);
                assertThat(id).doesNotStartWith("-").doesNotEndWith("-").doesNotMatch("fn(ref)?-\\d+");
              });
    }
  }

  @Test
  void repeatedHeadingsGetNumberedIds() {
    assertThat(HeadingIds.assign(List.of("概述", "主要做法", "概述", "概述"))).containsExactly("概述", "主要做法", "概述-2", "概述-3");
  }

  @Test
  void numberedIdNeverCollidesWithAHeadingThatLooksNumbered() {
    assertThat(HeadingIds.assign(List.of("概述", "概述-2", "概述"))).containsExactly("概述", "概述-2", "概述-3");
  }

  @Test
  void emptyHeadingsGetNumberedSectionIds() {
    assertThat(HeadingIds.assign(List.of("", "——", "section"))).containsExactly("section", "section-2", "section-3");
  }

  // Ids the page templates own: a heading must not hijack the skip link or the 目录导读.
  @Test
  void reservedIdsAreNeverProduced() {
    assertThat(HeadingIds.assign(List.of("Main", "toc", "TOP", "footer", "metadata", "main")))
        .containsExactly("main-2", "toc-2", "top-2", "footer-2", "metadata-2", "main-3");
  }

  @Test
  void everyIdTheTemplatesWriteIsReserved() throws IOException {
    Pattern literalId = Pattern.compile("\\bid=\"([a-z][a-z0-9-]*)\"|\"groupId\": \"([a-z][a-z0-9-]*)\"");
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TestSites.projectRoot().resolve("themes"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".peb"))::iterator) {
        literalId.matcher(Files.readString(file)).results()
            .forEach(m -> ids.add(m.group(1) != null ? m.group(1) : m.group(2)));
      }
    }

    assertThat(ids).contains("main", "toc");
    for (String id : ids) {
      assertThat(HeadingIds.assign(List.of(id))).as("a heading named %s", id).doesNotContain(id);
    }
  }

  @Test
  void footnoteIdsAreNeverProduced() {
    assertThat(HeadingIds.assign(List.of("fn-1", "fnref-2", "FN 3", "fn-a"))).containsExactly("h-fn-1", "h-fnref-2", "h-fn-3", "fn-a");
  }

  @Test
  void idsDependOnlyOnTheTexts() {
    List<String> texts = List.of("一、总体要求", "（一）指导思想", "（一）指导思想", "二、主要任务");

    assertThat(HeadingIds.assign(texts)).isEqualTo(HeadingIds.assign(texts)).containsExactly("一-总体要求", "一-指导思想", "一-指导思想-2", "二-主要任务");
  }
}
