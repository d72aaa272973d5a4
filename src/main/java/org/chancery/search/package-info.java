/**
 * The archive's full-text search over Lucene: {@link org.chancery.search.LuceneSearchIndex}
 * implements {@link org.chancery.content.SearchIndex}.
 *
 * <p>A message is indexed as one document of its own and one per speaker turn (see
 * {@code MessageDocuments}); a reader's query is read by {@code QueryText}, never by Lucene's
 * query parser, so nothing a reader types can make a search fail. The domain does not know Lucene:
 * only this package imports it.
 */
package org.chancery.search;
