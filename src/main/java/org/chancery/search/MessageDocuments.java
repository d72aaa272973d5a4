package org.chancery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.chancery.content.Block;
import org.chancery.content.Message;
import org.chancery.content.Speaker;
import org.chancery.content.Text;

/**
 * A message as Lucene documents: the message's own, then one for each speaker turn, in the
 * body's order. They are written together, so a replace never shows half of a message.
 */
final class MessageDocuments {

  /** Stored, with offsets in the postings: the highlighter reads matches from them, not by analysing again. */
  private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

  static {
    HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    HIGHLIGHTED.freeze();
  }

  private MessageDocuments() {}

  static List<Document> of(Message message) {
    String family = Fields.family(message.language());
    List<Document> documents = new ArrayList<>();

    String path = message.path(); // worked out from the title: once, not for every turn
    Document own = common(message, Fields.MESSAGE, path);
    own.add(new TextField(Fields.title(family), message.title(), Field.Store.NO));
    String body = bodyText(message);
    String lead = message.listLead();
    if (!lead.isBlank()) {
      own.add(new StoredField(Fields.LEAD, lead));
    }
    // Mostly the lead is the body's first paragraph: searched again, it would count its words twice
    // and cost a third more postings per word. Only a lead of its own, or one with no body, is searched.
    if (!body.contains(lead) && !Text.squeeze(body).contains(Text.squeeze(lead))) {
      addText(own, Fields.lead(family), lead);
    }
    addText(own, Fields.body(family), body);
    Set<String> speakers = message.body().speakers().stream().map(Speaker::key).collect(Collectors.toSet());
    for (String key : speakers) {
      addSpeakerKey(own, key);
    }
    documents.add(own);

    int turns = 0;
    for (Block block : message.body().blocks()) {
      if (block instanceof Block.Turn turn) {
        turns++;
        Document said = common(message, Fields.TURN, path);
        said.add(new NumericDocValuesField(Fields.TURN_INDEX, turns));
        said.add(new StoredField(Fields.TURN_INDEX, turns));
        addSpeakerKey(said, turn.speaker().key());
        said.add(new StoredField(Fields.SPEAKER_NAME, turn.speaker().name()));
        addText(said, Fields.said(family), String.join("\n\n", turn.paragraphs()));
        documents.add(said);
      }
    }
    return documents;
  }

  /** The body as a reader sees it, each turn opening with its speaker's label. */
  static String bodyText(Message message) {
    return message.body().blocks().stream().map(Block::plainText).collect(Collectors.joining("\n\n"));
  }

  private static Document common(Message message, String type, String path) {
    Document doc = new Document();
    doc.add(new StringField(Fields.TYPE, type, Field.Store.NO));
    doc.add(new StringField(Fields.OWNER, Long.toString(message.number()), Field.Store.NO));
    doc.add(new LongPoint(Fields.NUMBER, message.number()));
    doc.add(new NumericDocValuesField(Fields.NUMBER, message.number()));
    doc.add(new StoredField(Fields.NUMBER, message.number()));
    long day = message.published().toEpochDay();
    doc.add(new LongPoint(Fields.PUBLISHED, day));
    doc.add(new NumericDocValuesField(Fields.PUBLISHED, day));
    doc.add(new StoredField(Fields.PUBLISHED, day));
    addKeyword(doc, Fields.SECTION, message.section().slug());
    doc.add(new StoredField(Fields.SECTION_NAME, message.section().name()));
    addKeyword(doc, Fields.KIND, message.kind().name());
    addKeyword(doc, Fields.LANGUAGE, message.language());
    doc.add(new StoredField(Fields.TITLE, message.title()));
    doc.add(new StoredField(Fields.PATH, path));
    return doc;
  }

  /** A filter and facet value: a term to filter on, a doc value to count, stored for the hit. */
  private static void addKeyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  private static void addSpeakerKey(Document doc, String key) {
    doc.add(new StringField(Fields.SPEAKER, key, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(Fields.SPEAKER, new BytesRef(key)));
  }

  private static void addText(Document doc, String field, String text) {
    if (!text.isBlank()) {
      doc.add(new Field(field, text, HIGHLIGHTED));
    }
  }
}
