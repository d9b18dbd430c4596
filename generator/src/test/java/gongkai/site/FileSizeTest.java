package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSizeTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0 B",
    "717, 717 B",
    "1023, 1023 B",
    "1024, 1.0 KB",
    "1075, 1.0 KB",
    "1076, 1.1 KB",
    "12595, 12.3 KB",
    "1048524, 1023.9 KB",
    // Rounds to 1024.0 KB, so it is shown in the next unit.
    "1048525, 1.0 MB",
    "1258291, 1.2 MB",
    "52428800, 50.0 MB",
    "1073741824, 1.0 GB",
    "5497558138880, 5.0 TB",
    "5629499534213120, 5120.0 TB",
  })
  void sizesUseOneDecimalInUnitsOf1024(long bytes, String shown) {
    assertThat(FileSize.format(bytes)).isEqualTo(shown);
  }
}
