package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chancery.content.Message;
import org.chancery.content.SearchRequest;
import org.junit.jupiter.api.Test;

class ConcurrentSearchTest extends IndexTest {

  @Test
  void searches_on_many_threads_while_messages_are_indexed() throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService readers = Executors.newFixedThreadPool(3);
    List<Future<Integer>> searched = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      searched.add(readers.submit(() -> {
        int searches = 0;
        while (writing.get()) {
          index.search(SearchRequest.words("grain OR dispatch", Archive.TODAY));
          index.search(SearchRequest.saidBy("question", 1, Archive.TODAY));
          index.related(101, 3, Archive.TODAY);
          searches++;
        }
        return searches;
      }));
    }
    try {
      for (int i = 1; i <= 60; i++) {
        Message dispatch = Archive.message(1000 + i, Archive.NEWS, "Dispatch " + i + " from Port Ardent",
            LocalDate.of(2025, 1, 1).plusDays(i), "en", "Question: Any grain today?", "Answer: Dispatch " + i + ".");
        index.index(dispatch);
        assertThat(index.search(SearchRequest.words("dispatch", Archive.TODAY)).total()).isEqualTo(i);
      }
    } finally {
      writing.set(false);
      readers.shutdown();
      assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    for (Future<Integer> each : searched) {
      assertThat(each.get()).isPositive();
    }
    assertThat(index.search(SearchRequest.saidBy("question", 1, Archive.TODAY)).total()).isEqualTo(4 + 60);
  }
}
