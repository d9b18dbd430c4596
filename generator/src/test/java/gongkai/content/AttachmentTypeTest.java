package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentTypeTest {
  @ParameterizedTest
  @CsvSource({
    "附件1.pdf, PDF",
    "通知.DOC, Word",
    "通知.docx, Word",
    "统计表.xls, Excel",
    "统计表.xlsx, Excel",
    "汇报.pptx, PowerPoint",
    "方案.wps, WPS",
    "表格.et, WPS",
    "公文.ofd, OFD",
    "全部附件.zip, ZIP",
    "现场照片.JPG, 图片",
    "现场照片.jpeg, 图片",
    "示意图.png, 图片",
    "动图.gif, 图片",
    "示意图.webp, 图片",
    "说明.txt, 文本",
    "数据.csv, 文本",
    "附件/统计表.xlsx, Excel",
  })
  void knownExtensionsGetTheWordsReadersKnow(String file, String label) {
    assertThat(AttachmentType.of(file)).isEqualTo(label);
  }

  @ParameterizedTest
  @CsvSource({"资料.rar, RAR", "图纸.dwg, DWG", "archive.tar.gz, GZ"})
  void otherExtensionsAreShownInCapitals(String file, String label) {
    assertThat(AttachmentType.of(file)).isEqualTo(label);
  }

  @ParameterizedTest
  @CsvSource({"README", ".hidden", "说明.", "v1.0/说明"})
  void fileWithoutAnExtensionIsAFile(String file) {
    assertThat(AttachmentType.of(file)).isEqualTo("文件");
  }
}
