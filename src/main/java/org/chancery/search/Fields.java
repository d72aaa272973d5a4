package org.chancery.search;

import java.util.List;

/**
 * The index's field names. Both kinds of document, a message's and a turn's, carry the filter
 * fields; the text fields are named by the language's family ({@code title_en}, {@code body_ru}).
 */
final class Fields {

  /** "message" or "turn". */
  static final String TYPE = "type";
  static final String MESSAGE = "message";
  static final String TURN = "turn";

  /** The message's number as a string term, on the message's documents and its turns': what a replace deletes. */
  static final String OWNER = "owner";
  /** The message's number: a point, a doc value and stored. */
  static final String NUMBER = "number";
  /** The publication day as its epoch day: a point for ranges, a doc value for sorting, stored. */
  static final String PUBLISHED = "published";
  static final String SECTION = "section";
  static final String SECTION_NAME = "section_name";
  static final String KIND = "kind";
  static final String LANGUAGE = "language";
  /** Speaker keys: every speaker of a message, or a turn's one. */
  static final String SPEAKER = "speaker";
  /** A turn's speaker as written. */
  static final String SPEAKER_NAME = "speaker_name";
  /** A turn's place among its message's turns, from 1. */
  static final String TURN_INDEX = "turn_index";
  static final String TITLE = "title";
  /** The message's lead as lists show it, stored only: the opening of a snippet with nothing to mark. */
  static final String LEAD = "lead";
  static final String PATH = "path";

  /** The languages with fields of their own; every other language is indexed as English. */
  static final List<String> FAMILIES = List.of("en", "ru");

  private Fields() {}

  static String family(String language) {
    return language.equals("ru") ? "ru" : "en";
  }

  static String title(String family) {
    return "title_" + family;
  }

  static String lead(String family) {
    return "lead_" + family;
  }

  /** A message's body. */
  static String body(String family) {
    return "body_" + family;
  }

  /**
   * A turn's words: a field of their own, so that a search of messages reads no turn's postings
   * and a search of turns no message's.
   */
  static String said(String family) {
    return "said_" + family;
  }
}
