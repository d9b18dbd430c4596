package gongkai.theme;

import gongkai.qr.QrCodeSvg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.QrDecoder;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrSvgFilterTest {
  private static final String URL = "https://www.example.gov.cn/jtj/gkml/2024/fazhi-report/";

  private final PebbleEngine engine =
      new PebbleEngine.Builder().loader(new StringLoader()).extension(new QrOnly()).autoEscaping(true).build();

  @Test
  void filterWritesUnescapedSvgThatDecodesToTheUrl() throws IOException {
    String html = render("<p>{{ url | qr_svg(\"扫码\") }}</p>", "url", URL);

    assertThat(html).startsWith("<p><svg xmlns=\"http://www.w3.org/2000/svg\" ").endsWith("</svg></p>");
    assertThat(html).contains(" aria-label=\"扫码\" ").doesNotContain("&lt;");
    assertThat(QrDecoder.decodeSvg(html.substring(3, html.length() - 4))).isEqualTo(URL);
  }

  @Test
  void labelFromAVariableIsEscapedOnceInTheAriaLabel() throws IOException {
    String html = render("{{ url | qr_svg(label=label) }}", "url", URL, "label", "A & \"B\"");

    assertThat(html).contains(" aria-label=\"A &amp; &quot;B&quot;\" ");
  }

  @Test
  void nonStringInputFailsNamingTheLine() {
    assertThatThrownBy(() -> render("<p>\n{{ 42 | qr_svg(\"扫码\") }}</p>"))
        .isInstanceOfSatisfying(PebbleException.class, e -> {
          assertThat(e.getLineNumber()).isEqualTo(2);
          assertThat(e.getPebbleMessage()).isEqualTo(
              "qr_svg needs the page's absolute URL as a string, got Long — write {{ page.absoluteUrl | qr_svg(label) }}");
        });
  }

  @Test
  void missingUrlFailsNamingTheLine() {
    assertThatThrownBy(() -> render("\n\n{{ page.absoluteUrl | qr_svg(\"扫码\") }}"))
        .isInstanceOfSatisfying(PebbleException.class, e -> {
          assertThat(e.getLineNumber()).isEqualTo(3);
          assertThat(e.getPebbleMessage()).startsWith("qr_svg needs the page's absolute URL as a string, got nothing");
        });
  }

  @Test
  void missingLabelFails() {
    assertThatThrownBy(() -> render("{{ url | qr_svg }}", "url", URL))
        .isInstanceOfSatisfying(PebbleException.class, e ->
            assertThat(e.getPebbleMessage()).startsWith("qr_svg needs a label string for screen readers, got nothing"));
  }

  @Test
  void urlTooLongForAQrCodeFailsNamingTheLine() {
    assertThatThrownBy(() -> render("\n{{ url | qr_svg(\"扫码\") }}", "url", URL + "a".repeat(3000)))
        .isInstanceOfSatisfying(PebbleException.class, e -> {
          assertThat(e.getLineNumber()).isEqualTo(2);
          assertThat(e.getPebbleMessage()).startsWith("qr_svg: the text is too long for a QR code");
        });
  }

  private String render(String template, String... variables) throws IOException {
    Map<String, Object> context = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      context.put(variables[i], variables[i + 1]);
    }
    StringWriter out = new StringWriter();
    engine.getTemplate(template).evaluate(out, context);
    return out.toString();
  }

  private static final class QrOnly extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
      return Map.of(QrSvgFilter.NAME, new QrSvgFilter(new QrCodeSvg()));
    }
  }
}
