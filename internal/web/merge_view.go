package web

import (
	"fmt"
	"strconv"
	"strings"

	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// mergePage is the data of merge_form.html: two records side by side, the
// record a merge would make of them, and the form that merges.
type mergePage struct {
	People     bool // people, not organizations
	Keep, Drop mergeSide
	Rows       []mergeRow
	Action     string // where the form posts
	SwapURL    string // the same screen with keep and drop exchanged
	Blocked    bool   // one of the two is archived or merged: no merge
	Error      string // why the last attempt failed, translated
}

// mergeSide is one of the two records.
type mergeSide struct {
	ID      int64
	Name    string
	URL     string
	Version int64
}

// mergeRow is one field of the comparison. Result is what the kept record
// will hold; Filled says it takes the value (or more values) from the other.
type mergeRow struct {
	Label              string
	Keep, Drop, Result string
	Filled             bool
	Differ             bool // the two records disagree on this field
}

// newMergeRow compares one field.
func newMergeRow(label, keep, drop, result string) mergeRow {
	return mergeRow{Label: label, Keep: keep, Drop: drop, Result: result,
		Filled: result != keep, Differ: keep != "" && drop != "" && keep != drop}
}

// mergeCountRow compares how many linked records (affiliations) each side
// has: the kept record will have them all, which is no disagreement.
func mergeCountRow(label string, keep, drop int) mergeRow {
	r := newMergeRow(label, strconv.Itoa(keep), strconv.Itoa(drop), strconv.Itoa(keep+drop))
	r.Differ = false
	return r
}

// mergeRows keeps the rows where at least one record has a value.
func mergeRows(rows ...mergeRow) []mergeRow {
	out := rows[:0]
	for _, r := range rows {
		if r.Keep != "" || r.Drop != "" || r.Result != "" {
			out = append(out, r)
		}
	}
	return out
}

// mergeCount writes a count, or "" for zero.
func mergeCount(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// mergeTerms labels vocabulary codes in lang, joined.
func mergeTerms(name string, codes []string, lang string) string {
	labels := make([]string, len(codes))
	for i, c := range codes {
		labels[i] = termLabel(name, c, lang)
	}
	return strings.Join(labels, ", ")
}

// mergeVocabName is the heading of a vocabulary in lang ("Sector").
func mergeVocabName(name, lang string) string {
	v, _ := vocab.Get(name)
	return v.Label(lang)
}

// mergePlace writes "City, Country" in lang, either part optional.
func mergePlace(lang, country, city string) string {
	parts := []string{}
	for _, p := range []string{city, countryName(lang, country)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// mergeURLs fills the form action and the swap link of a merge screen at path.
func (p *mergePage) mergeURLs(path string) {
	p.Action = path
	p.SwapURL = fmt.Sprintf("%s?keep=%d&drop=%d", path, p.Drop.ID, p.Keep.ID)
}

// mergeIDs reads keep and drop from a query or form; the same id twice is
// merge.same_record.
func mergeIDs(keep, drop string) (int64, int64, error) {
	k, d := formInt64(keep), formInt64(drop)
	if k != 0 && k == d {
		return 0, 0, i18n.NewError(errs.ErrInvalid, "", "merge.same_record")
	}
	return k, d, nil
}
