package org.chancery.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.chancery.content.Block;
import org.chancery.content.Body;
import org.chancery.content.Speaker;

/**
 * A message body as JSON, written field by field rather than by reflection so that renaming a
 * record component cannot silently change what is on disk:
 * {@code [{"paragraph":"..."}, {"speaker":"Question","paragraphs":["..."]}]}.
 */
final class BodyJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private BodyJson() {}

  static String write(Body body) {
    return tree(body).toString();
  }

  /** The body as a JSON array, for a document that holds a body among other things. */
  static ArrayNode tree(Body body) {
    ArrayNode blocks = MAPPER.createArrayNode();
    for (Block block : body.blocks()) {
      ObjectNode node = blocks.addObject();
      if (block instanceof Block.Turn turn) {
        node.put("speaker", turn.speaker().name());
        ArrayNode paragraphs = node.putArray("paragraphs");
        turn.paragraphs().forEach(paragraphs::add);
      } else {
        node.put("paragraph", ((Block.Paragraph) block).text());
      }
    }
    return blocks;
  }

  static Body read(String json, long messageNumber) {
    return read(tree(json, "body of message " + messageNumber), messageNumber);
  }

  static Body read(JsonNode array, long messageNumber) {
    List<Block> blocks = new ArrayList<>();
    for (JsonNode node : array) {
      if (node.has("speaker")) {
        List<String> paragraphs = new ArrayList<>();
        node.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        blocks.add(new Block.Turn(new Speaker(node.get("speaker").asText()), paragraphs));
      } else if (node.has("paragraph")) {
        blocks.add(new Block.Paragraph(node.get("paragraph").asText()));
      } else {
        throw new StorageException("body of message " + messageNumber + " has a block that is neither a paragraph nor a turn: " + node);
      }
    }
    return new Body(blocks);
  }

  static JsonNode tree(String json, String what) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StorageException("the stored " + what + " is not valid JSON", e);
    }
  }
}
