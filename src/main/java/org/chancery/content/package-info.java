/**
 * The domain of a press office: messages and their bodies (paragraphs and speaker turns),
 * speakers, sections, kinds, and the masthead (clocks, contact, counters); the edition workflow
 * ({@link org.chancery.content.Publisher}), the editorial actions on stored editions
 * ({@link org.chancery.content.Newsroom}) and scheduled publication.
 *
 * <p>Plain Java only. Nothing here imports web, SQL, Lucene or template code; the interfaces
 * this package needs from the outside world ({@link org.chancery.content.MessageStore}, {@link org.chancery.content.EditionStore}) are
 * declared here and implemented in {@code storage}. Time always comes in as a
 * {@link java.time.Clock} or an {@link java.time.Instant}, never from the system.
 */
package org.chancery.content;
