package org.chancery.content;

import java.util.List;
import java.util.Locale;

/**
 * A liberty a search took with what was typed, for the reader to be told. The site shows each
 * notice in its own language by {@link #key()}, filling in {@link #arguments()}; the English
 * meaning of each is given below.
 */
public enum SearchNotice {

  /** The closing quote was missing; the phrase was searched to the end. */
  MISSING_QUOTE,
  /** A search needs at least one word to look for; the other words were exclusions. */
  ONLY_EXCLUSIONS,
  /** A "-" leaves out the word right after it; the lone one was ignored. */
  LONE_DASH,
  /** OR stands between two words or phrases; the one without a word on each side was ignored. */
  LONE_OR,
  /** A "*" ends the beginning of a word; the lone one was ignored. */
  LONE_STAR,
  /** A "*" needs at least two letters before it; the word before it was searched as a whole word. */
  SHORT_PREFIX,
  /** Only the first {@link #MOST_WORDS} words were searched. */
  TOO_MANY_WORDS,
  /** Only the first {@link #MOST_PREFIXES} words ending in "*" were searched as beginnings; the rest as whole words. */
  TOO_MANY_PREFIXES,
  /** The query had no letters or digits to look for, so every message is listed. */
  NOTHING_TO_FIND,
  /** The first day asked for comes after the last, so no message lies between them. */
  EMPTY_RANGE;

  /** Words a search looks for at most; each word of a phrase counts. A longer query is cut. */
  public static final int MOST_WORDS = 32;
  /** Prefixes a search looks for at most: each can stand for thousands of words. */
  public static final int MOST_PREFIXES = 5;

  /** A short stable name, e.g. "missing-quote", under which the site keeps its translations. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The values the sentence names, in order: {0}, {1}... The limit for the two that name one. */
  public List<Object> arguments() {
    return switch (this) {
      case TOO_MANY_WORDS -> List.of(MOST_WORDS);
      case TOO_MANY_PREFIXES -> List.of(MOST_PREFIXES);
      default -> List.of();
    };
  }
}
