package se.styrledger.query.followup;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    private static String written(Object... cells) {
        return new String(new Csv().row(cells).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aFileStartsWithTheByteOrderMarkAndEndsItsRowsWithCrLf() {
        byte[] bytes = new Csv().row("a", "b").bytes();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa;b\r\n");
    }

    @Test
    void numbersHaveADecimalCommaAndDatesStayIso() {
        assertThat(written(new BigDecimal("-1234.50"), LocalDate.of(2024, 4, 30), 7L))
                .isEqualTo("\uFEFF-1234,50;2024-04-30;7\r\n");
    }

    @Test
    void textWithSeparatorsQuotesOrLineBreaksIsQuoted() {
        assertThat(written("a;b", "säg \"hej\"", "rad 1\nrad 2"))
                .isEqualTo("\uFEFF\"a;b\";\"säg \"\"hej\"\"\";\"rad 1\nrad 2\"\r\n");
    }

    @Test
    void userTextThatLooksLikeAFormulaNeverRunsAsOne() {
        assertThat(written("=HYPERLINK(\"http://example.org\")", "-1+1", "@SUM(A1)", "+46"))
                .isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://example.org\"\")\";'-1+1;'@SUM(A1);'+46\r\n");
    }
}
