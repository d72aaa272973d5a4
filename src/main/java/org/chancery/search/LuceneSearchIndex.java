package org.chancery.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.chancery.content.Kind;
import org.chancery.content.Message;
import org.chancery.content.SearchIndex;
import org.chancery.content.SearchNotice;
import org.chancery.content.SearchRequest;
import org.chancery.content.SearchResult;
import org.chancery.content.SearchResult.Facet;
import org.chancery.content.SearchResult.FacetCount;
import org.chancery.content.SearchResult.Hit;
import org.chancery.content.SearchResult.Snippet;
import org.chancery.content.Section;
import org.chancery.content.Speaker;
import org.chancery.content.StoreChange;

/**
 * The archive's search index in a folder of its own, over Lucene.
 *
 * <p>One {@link IndexWriter} takes every write; searches go through a {@link SearcherManager}
 * that is refreshed, blocking, at the end of each write, so a search that starts after
 * {@link #index(Message)} returns sees it. Writes are made durable by {@link #commit()} (and by
 * {@link #close()} and the bulk {@link #index(Iterable)}): after a crash the index is as at its
 * last commit, and the change log brings it up to date. Searches may run on any number of threads
 * while one indexes.
 *
 * <p>{@code sections} is asked once per search for the managed sections, so hits and facet counts
 * show a section's current name: the index keeps only its slug's name as of indexing, for a
 * section the list does not hold. Hand it a cached list.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

  /**
   * What the documents hold and how they are analysed, recorded with every commit. An index of
   * another schema is unreadable: it is rebuilt, not read wrongly. Change it with the schema.
   */
  static final String SCHEMA = "3";
  private static final String SCHEMA_KEY = "chancery.search.schema";
  /** The commit data keys under which the index records the store's last change it holds. */
  private static final String INDEXED_CHANGE = "chancery.indexed-change";
  private static final String INDEXED_CHANGE_MESSAGE = "chancery.indexed-change.message";
  private static final String INDEXED_CHANGE_AT = "chancery.indexed-change.at";

  /** Facet values reported at most, per facet. */
  static final int FACET_VALUES = 20;
  /** A page reaching further than this many hits counts them first, so its queue is no longer than the hits. */
  private static final int ONE_PASS_HITS = 10_000;
  /** Searches whose results are kept for as long as the index does not change. */
  static final int RECENT_RESULTS = 512;
  /** The highlighter reads this much of a text at most; transcripts run to tens of thousands of characters. */
  private static final int HIGHLIGHTED_LENGTH = 1_000_000;

  private static final List<String> SEARCHED_FIELDS = Fields.FAMILIES.stream()
      .flatMap(f -> List.of(Fields.title(f), Fields.lead(f), Fields.body(f)).stream())
      .toList();
  private static final String[] MESSAGE_SNIPPETS =
      {Fields.body("en"), Fields.body("ru"), Fields.lead("en"), Fields.lead("ru")};
  private static final List<String> SAID_FIELDS = Fields.FAMILIES.stream().map(Fields::said).toList();
  private static final String[] TURN_SNIPPETS = SAID_FIELDS.toArray(String[]::new);
  private static final Set<String> MESSAGE_HIT_FIELDS = Set.of(Fields.NUMBER, Fields.TITLE, Fields.PUBLISHED,
      Fields.SECTION, Fields.SECTION_NAME, Fields.KIND, Fields.LANGUAGE, Fields.PATH, Fields.LEAD);
  private static final Set<String> TURN_HIT_FIELDS = Set.of(Fields.NUMBER, Fields.TITLE, Fields.PUBLISHED,
      Fields.SECTION, Fields.SECTION_NAME, Fields.KIND, Fields.LANGUAGE, Fields.PATH, Fields.TURN_INDEX,
      Fields.SPEAKER_NAME, Fields.said("en"), Fields.said("ru"));

  private static final Sort NEWEST = new Sort(
      new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
      new SortField(Fields.NUMBER, SortField.Type.LONG, true),
      new SortField(Fields.TURN_INDEX, SortField.Type.LONG));
  private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
      new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
      new SortField(Fields.NUMBER, SortField.Type.LONG, true),
      new SortField(Fields.TURN_INDEX, SortField.Type.LONG));
  private static final Sort FIRST_WRITTEN = new Sort(
      new SortField(Fields.NUMBER, SortField.Type.LONG),
      new SortField(Fields.TURN_INDEX, SortField.Type.LONG));

  /** The change the last successful {@link #commit(Optional)} recorded. */
  private volatile Optional<StoreChange> held;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Supplier<List<Section>> sections;
  private final Analyzer indexAnalyzer;
  private final LuceneQueries queries = new LuceneQueries(TextAnalysis.forQueries(), TextAnalysis.forPrefixes());
  private final Analyzer queryAnalyzer = TextAnalysis.forQueries();
  private final AtomicReference<Labels> labels = new AtomicReference<>(new Labels(null, Map.of(), Map.of()));
  private final RecentResults recent = new RecentResults(RECENT_RESULTS);
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Facet labels the index itself must be asked for, worked out once per reader: each speaker's
   * name as first written, and the name indexed with a section the managed list does not hold.
   */
  private record Labels(IndexReader reader, Map<String, String> speakers, Map<String, String> sections) {}

  /** What a search's results depend on besides the index: a section renamed changes its labels. */
  private record Asked(SearchRequest request, Map<String, String> sectionNames) {}

  private LuceneSearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers,
      Supplier<List<Section>> sections, Analyzer indexAnalyzer, Optional<StoreChange> held) {
    this.held = held;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.sections = sections;
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * Opens the index in {@code folder}, creating the folder and an empty index when there is none.
   *
   * @throws IndexUnreadable when the folder holds an index that cannot be read; nothing was changed
   * @throws UncheckedIOException when the folder cannot be used at all, e.g. another process has
   *     the index open: that is no reason to empty it
   */
  public static LuceneSearchIndex open(Path folder, Supplier<List<Section>> sections) throws IndexUnreadable {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(sections, "sections");
    Directory directory;
    try {
      Files.createDirectories(folder);
      directory = FSDirectory.open(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use " + folder + " as the search index folder", e);
    }
    Analyzer analyzer = TextAnalysis.forIndex();
    IndexWriter writer = null;
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(128)
          // No index sort: a rebuild sorting every segment it writes newest first took about a
          // quarter longer (ADR 8), and newest first is found from the published day's points.
          .setCommitOnClose(true));
      String schema = schemaOf(writer);
      if (!schema.equals(SCHEMA)) {
        giveUp(writer, directory);
        throw new IndexUnreadable(folder, "it was written with search schema " + schema + ", and this Chancery reads "
            + SCHEMA, null);
      }
      Optional<StoreChange> held = changeOf(writer);
      // Keep what the last commit recorded (the change the index holds), adding the schema.
      writer.setLiveCommitData(commitData(held));
      SearcherManager searchers = new SearcherManager(writer, null);
      return new LuceneSearchIndex(directory, writer, searchers, sections, analyzer, held);
    } catch (LockObtainFailedException e) {
      giveUp(writer, directory);
      throw new UncheckedIOException("the search index in " + folder + " is open in another process", e);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
        | NoSuchFileException | FileNotFoundException e) {
      giveUp(writer, directory);
      throw new IndexUnreadable(folder, describe(e), e);
    } catch (IOException e) {
      giveUp(writer, directory);
      throw new UncheckedIOException("cannot open the search index in " + folder, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A codec or postings format named by the index that this Lucene does not know.
      giveUp(writer, directory);
      throw new IndexUnreadable(folder, describe(e), e);
    }
  }

  /** The schema of an index that has a commit, or this Chancery's when it has none yet. */
  private static String schemaOf(IndexWriter writer) throws IOException {
    if (writer.getLiveCommitData() == null || !DirectoryReader.indexExists(writer.getDirectory())) {
      return SCHEMA;
    }
    return committed(writer, SCHEMA_KEY).orElse("none");
  }

  /** The change the last commit recorded; empty when none did, or something else wrote the index. */
  private static Optional<StoreChange> changeOf(IndexWriter writer) {
    Optional<String> seq = committed(writer, INDEXED_CHANGE);
    Optional<String> at = committed(writer, INDEXED_CHANGE_AT);
    if (seq.isEmpty() || at.isEmpty()) {
      return Optional.empty();
    }
    try {
      Optional<Long> message = committed(writer, INDEXED_CHANGE_MESSAGE).filter(m -> !m.isEmpty()).map(Long::parseLong);
      return Optional.of(new StoreChange(Long.parseLong(seq.get()), message, Instant.parse(at.get())));
    } catch (NumberFormatException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A value the last commit recorded under {@code key}. */
  private static Optional<String> committed(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(key)) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return Optional.empty();
  }

  private static Iterable<Map.Entry<String, String>> commitData(Optional<StoreChange> held) {
    Map<String, String> data = new HashMap<>(Map.of(SCHEMA_KEY, SCHEMA));
    held.ifPresent(change -> {
      data.put(INDEXED_CHANGE, Long.toString(change.seq()));
      data.put(INDEXED_CHANGE_MESSAGE, change.message().map(String::valueOf).orElse(""));
      data.put(INDEXED_CHANGE_AT, change.at().toString());
    });
    return data.entrySet();
  }

  /**
   * Opens the index in {@code folder}; when it cannot be read, deletes the index's files, says why
   * through {@code onReset} and opens an empty one, to be rebuilt from the store. Files in the
   * folder that are not Lucene's are left alone.
   */
  public static LuceneSearchIndex openOrEmpty(Path folder, Supplier<List<Section>> sections, Consumer<String> onReset) {
    try {
      return open(folder, sections);
    } catch (IndexUnreadable unreadable) {
      onReset.accept(unreadable.getMessage() + "; its files were deleted and it must be rebuilt from the store");
      deleteIndexFiles(folder);
      try {
        return open(folder, sections);
      } catch (IndexUnreadable again) {
        throw new IllegalStateException(again.getMessage() + ", even after its files were deleted", again);
      }
    }
  }

  /** Adds the message and its turns, or replaces what the index held of it; searches see it on return. */
  public void index(Message message) {
    write(message);
    refresh();
  }

  /**
   * Adds or replaces every message, as a rebuild does: no refresh or commit between them, one
   * commit at the end. Searches see the messages once this returns.
   */
  public void index(Iterable<Message> messages) {
    for (Message message : messages) {
      write(message);
    }
    commit();
    refresh();
  }

  /**
   * Adds or replaces these messages with no refresh and no commit, for a rebuild; safe from several
   * threads at once (one {@link IndexWriter} takes them all). {@link #commit(Optional)} makes them
   * durable and searchable.
   */
  public void add(Iterable<Message> messages) {
    for (Message message : messages) {
      write(message);
    }
  }

  private void write(Message message) {
    if (message.number() == 0) {
      throw new IllegalArgumentException("message \"" + message.title() + "\" has no number yet; index it once stored");
    }
    try {
      writer.updateDocuments(owner(message.number()), MessageDocuments.of(message));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index message " + message.number(), e);
    }
  }

  /** Removes the message and its turns; nothing happens for a message the index does not hold. */
  public void remove(long number) {
    delete(w -> w.deleteDocuments(owner(number)), "cannot remove message " + number + " from the search index");
  }

  /** Removes every message, before a rebuild. */
  public void removeAll() {
    delete(IndexWriter::deleteAll, "cannot empty the search index");
  }

  private interface Deletion {
    void apply(IndexWriter writer) throws IOException;
  }

  private void delete(Deletion deletion, String failure) {
    try {
      deletion.apply(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(failure, e);
    }
    refresh();
  }

  /**
   * Makes every write so far durable, recording that the index now holds the store's changes up
   * to {@code change} (see {@link #heldChange()}), or none of them: the {@link IndexFollower} goes
   * on from there.
   */
  public synchronized void commit(Optional<StoreChange> change) {
    writer.setLiveCommitData(commitData(change));
    try {
      commit();
    } catch (RuntimeException e) {
      writer.setLiveCommitData(commitData(held)); // not committed: it holds what it held
      throw e;
    }
    held = change;
    refresh();
  }

  /**
   * The store's last change that the index holds, as its last {@link #commit(Optional)} recorded;
   * empty for an index never brought up to date (new, emptied, or a rebuild that did not finish).
   */
  public Optional<StoreChange> heldChange() {
    return held;
  }

  /** The sequence number of {@link #heldChange()}; 0 when it holds none. */
  @Override
  public long indexedChange() {
    Optional<StoreChange> change = held; // a field, not the commit data: every cached page asks, so no allocation
    return change.isPresent() ? change.get().seq() : 0;
  }

  /** Makes every write so far durable. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
  }

  /** How many messages the index holds, published or not yet. */
  public long count() {
    return withSearcher(searcher -> (long) searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.MESSAGE))));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The results of the last {@value #RECENT_RESULTS} different searches are kept until the index
   * changes: a page asked for again, as a popular query or a reader paging back is, is not searched
   * again.
   */
  @Override
  public SearchResult search(SearchRequest request) {
    Asked asked = new Asked(request, sectionNames());
    return withSearcher(searcher -> {
      // A SearcherManager's searchers read a DirectoryReader: its version tells newer from older.
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      Optional<SearchResult> kept = recent.get(reader, asked);
      if (kept.isPresent()) {
        return kept.get();
      }
      SearchResult result = find(searcher, request, asked.sectionNames());
      recent.put(reader, asked, result);
      return result;
    });
  }

  private SearchResult find(IndexSearcher searcher, SearchRequest request, Map<String, String> sectionNames)
      throws IOException {
    QueryText text = QueryText.read(request.query());
    Set<SearchNotice> notices = new LinkedHashSet<>(text.notices());
    Optional<String> speaker = request.speaker().filter(s -> !s.isBlank()).map(s -> Speaker.labelled(s).key());
    boolean turns = speaker.isPresent();

    LocalDate until = request.until().filter(day -> day.isBefore(request.today())).orElse(request.today());
    if (request.from().isPresent() && request.from().get().isAfter(until)) {
      if (request.until().isPresent() && request.from().get().isAfter(request.until().get())) {
        notices.add(SearchNotice.EMPTY_RANGE);
      }
      return empty(request, notices);
    }

    LuceneQueries.Built words = queries.build(text, turns ? SAID_FIELDS : SEARCHED_FIELDS);
    if (words.positive().isEmpty()) {
      if (!text.excluded().isEmpty()) {
        notices.add(SearchNotice.ONLY_EXCLUSIONS);
        return empty(request, notices);
      }
      if (!request.query().isBlank()) {
        notices.add(SearchNotice.NOTHING_TO_FIND);
      }
    }

    BooleanQuery.Builder query = new BooleanQuery.Builder();
    words.positive().ifPresent(q -> query.add(q, Occur.MUST));
    words.excluded().forEach(q -> query.add(q, Occur.MUST_NOT));
    if (words.positive().isEmpty()) {
      // Words are looked for in one kind of document's fields only; without any, say which kind.
      query.add(new TermQuery(new Term(Fields.TYPE, turns ? Fields.TURN : Fields.MESSAGE)), Occur.FILTER);
    }
    request.section().filter(slug -> !slug.isBlank()).ifPresent(slug -> query.add(term(Fields.SECTION, slug), Occur.FILTER));
    request.kind().ifPresent(kind -> query.add(term(Fields.KIND, kind.name()), Occur.FILTER));
    speaker.ifPresent(key -> query.add(term(Fields.SPEAKER, key), Occur.FILTER));
    request.language().filter(code -> !code.isBlank())
        .ifPresent(code -> query.add(term(Fields.LANGUAGE, code.strip().toLowerCase(Locale.ROOT)), Occur.FILTER));
    query.add(published(request.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE), until.toEpochDay()),
        Occur.FILTER);
    Sort sort = request.order() == SearchRequest.Order.NEWEST || words.positive().isEmpty() ? NEWEST : RELEVANCE;

    Query built = query.build();
    long wanted = (long) request.page() * request.pageSize();
    long offset = wanted - request.pageSize();
    FacetCounter.Counts counts;
    TopFieldDocs top = null;
    if (wanted <= ONE_PASS_HITS && words.positive().filter(LuceneSearchIndex::readsPositions).isPresent()) {
      // A phrase's positions are read once: its hits are counted and ranked in the same pass.
      int size = (int) Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
      Object[] both = searcher.search(built,
          new MultiCollectorManager(FacetCounter.manager(), new TopFieldCollectorManager(sort, size, null, size)));
      counts = (FacetCounter.Counts) both[0];
      top = (TopFieldDocs) both[1];
    } else {
      // Words alone: the counts visit every hit without scoring any; the page then needs only the
      // hits that can reach it, so by relevance Lucene skips the documents that cannot score high
      // enough, and newest first skips the days that cannot reach the page (by their points).
      counts = searcher.search(built, FacetCounter.manager());
      if (offset < counts.hits()) {
        int size = (int) Math.min(wanted, counts.hits());
        top = searcher.search(built, new TopFieldCollectorManager(sort, size, null, size));
      }
    }
    List<ScoreDoc> page = new ArrayList<>();
    if (top != null) {
      for (long i = offset; i < top.scoreDocs.length; i++) {
        page.add(top.scoreDocs[(int) i]);
      }
    }
    List<Hit> hits = hits(searcher, page, turns, text, words.positive().isPresent(), sectionNames);
    return new SearchResult(hits, counts.hits(), request.page(), request.pageSize(),
        facets(searcher, counts, sectionNames), List.copyOf(notices));
  }

  @Override
  public List<Hit> related(long number, int limit, LocalDate today) {
    if (limit < 1) {
      return List.of();
    }
    Map<String, String> sectionNames = sectionNames();
    return withSearcher(searcher -> {
      Query own = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.TYPE, Fields.MESSAGE)), Occur.FILTER)
          .add(new TermQuery(owner(number)), Occur.FILTER)
          .build();
      TopDocs found = searcher.search(own, 1);
      if (found.scoreDocs.length == 0) {
        return List.of();
      }
      Document message = searcher.storedFields().document(found.scoreDocs[0].doc);
      String family = Fields.family(message.get(Fields.LANGUAGE));
      MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
      like.setAnalyzer(queryAnalyzer);
      like.setFieldNames(new String[] {Fields.title(family), Fields.lead(family), Fields.body(family)});
      like.setStopWords(TextAnalysis.COMMON_WORDS);
      like.setMinTermFreq(1);
      like.setMinDocFreq(2);
      like.setMinWordLen(3);
      like.setMaxQueryTerms(25);
      like.setBoost(true);
      Map<String, Collection<Object>> fields = new HashMap<>();
      fields.put(Fields.title(family), List.of(message.get(Fields.TITLE)));
      String body = message.get(Fields.body(family));
      String lead = message.get(Fields.LEAD);
      if (body != null) {
        fields.put(Fields.body(family), List.of(body));
      } else if (lead != null) {
        fields.put(Fields.lead(family), List.of(lead));
      }
      Query query = new BooleanQuery.Builder()
          .add(like.like(fields), Occur.MUST)
          .add(new TermQuery(new Term(Fields.TYPE, Fields.MESSAGE)), Occur.FILTER)
          .add(published(Long.MIN_VALUE, today.toEpochDay()), Occur.FILTER)
          .add(new TermQuery(owner(number)), Occur.MUST_NOT)
          .build();
      List<ScoreDoc> similar = List.of(searcher.search(query, limit).scoreDocs);
      return hits(searcher, similar, false, null, false, sectionNames);
    });
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try (directory; writer; searchers) {
      // closed in reverse: the searchers, then the writer (which commits), then the folder
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index", e);
    }
  }

  private List<Hit> hits(IndexSearcher searcher, List<ScoreDoc> page, boolean turns, QueryText text, boolean marked,
      Map<String, String> sectionNames) throws IOException {
    if (page.isEmpty()) {
      return List.of();
    }
    int[] docs = page.stream().mapToInt(d -> d.doc).toArray();
    String[] snippetFields = turns ? TURN_SNIPPETS : MESSAGE_SNIPPETS;
    Map<String, Object[]> snippets = Map.of();
    if (marked) {
      Optional<Query> matched = queries.forHighlighting(text, List.of(snippetFields), searcher.getIndexReader());
      if (matched.isPresent()) {
        int[] one = new int[snippetFields.length];
        Arrays.fill(one, 1);
        snippets = new Highlighter(searcher, indexAnalyzer).snippets(snippetFields, matched.get(), docs, one);
      }
    }
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      // A message's body can run to tens of thousands of characters: it is read only for a turn's opening.
      Document doc = stored.document(docs[i], turns ? TURN_HIT_FIELDS : MESSAGE_HIT_FIELDS);
      hits.add(hit(doc, snippet(doc, snippets, snippetFields, i), sectionNames));
    }
    return hits;
  }

  @SuppressWarnings("unchecked")
  private static List<Snippet> snippet(Document doc, Map<String, Object[]> snippets, String[] fields, int i) {
    for (String field : fields) {
      Object[] each = snippets.get(field);
      if (each != null && each[i] != null) {
        return (List<Snippet>) each[i];
      }
    }
    // Nothing to mark: the words were in the title only, or there were none. Open with the lead.
    String opening = doc.get(Fields.LEAD);
    for (String field : fields) {
      opening = opening == null ? doc.get(field) : opening;
    }
    if (opening != null) {
      return Snippets.opening(opening);
    }
    return List.of();
  }

  private static Hit hit(Document doc, List<Snippet> snippet, Map<String, String> sectionNames) {
    String slug = doc.get(Fields.SECTION);
    Section section = new Section(slug, sectionNames.getOrDefault(slug, doc.get(Fields.SECTION_NAME)));
    Kind kind = kind(doc.get(Fields.KIND));
    Optional<Integer> turn = Optional.ofNullable(doc.getField(Fields.TURN_INDEX)).map(f -> f.numericValue().intValue());
    String path = doc.get(Fields.PATH) + turn.map(n -> "#turn-" + n).orElse("");
    return new Hit(doc.getField(Fields.NUMBER).numericValue().longValue(), doc.get(Fields.TITLE),
        LocalDate.ofEpochDay(doc.getField(Fields.PUBLISHED).numericValue().longValue()), section, kind,
        doc.get(Fields.LANGUAGE), path, turn, Optional.ofNullable(doc.get(Fields.SPEAKER_NAME)), snippet);
  }

  private static Kind kind(String name) {
    try {
      return Kind.valueOf(name);
    } catch (IllegalArgumentException e) {
      return Kind.MESSAGE; // a kind an older version of Chancery knew; a rebuild brings the current one
    }
  }

  private Map<Facet, List<FacetCount>> facets(IndexSearcher searcher, FacetCounter.Counts counts,
      Map<String, String> sectionNames) throws IOException {
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<Map.Entry<String, Long>> top = counts.values().get(facet).entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(FACET_VALUES)
          .toList();
      List<FacetCount> labelled = new ArrayList<>(top.size());
      for (Map.Entry<String, Long> value : top) {
        labelled.add(new FacetCount(value.getKey(), label(searcher, facet, value.getKey(), sectionNames), value.getValue()));
      }
      facets.put(facet, List.copyOf(labelled));
    }
    return facets;
  }

  private String label(IndexSearcher searcher, Facet facet, String value, Map<String, String> sectionNames)
      throws IOException {
    return switch (facet) {
      case SECTION -> sectionNames.containsKey(value) ? sectionNames.get(value) : storedSectionName(searcher, value);
      case KIND -> kind(value).label();
      case SPEAKER -> speakerName(searcher, value);
      case LANGUAGE -> value;
    };
  }

  /** The section's name as indexed with its messages, for a section the managed list does not hold. */
  private String storedSectionName(IndexSearcher searcher, String slug) throws IOException {
    Map<String, String> known = labels(searcher).sections();
    String name = known.get(slug);
    if (name == null) {
      TopDocs one = searcher.search(term(Fields.SECTION, slug), 1);
      name = one.scoreDocs.length == 0 ? slug
          : searcher.storedFields().document(one.scoreDocs[0].doc).get(Fields.SECTION_NAME);
      known.put(slug, name);
    }
    return name;
  }

  /**
   * The speaker's label as written in their first turn of the lowest-numbered message, the
   * archive's first: "Q." and "Question" are one speaker, shown as the archive first wrote it.
   */
  private String speakerName(IndexSearcher searcher, String key) throws IOException {
    Map<String, String> known = labels(searcher).speakers();
    String name = known.get(key);
    if (name == null) {
      Query turns = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.TYPE, Fields.TURN)), Occur.FILTER)
          .add(term(Fields.SPEAKER, key), Occur.FILTER)
          .build();
      TopFieldDocs first = searcher.search(turns, new TopFieldCollectorManager(FIRST_WRITTEN, 1, null, 1));
      name = first.scoreDocs.length == 0 ? key
          : searcher.storedFields().document(first.scoreDocs[0].doc).get(Fields.SPEAKER_NAME);
      known.put(key, name);
    }
    return name;
  }

  /** The labels worked out for the searcher's reader so far; none yet when it is a new one. */
  private Labels labels(IndexSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    return labels.updateAndGet(known -> known.reader() == reader ? known
        : new Labels(reader, new ConcurrentHashMap<>(), new ConcurrentHashMap<>()));
  }

  /** The managed sections' current names by slug. */
  private Map<String, String> sectionNames() {
    return sections.get().stream().collect(Collectors.toMap(Section::slug, Section::name, (first, second) -> first));
  }

  private SearchResult empty(SearchRequest request, Set<SearchNotice> notices) {
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      facets.put(facet, List.of());
    }
    return new SearchResult(List.of(), 0, request.page(), request.pageSize(), facets, List.copyOf(notices));
  }

  /** Published from {@code from} to {@code until}, as epoch days: by points, or by doc values when the words find few. */
  private static Query published(long from, long until) {
    return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(Fields.PUBLISHED, from, until),
        NumericDocValuesField.newSlowRangeQuery(Fields.PUBLISHED, from, until));
  }

  /** Whether the query matches a phrase anywhere: a phrase's positions are the costly part to read twice. */
  private static boolean readsPositions(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        found[0] |= leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
    return found[0];
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Term owner(long number) {
    return new Term(Fields.OWNER, Long.toString(number));
  }

  private void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the search index's readers", e);
    }
  }

  private interface Search<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(Search<T> search) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index", e);
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static void giveUp(IndexWriter writer, Directory directory) {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException ignored) {
      // already failing: the first error is the one to report
    }
    try {
      directory.close();
    } catch (IOException | RuntimeException ignored) {
      // as above
    }
  }

  /** Deletes the files Lucene writes (segments, their parts, the lock), and nothing else. */
  private static void deleteIndexFiles(Path folder) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && (name.startsWith(IndexFileNames.SEGMENTS)
            || name.startsWith(IndexFileNames.PENDING_SEGMENTS) || name.equals(IndexWriter.WRITE_LOCK_NAME)
            || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches())) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the unreadable search index in " + folder, e);
    }
  }

  /** The highlighter, for its snippets as objects rather than strings. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher, Analyzer analyzer) {
      super(UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new Snippets())
          .withMaxNoHighlightPassages(0)
          .withMaxLength(HIGHLIGHTED_LENGTH)
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
              BreakIterator.getSentenceInstance(Locale.ROOT), Snippets.LENGTH, 0.3f)));
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }
}
