package search

import (
	"math"
	"slices"

	"coalition/internal/directory"
)

// Fields of a posting key: a word is looked up in both, and a match in the
// name field ranks higher.
const (
	fieldName = 0 // the organization's names
	fieldText = 1 // descriptions, city, and description stems (stemKey)
	numFields = 2
)

// document is what the index takes from an organization.
type document struct {
	org    int64
	score  float64 // static rank: higher comes first
	keys   [numFields][]string
	names  []uint64 // nameHash of each name
	facets facetValues
}

// facetValues are a document's facet values, normalized.
type facetValues struct {
	single   [numSingle]string // country, region (its own code), level, sector, kind
	multi    [numFacets - numSingle][]string
	archived bool
}

// keySink receives the searchable text of an organization. The index
// (document, with strings) and the bulk builder (shard, with numbered keys)
// each implement it; extract decides what is searchable, once.
type keySink interface {
	name(s string)       // a name: its words in fieldName, and its nameHash
	text(s, lang string) // a description or the city: its words, and their stems in lang, in fieldText
}

// extract feeds the searchable text of o to k.
func extract(o directory.Organization, k keySink) {
	k.name(o.Name)
	for _, n := range o.Names {
		k.name(n.Value)
	}
	for _, t := range o.Descriptions {
		k.text(t.Value, baseLang(t.Lang))
	}
	k.text(o.City, "")
}

// newDocument returns the document of o, its keys sorted and distinct.
func newDocument(o directory.Organization) document {
	d := document{org: o.ID, score: staticScore(o), facets: newFacetValues(o)}
	extract(o, &d)
	for f := range d.keys {
		slices.Sort(d.keys[f])
		d.keys[f] = slices.Compact(d.keys[f])
	}
	slices.Sort(d.names)
	d.names = slices.Compact(d.names)
	return d
}

func (d *document) name(s string) {
	if words := tokens(s); len(words) > 0 {
		d.keys[fieldName] = append(d.keys[fieldName], words...)
		d.names = append(d.names, nameHash(words))
	}
}

func (d *document) text(s, lang string) {
	words := tokens(s)
	d.keys[fieldText] = append(d.keys[fieldText], words...)
	if stemmers[lang] == nil {
		return
	}
	for _, w := range words {
		if st, ok := stem(lang, w); ok {
			d.keys[fieldText] = append(d.keys[fieldText], stemKey(lang, st))
		}
	}
}

// levelWeight lifts organizations that work at a wider level.
var levelWeight = map[string]float64{
	"international": 2, "european": 2, "national": 1.5, "regional": 0.75,
}

// staticScore is the query-independent rank of an organization: its reach
// (members and audience, on a log scale) and the level it works at.
func staticScore(o directory.Organization) float64 {
	reach := max(o.Members, 0) + max(o.Audience, 0)
	return math.Log10(1+float64(reach)) + levelWeight[o.Level]
}

func newFacetValues(o directory.Organization) facetValues {
	fv := facetValues{archived: o.Archived}
	for i, v := range [numSingle]string{o.Country, o.Region, o.Level, o.Sector, o.Kind} {
		fv.single[i] = normalizeValue(i, v)
	}
	for i, vs := range [...][]string{o.Functions, o.Topics, o.Languages} {
		fv.multi[i] = normalizeValues(numSingle+i, vs)
	}
	return fv
}

func normalizeValues(facet int, vs []string) []string {
	var out []string
	for _, v := range vs {
		if v = normalizeValue(facet, v); v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// archivedKey marks archived documents while building.
const archivedKey = facetMark + "archived"
