/**
 * Bringing messages into the store: reading page snapshots of the old site (the visible text of
 * a page, top to bottom) with the merge rules that make one message of its many sightings, and
 * making archives up for benchmarks.
 *
 * <p>The public surface is small: {@link org.chancery.ingest.Snapshot} (one parsed page),
 * {@link org.chancery.ingest.SnapshotException} (bad input, naming file and line),
 * {@link org.chancery.ingest.Importer} (parse, merge, write), {@link org.chancery.ingest.ImportReport},
 * {@link org.chancery.ingest.ProgressListener} and its {@link org.chancery.ingest.TerminalProgress},
 * and {@link org.chancery.ingest.SyntheticArchive}, a made-up archive for benchmarks, with the word
 * lists and names it is made of under {@code /synthetic/}. Everything else is package-private.
 *
 * <p>What belongs here: text formats and the rules for combining sightings. What does not: SQL
 * (the importer only talks to {@link org.chancery.content.MessageStore}), command-line parsing
 * (the command wraps {@link org.chancery.ingest.Importer#run}), and HTML.
 */
package org.chancery.ingest;
