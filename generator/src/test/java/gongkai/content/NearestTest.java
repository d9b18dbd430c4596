package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.problem.Language;
import gongkai.problem.MessageCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {
  private static final List<String> CATEGORIES = List.of("政府信息公开年报", "政府信息公开指南", "规范性文件", "通知公告", "人事信息");

  @Test
  void distanceCountsChineseCharactersOneEach() {
    assertThat(Nearest.distance("政府信息公开年度报告", "政府信息公开年报")).isEqualTo(2);
    assertThat(Nearest.distance("已废止", "废止")).isEqualTo(1);
    assertThat(Nearest.distance("𠀀a", "a")).isEqualTo(1);
  }

  @Test
  void typoSuggestsTheNearestEntry() {
    assertThat(Nearest.to("政府信息公开年度报告", CATEGORIES)).containsExactly("政府信息公开年报");
  }

  @Test
  void nearestComeFirstAndAtMostThree() {
    assertThat(Nearest.to("政府信息公开", CATEGORIES)).containsExactly("政府信息公开年报", "政府信息公开指南");
    assertThat(Nearest.to("a", List.of("ab", "ac", "ad", "ae"))).hasSize(Nearest.MAX);
  }

  @Test
  void farWordsAreNotSuggested() {
    assertThat(Nearest.to("财政资金", CATEGORIES)).isEmpty();
  }

  @Test
  void fixNamesOneSeveralOrAllEntriesInBothLanguages() {
    MessageCatalogue en = MessageCatalogue.of(Language.EN);
    MessageCatalogue zh = MessageCatalogue.of(Language.ZH_CN);

    assertThat(en.format(Vocabulary.suggestion("category", "政府信息公开年度报告", CATEGORIES)))
        .isEqualTo("did you mean 政府信息公开年报? write category: 政府信息公开年报");
    assertThat(zh.format(Vocabulary.suggestion("category", "政府信息公开年度报告", CATEGORIES)))
        .isEqualTo("是不是“政府信息公开年报”？改为 category: 政府信息公开年报");
    assertThat(zh.format(Vocabulary.suggestion("validity", "无效", Validity.labels()))).isEqualTo("是不是以下之一：有效、失效？");
    assertThat(en.format(Vocabulary.suggestion("validity", "作废", Validity.labels()))).isEqualTo("write one of 有效, 失效, 废止, 已修改");
  }
}
