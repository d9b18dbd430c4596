package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeTypesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "index.html   | text/html; charset=utf-8",
      "site.css     | text/css; charset=utf-8",
      "gongkai.js   | text/javascript; charset=utf-8",
      "index.json   | application/json; charset=utf-8",
      "sitemap.xml  | application/xml; charset=utf-8",
      "qr.svg       | image/svg+xml; charset=utf-8",
      "robots.txt   | text/plain; charset=utf-8",
      "统计表.csv    | text/csv; charset=utf-8",
      "plan.pdf     | application/pdf",
      "chart.png    | image/png",
      "photo.jpg    | image/jpeg",
      "photo.JPEG   | image/jpeg",
      "anim.gif     | image/gif",
      "photo.webp   | image/webp",
      "font.woff2   | font/woff2",
      "favicon.ico  | image/vnd.microsoft.icon",
      "plan.xlsx    | application/octet-stream",
      "README       | application/octet-stream"})
  void eachKindHasItsTypeAndTextKindsSayUtf8(String file, String type) {
    assertThat(MimeTypes.of(file)).isEqualTo(type);
  }
}
