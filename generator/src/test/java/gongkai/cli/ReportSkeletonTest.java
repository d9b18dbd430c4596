package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gongkai.content.IndexNumber;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportSkeletonTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @ParameterizedTest
  @ValueSource(strings = {
      "关于做好2024年春运工作的通知",
      "【示例】东昌府区“十四五”规划：中期评估",
      "通知: 第一批",
      "标题 #1",
      "- 列表?",
      "\"引号\" 与 \\ 反斜杠",
      "2024",
      "true",
      "null",
      "'单引号'",
      "[方括号]",
      "标题:",
  })
  void titleReadsBackUnchanged(String title) throws Exception {
    assertThat(YAML.readTree("title: " + ReportSkeleton.scalar(title)).get("title").isTextual()).isTrue();
    assertThat(YAML.readTree("title: " + ReportSkeleton.scalar(title)).get("title").asText()).isEqualTo(title);
  }

  @Test
  void chineseTitleStaysPlain() {
    assertThat(ReportSkeleton.scalar("关于做好2024年春运工作的通知")).isEqualTo("关于做好2024年春运工作的通知");
    assertThat(ReportSkeleton.scalar("通知: 第一批")).isEqualTo("\"通知: 第一批\"");
  }

  @Test
  void withoutAnOrganizationThePublisherIsLeftToTheSite() {
    String text =
        ReportSkeleton.text("通知", IndexNumber.parse("113715020044301982/2026-00001"), "",
            ZonedDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneId.of("Asia/Shanghai")));

    assertThat(text).startsWith("---\ntitle: 通知\nindex_no: 113715020044301982/2026-00001\ndate: 2026-01-02 03:04:05\n# ");
  }

  @Test
  void everyPromptTheSkeletonsWriteIsFoundIfLeft() {
    String report = ReportSkeleton.text("通知", null, "", ZonedDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneId.of("Asia/Shanghai")));
    String body = report.substring(report.indexOf("\n---\n", 4) + 5);
    String annual = gongkai.annual.AnnualSkeleton.body(2025);

    for (String text : new String[] {body, annual}) {
      for (String prompt : text.split("(?<=）)|(?=（)")) {
        if (prompt.startsWith("（") && !prompt.contains("国办公开办函")) {
          assertThat(gongkai.content.Placeholders.contains(prompt)).as(prompt).isTrue();
        }
      }
    }
    assertThat(gongkai.content.Placeholders.contains("（一）将法治建设纳入全局工作议事日程")).isFalse();
  }
}
