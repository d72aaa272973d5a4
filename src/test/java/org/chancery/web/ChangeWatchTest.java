package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ChangeWatchTest {

  private final AtomicLong storeChange = new AtomicLong(7);
  private final AtomicLong reads = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong(1_000);
  private final ChangeWatch watch = new ChangeWatch(() -> {
    reads.incrementAndGet();
    return storeChange.get();
  }, nanos::get, 100);

  @Test
  void reads_the_store_once_per_interval() {
    assertThat(watch.lastChange()).isEqualTo(7);
    storeChange.set(8);
    nanos.addAndGet(99);

    assertThat(watch.lastChange()).as("still within the interval: the reading stands").isEqualTo(7);
    assertThat(reads.get()).isEqualTo(1);
  }

  @Test
  void a_change_is_seen_once_the_interval_has_passed() {
    watch.lastChange();
    storeChange.set(8);
    nanos.addAndGet(100);

    assertThat(watch.lastChange()).isEqualTo(8);
    assertThat(reads.get()).isEqualTo(2);
  }

  @Test
  void an_interval_of_zero_reads_every_time() {
    ChangeWatch always = new ChangeWatch(storeChange::get, nanos::get, 0);
    always.lastChange();
    storeChange.set(9);

    assertThat(always.lastChange()).isEqualTo(9);
    assertThatThrownBy(() -> new ChangeWatch(storeChange::get, nanos::get, -1))
        .hasMessage("maxAgeNanos must be 0 (always read) or more, got -1");
  }
}
