package se.styrledger.verifier;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * the database side (stored bytes, streamed) and the export side (a parsed JSON value) hash to the same canonical
 * form, or an untouched export would fail against its checkpoint.
 */
class CanonicalJsonTest {

    @Test
    void storedBytesAndTheParsedValueHaveTheSameCanonicalHash() {
        String[] documents = {
                "{\"name\":\"Miljö- och byggnämnden\",\"amount\":12.50,\"big\":1E+3,\"n\":-7,\"huge\":123456789012345678901234567890}",
                "{ \"nested\" : { \"list\" : [1, 2.0, \"tre\", null, true, {\"a\":\"\\u00e5\\n\"}] } }",
                "{\"decision\":{\"decidedOn\":\"2024-05-02\",\"paragraph\":\"§ 90\",\"caseNumber\":\"KS 2019/0458\"}}",
                "{\"a\":-0,\"b\":-0.0,\"c\":0.0000001,\"d\":1.0E10,\"e\":1e5,\"f\":[true,false,null],\"g\":-12}",
                "{\"text\":\"tab\\there \\\"quoted\\\" \\/ slash\",\"n\":10,\"neg\":-100}",
                "[1,2,3]", "\"just text\"", "42"};
        for (String document : documents) {
            byte[] stored = document.getBytes(StandardCharsets.UTF_8);
            assertThat(CanonicalJson.hashOfStored(stored)).as(document)
                    .isEqualTo(CanonicalJson.hashOf(CanonicalJson.tree(stored)));
            if (CanonicalJson.alreadyCanonical(stored)) {
                assertThat(CanonicalJson.bytes(CanonicalJson.tree(stored))).as("taken as it is: " + document)
                        .isEqualTo(stored);
            }
        }
        assertThat(CanonicalJson.alreadyCanonical("{\"unitId\":\"u-1\",\"name\":\"Nämnd\",\"n\":12,\"ok\":true}"
                .getBytes(StandardCharsets.UTF_8))).as("a typical stored payload needs no copy").isTrue();
    }
}
