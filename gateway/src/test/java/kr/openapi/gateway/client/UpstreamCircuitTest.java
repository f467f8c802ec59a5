package kr.openapi.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpstreamCircuitTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final UpstreamCircuit circuit = new UpstreamCircuit(3, Duration.ofSeconds(10).toNanos(),
            Duration.ofSeconds(5).toNanos(), now::get);

    @Test
    void opensAfterEnoughFailuresWithinTheWindowAndRefusesUntilTheDelayHasPassed() {
        failTimes(3);
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.OPEN);
        assertThat(circuit.tryAcquire()).isFalse();
        advance(4_999);
        assertThat(circuit.tryAcquire()).isFalse();
        advance(1);
        assertThat(circuit.tryAcquire()).as("the trial call").isTrue();
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.HALF_OPEN);
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotOpenIt() {
        failTimes(2);
        advance(10_001);
        failTimes(1);
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.CLOSED);
        assertThat(circuit.tryAcquire()).isTrue();
    }

    @Test
    void halfOpenLetsOneTrialThroughWhoseOutcomeClosesOrReopens() {
        failTimes(3);
        advance(5_000);
        assertThat(circuit.tryAcquire()).isTrue();
        assertThat(circuit.tryAcquire()).as("a second call while the trial is in flight").isFalse();
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.OPEN);
        assertThat(circuit.tryAcquire()).isFalse();

        advance(5_000);
        assertThat(circuit.tryAcquire()).isTrue();
        circuit.onSuccess();
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.CLOSED);
        assertThat(circuit.tryAcquire()).isTrue();
        failTimes(2);
        assertThat(circuit.state()).as("the failures before it opened are forgotten").isEqualTo(UpstreamCircuit.State.CLOSED);
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(circuit.tryAcquire()).isTrue();
            circuit.onFailure();
        }
    }

    private void advance(long millis) {
        now.addAndGet(Duration.ofMillis(millis).toNanos());
    }
}
