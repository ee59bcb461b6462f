// Package search is Coalition's search engine over organizations: an
// in-memory index derived from the database and always rebuildable from it,
// with facet counts, ranking tiers and prefix matching while typing, fast
// enough at a million organizations on two cores (p50 ≤ 5 ms, p99 ≤ 50 ms
// with facet counts; see BenchmarkSearch and the figures below).
//
// # Why an index of our own
//
// Plain SQLite FTS5 (bm25) and PostgreSQL GIN were measured at p99 ≈ 440 ms
// and ≈ 210 ms at 1M: a single very common word makes them score every
// match. Here nothing is scored per match. Documents are numbered in
// static-rank order (reach, members plus audience on a log scale, and
// level), so reading any set of matches in ascending order yields the best
// first; ranking is a few tiers, each a set operation; and only the page
// asked for is read out.
//
// # Documents and text
//
// A document holds an organization's names (Name and Names) in the name
// field; its descriptions and city in the text field; and its facets:
// country, region (stored under its NUTS code and every parent code, so
// region:LV00 matches LV006), level, sector, kind, function, topic,
// language, and archived (excluded unless Query.IncludeArchived).
//
// Indexed text and queries go through the same folding: fold.Tokens (case,
// diacritics, ł ß ø æ đ ħ…, Cyrillic by the Bulgarian official system and
// Greek by ELOT 743 to Latin), so "Зелени Балкани" and "zeleni balkani"
// meet. Runs of plain ASCII skip the Unicode machinery; a test and a fuzz
// test hold the result equal to fold.Tokens. Words are cut at 64 bytes.
//
// Descriptions in the 13 official languages that have a Snowball stemmer
// (da de en es fi fr ga hu it nl pt ro sv) are also indexed by stem, under
// their language; a query word matches exactly, by any of its 13 stems
// against the stems of that language, or (being typed) as a prefix. The
// other 11 languages (bg cs el et hr lt lv mt pl sk sl) and text of unknown
// language are matched by exact words and prefixes only. Words are folded
// before stemming, on both sides, so typing without diacritics still meets.
//
// # Layout
//
// The bulk of the index is a segment written by Build and never modified: a
// sorted dictionary of keys in one string, and per key and field a posting
// list in the portable Roaring format, back to back in one byte arena (a
// one-document list costs 18 bytes; the garbage collector never scans it).
// Every name's hash sits in a sorted array for exact full-name matches.
//
// Organizations written after Build live in a small mutable delta (Roaring
// bitmaps) under document numbers after the segment's, so they rank below
// the built ones until the next build; a new version of a built
// organization keeps its number and rank, and its stale lists in the
// segment are masked by a bitset. Facets are a bitset per value (a
// popcount per value counts them) and a Roaring bitmap per NUTS code.
//
// # Evaluating a query
//
// A query is parsed (Parse: words, "phrases", -exclusions, facet:value
// filters; at most 500 runes and 16 terms) and evaluated in dense bitsets,
// 125 KB each at 1M documents, so an AND, OR or count costs a few
// microseconds whatever the number of matches. Each word's set is the
// union of its posting lists in both fields, its stems and, for the word
// being typed, up to 64 completions (the most frequent first, stopping once
// they hold a million postings). Facets are counted with every other
// facet's filter applied but not their own, by popcount over value bitsets,
// or document by document when few match. The page is taken tier by tier:
// a whole name equal to the query; every word in a name; every word in a
// name with the last as a prefix; every word exactly or by stem anywhere;
// the rest. Within a tier, static rank decides.
//
// # Following the database, on every instance
//
// Every write to the directory appends a Change (an increasing sequence
// number) in its own transaction. An Engine wraps an Index per application
// instance and follows that log:
//
//   - Start notes the last sequence number, builds the index from a full
//     scan (the cold start), then re-reads the changes from a little
//     before that number (replayWindow) and applies them: re-indexing an
//     organization is idempotent (Put replaces; an organization no longer
//     found is deleted), so reading a change twice is harmless, and a
//     write that committed during the scan is caught either by the scan or
//     by the replay.
//   - Search first catches up with the log when the last read is older than
//     PollInterval (200 ms), one cheap indexed query usually returning
//     nothing; Notify, called after a write in this process, makes the next
//     Search read the log whatever the interval, so a user sees their own
//     write at once. Another instance's write shows within PollInterval of
//     the next search (and within FollowInterval when no one searches).
//   - On PostgreSQL a transaction that took a lower sequence number can
//     commit after a higher one is visible (the store now serializes its
//     appends to the log with an advisory lock, but the engine does not
//     rely on it), and a rolled-back one leaves a gap for ever. The
//     position in the log waits at the first gap: changes above it are
//     applied when seen and remembered, and the gap is re-read on every
//     poll until the missing number shows up or GapHold (10 s) passes.
//   - A rebuild (after RebuildAfter writes or RebuildEvery) builds a new
//     index while the old one serves, replays the log from a little before
//     the position it started from, and swaps. It also heals the one case
//     the above cannot: a transaction holding a sequence number for longer
//     than GapHold, whose change is then skipped.
//
// Each instance thus converges on the database within PollInterval, and no
// state lives only in one process: every index is rebuilt from the
// database alone. A rebuild reads with one worker fewer than the cores, to
// leave one to the searches.
//
// # Figures
//
// This 2-core machine, the synthetic corpus of bench_test.go (27 member
// states by population, 23 languages with Zipf-distributed words, so that
// the most common word of a language is in most of its descriptions), a
// fixed mix of 350 queries of 1 to 3 words, prefixes, whole names and
// common words, 40% with facet filters; latency includes facet counts.
// Other engineers' test runs shared the machine; figures vary with them.
//
//	                      100,000      1,000,000
//	search p50            0.13 ms      0.7 ms
//	search p95            0.4 ms       3.4–3.8 ms
//	search p99            0.7–4 ms     3.7–7.6 ms   (load average ~10: 22 ms)
//	… during a rebuild    0.14 / 6 ms  0.8 / 9–17 ms (p50 / p99)
//	Build (cold start)    3–4 s        24–45 s      (incl. 11 s generating)
//	Put one at a time     14 s
//	heap after Build      82 MB        352 MB
//	resident, serving     96 MB        355 MB
//	peak, rebuilding      0.4 GB       1.27 GB
//
// The build figures include generating the corpus. From a stored million,
// read through Source.ScanOrgsForSearch, `coalition bench search` measured
// the whole cold start at 11.2 s (22 November 2026; the README has the run). A build needs about 550 MB of working
// memory beside the index it replaces; Engine.BuildMemoryLimit keeps the
// process under 1.5 GB meanwhile when GOMEMLIMIT is not set.
package search
