/**
 * Reading the outside world into the store: page snapshots of the old site (the visible text of
 * a page, top to bottom) and the merge rules that make one message of its many sightings.
 *
 * <p>The public surface is small: {@link org.chancery.ingest.Snapshot} (one parsed page),
 * {@link org.chancery.ingest.SnapshotException} (bad input, naming file and line),
 * {@link org.chancery.ingest.Importer} (parse, merge, write), {@link org.chancery.ingest.ImportReport}
 * and {@link org.chancery.ingest.ProgressListener}. Everything else is package-private.
 *
 * <p>What belongs here: text formats and the rules for combining sightings. What does not: SQL
 * (the importer only talks to {@link org.chancery.content.MessageStore}), command-line parsing
 * (the command wraps {@link org.chancery.ingest.Importer#run}), and HTML.
 */
package org.chancery.ingest;
