package se.styrledger.verifier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The verifier runs on a revisor's computer, apart from the ledger (R-33, ADR 0080): neither Spring nor Axon may be on
 * its class path. The enforcer plugin refuses such a dependency at build time; this proves it at run time.
 */
class NoSpringNoAxonTest {

    @Test
    void neitherSpringNorAxonIsOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("org.springframework.core.SpringVersion"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.axonframework.eventhandling.EventMessage"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(System.getProperty("java.class.path")).doesNotContain("spring-").doesNotContain("axon-");
    }
}
