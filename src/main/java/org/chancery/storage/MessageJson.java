package org.chancery.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.Section;
import org.chancery.content.TitleEvent;

/**
 * A whole message as one JSON document: the content of an edition and of each revision. Written
 * field by field (see {@link BodyJson} for why); every field of {@link Message}, so a revision
 * restores exactly what was saved.
 */
final class MessageJson {

  private MessageJson() {}

  static String write(Message message) {
    ObjectNode root = BodyJson.MAPPER.createObjectNode();
    root.put("number", message.number());
    root.putObject("section").put("slug", message.section().slug()).put("name", message.section().name());
    root.put("kind", message.kind().name());
    root.put("title", message.title());
    root.put("published", message.published().toString());
    root.put("dateEstimated", message.dateEstimated());
    root.put("dayOrder", message.dayOrder());
    message.event().place().ifPresent(place -> root.put("eventPlace", place));
    message.event().date().ifPresent(date -> root.put("eventDate", date.toString()));
    root.put("language", message.language());
    root.set("body", BodyJson.tree(message.body()));
    root.put("lead", message.lead());
    ArrayNode paths = root.putArray("legacyPaths");
    message.legacyPaths().forEach(paths::add);
    message.translationOf().ifPresent(original -> root.put("translationOf", original));
    return root.toString();
  }

  /** @param what names the document in an error, e.g. "revision 3 of message 12" */
  static Message read(String json, String what) {
    JsonNode root = BodyJson.tree(json, what);
    long number = root.path("number").asLong();
    List<String> paths = new ArrayList<>();
    root.path("legacyPaths").forEach(p -> paths.add(p.asText()));
    String kind = text(root, "kind", what);
    try {
      return new Message(number,
          new Section(text(root.path("section"), "slug", what), text(root.path("section"), "name", what)),
          Kind.valueOf(kind),
          text(root, "title", what),
          LocalDate.parse(text(root, "published", what)),
          root.path("dateEstimated").asBoolean(),
          root.path("dayOrder").asInt(),
          new TitleEvent(Optional.ofNullable(root.get("eventPlace")).map(JsonNode::asText),
              Optional.ofNullable(root.get("eventDate")).map(d -> LocalDate.parse(d.asText()))),
          text(root, "language", what),
          BodyJson.read(root.path("body"), number),
          text(root, "lead", what),
          paths,
          Optional.ofNullable(root.get("translationOf")).map(JsonNode::asLong));
    } catch (RuntimeException e) {
      throw new StorageException("the stored " + what + " is not a message this version can read: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field, String what) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new StorageException("the stored " + what + " has no text field '" + field + "'");
    }
    return value.asText();
  }
}
