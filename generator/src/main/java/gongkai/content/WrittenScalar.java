package gongkai.content;

import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A YAML number or boolean that keeps the text it was written as. YAML 1.1, which Jackson's parser
 * follows, reads {@code 0x1F} as 31, {@code 010} as 8 and {@code yes} as true; a key that wants a
 * number or a flag still gets one, while a text field ({@code title: 0x1F}) reads back what the
 * editor wrote through {@link #asText()} rather than the resolved value.
 */
final class WrittenScalar {
  private WrittenScalar() {}

  static ValueNode of(Number number, String text) {
    if (number instanceof Integer i) {
      return new WrittenInt(i, text);
    }
    if (number instanceof Long l) {
      return new WrittenLong(l, text);
    }
    if (number instanceof BigInteger b) {
      return new WrittenBigInteger(b, text);
    }
    if (number instanceof BigDecimal d) {
      return new WrittenDecimal(d, text);
    }
    return new WrittenDouble(number.doubleValue(), text);
  }

  static ValueNode of(boolean value, String text) {
    return new WrittenBoolean(value, text);
  }

  private static final class WrittenBoolean extends BooleanNode {
    private final String text;

    WrittenBoolean(boolean value, String text) {
      super(value);
      this.text = text;
    }

    @Override
    public String asText() {
      return text;
    }
  }

  private static final class WrittenInt extends IntNode {
    private final String text;

    WrittenInt(int value, String text) {
      super(value);
      this.text = text;
    }

    @Override
    public String asText() {
      return text;
    }
  }

  private static final class WrittenLong extends LongNode {
    private final String text;

    WrittenLong(long value, String text) {
      super(value);
      this.text = text;
    }

    @Override
    public String asText() {
      return text;
    }
  }

  private static final class WrittenBigInteger extends BigIntegerNode {
    private final String text;

    WrittenBigInteger(BigInteger value, String text) {
      super(value);
      this.text = text;
    }

    @Override
    public String asText() {
      return text;
    }
  }

  private static final class WrittenDecimal extends DecimalNode {
    private final String text;

    WrittenDecimal(BigDecimal value, String text) {
      super(value);
      this.text = text;
    }

    @Override
    public String asText() {
      return text;
    }
  }

  private static final class WrittenDouble extends DoubleNode {
    private final String text;

    WrittenDouble(double value, String text) {
      super(value);
      this.text = text;
    }

    @Override
    public String asText() {
      return text;
    }
  }
}
