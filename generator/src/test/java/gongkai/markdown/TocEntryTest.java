package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TocEntryTest {
  private static Heading h(int level, String text) {
    return new Heading(level, text, text);
  }

  private static TocEntry entry(Heading heading, TocEntry... children) {
    return new TocEntry(heading, List.of(children));
  }

  @Test
  void noHeadingsGiveAnEmptyToc() {
    assertThat(TocEntry.nest(List.of())).isEmpty();
  }

  @Test
  void sameLevelHeadingsAreSiblings() {
    Heading a = h(2, "一");
    Heading b = h(2, "二");
    Heading c = h(2, "三");

    assertThat(TocEntry.nest(List.of(a, b, c))).containsExactly(entry(a), entry(b), entry(c));
  }

  @Test
  void deeperHeadingsNestUnderThePrecedingShallowerOne() {
    Heading one = h(2, "一、总体要求");
    Heading oneA = h(3, "（一）指导思想");
    Heading oneA1 = h(4, "1、坚持党的领导");
    Heading oneB = h(3, "（二）基本原则");
    Heading two = h(2, "二、主要任务");
    Heading twoA = h(3, "（一）深化改革");

    assertThat(TocEntry.nest(List.of(one, oneA, oneA1, oneB, two, twoA)))
        .containsExactly(entry(one, entry(oneA, entry(oneA1)), entry(oneB)), entry(two, entry(twoA)));
  }

  @Test
  void skippedLevelNestsUnderTheLastShallowerHeading() {
    Heading two = h(2, "二");
    Heading four = h(4, "四");
    Heading three = h(3, "三");

    assertThat(TocEntry.nest(List.of(two, four, three))).containsExactly(entry(two, entry(four), entry(three)));
  }

  @Test
  void headingsBeforeTheFirstShallowOneStayAtTheTop() {
    Heading three = h(3, "三");
    Heading two = h(2, "二");
    Heading twoChild = h(3, "二之一");

    assertThat(TocEntry.nest(List.of(three, two, twoChild))).containsExactly(entry(three), entry(two, entry(twoChild)));
  }

  @Test
  void renderedBodyNestsItsHeadings() {
    Heading one = h(2, "一");
    Heading oneA = h(3, "一之一");

    assertThat(RenderedBody.of("<h2></h2>", List.of(one, oneA)).toc()).containsExactly(entry(one, entry(oneA)));
  }
}
