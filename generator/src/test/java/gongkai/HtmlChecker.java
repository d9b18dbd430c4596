package gongkai;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks generated HTML5 pages with the W3C Nu HTML Checker (the engine behind
 * validator.w3.org/nu), offline, so tests can assert that pages are valid.
 */
public final class HtmlChecker {

    // The schema validator.w3.org/nu and the vnu command line use for text/html
    // (HTML + SVG + MathML + RDFa), so results match what people see there.
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final Comparator<SAXParseException> DOCUMENT_ORDER =
            Comparator.comparingInt((SAXParseException e) -> positionKey(e.getLineNumber()))
                    .thenComparingInt(e -> positionKey(e.getColumnNumber()));

    // Reads and writes are confined to errors(), which holds the class lock:
    // the validator, its parsers and the collector are stateful and not
    // thread-safe, and building them costs about a second, so one instance is
    // shared and calls are serialised.
    private static SimpleDocumentValidator validator;
    private static Collector collector;

    private HtmlChecker() {
    }

    /**
     * Returns the checker's errors for {@code html} as {@code line:column: message},
     * in document order; warnings and info messages are left out.
     */
    public static synchronized List<String> errors(String html) {
        try {
            if (validator == null) {
                setUp();
            }
            collector.errors.clear();
            // checkHtmlInputSource declares its input UTF-8, as a Content-Type
            // charset would, so the bytes must be UTF-8 whatever the page says.
            validator.checkHtmlInputSource(new InputSource(
                    new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
            List<SAXParseException> found = new ArrayList<>(collector.errors);
            // The parser, the schema and the other checkers report on their own
            // schedules, some (e.g. label for= and usemap) only at the end of the
            // document; a stable sort restores document order.
            found.sort(DOCUMENT_ORDER);
            List<String> result = new ArrayList<>(found.size());
            for (SAXParseException e : found) {
                result.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
            return result;
        } catch (Exception e) {
            // A half-used validator may keep state from this document.
            validator = null;
            throw new IllegalStateException("Nu HTML Checker failed: " + e, e);
        }
    }

    private static void setUp() throws Exception {
        quietenLibraryLogging();
        // initializeLog4j=false: its own log4j set-up prints DEBUG to stdout.
        // Language detection only ever warns, so it is switched off.
        SimpleDocumentValidator v = new SimpleDocumentValidator(false, false, false);
        Collector c = new Collector();
        // The schema URL is resolved from the copies bundled in the jar, with
        // a fallback resolver that never fetches, so nothing goes to the network.
        v.setUpMainSchema(HTML5_SCHEMA, c);
        if (!c.errors.isEmpty()) {
            throw new IllegalStateException("Bundled HTML5 schema did not load: "
                    + c.errors.get(0).getMessage());
        }
        // noStream=true buffers the document, so parse errors are reported
        // and parsing goes on instead of stopping at the first one;
        // loadExternalEnts=false keeps the XML side from resolving entities.
        v.setUpValidatorAndParsers(c, true, false);
        collector = c;
        validator = v;
    }

    private static void quietenLibraryLogging() {
        // The language profiles are parsed with Jetty's JSON code even with
        // detection off, and Jetty's logging announces itself on stderr; a -D
        // given on the command line still wins.
        System.getProperties().putIfAbsent("org.eclipse.jetty.util.log.announce", "false");
        // Nothing configures log4j 1.2 here, so the checker's first debug call
        // would print "log4j:WARN No appenders could be found" to stderr.
        Logger.getLogger("nu.validator").setLevel(Level.OFF);
    }

    private static int positionKey(int position) {
        return position < 0 ? Integer.MAX_VALUE : position;
    }

    private static final class Collector implements ErrorHandler {

        final List<SAXParseException> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(e);
        }
    }
}
