package org.chancery.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Contact;
import org.chancery.content.Counter;
import org.chancery.content.Masthead;
import org.chancery.content.WorldClock;

/** The masthead configuration as JSON, written field by field (see {@link BodyJson} for why). */
final class MastheadJson {

  private MastheadJson() {}

  static String write(Masthead masthead) {
    ObjectNode root = BodyJson.MAPPER.createObjectNode();
    root.put("homeZone", masthead.homeZone().getId());
    ArrayNode clocks = root.putArray("clocks");
    for (WorldClock clock : masthead.clocks()) {
      clocks.addObject().put("label", clock.label()).put("zone", clock.zone().getId());
    }
    masthead.contact().ifPresent(c ->
        root.putObject("contact").put("label", c.label()).put("phone", c.phone()).put("email", c.email()));
    ArrayNode counters = root.putArray("counters");
    for (Counter counter : masthead.counters()) {
      ObjectNode node = counters.addObject()
          .put("eventDate", counter.eventDate().toString())
          .put("sentence", counter.sentence())
          .put("shownFrom", counter.shownFrom().toString());
      counter.shownUntil().ifPresent(until -> node.put("shownUntil", until.toString()));
    }
    masthead.seenAt().ifPresent(seen -> root.put("seenAt", seen.toString()));
    return root.toString();
  }

  static Masthead read(String json) {
    JsonNode root = BodyJson.tree(json, "masthead");
    List<WorldClock> clocks = new ArrayList<>();
    root.get("clocks").forEach(c -> clocks.add(new WorldClock(c.get("label").asText(), ZoneId.of(c.get("zone").asText()))));
    Optional<Contact> contact = Optional.ofNullable(root.get("contact"))
        .map(c -> new Contact(c.get("label").asText(), c.get("phone").asText(), c.get("email").asText()));
    List<Counter> counters = new ArrayList<>();
    for (JsonNode c : root.get("counters")) {
      counters.add(new Counter(
          LocalDate.parse(c.get("eventDate").asText()),
          c.get("sentence").asText(),
          LocalDate.parse(c.get("shownFrom").asText()),
          Optional.ofNullable(c.get("shownUntil")).map(u -> LocalDate.parse(u.asText()))));
    }
    // Absent in mastheads saved before it was kept: their age is unknown.
    Optional<Instant> seenAt = Optional.ofNullable(root.get("seenAt")).map(s -> Instant.parse(s.asText()));
    return new Masthead(ZoneId.of(root.get("homeZone").asText()), clocks, contact, counters, seenAt);
  }
}
