package directory

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// Match is a record that may be a duplicate of another: its id, how sure the
// match is (0–1, see the Score constants) and why, as catalog keys
// ("duplicate.same_name"…) that the front ends translate.
type Match struct {
	ID      int64
	Score   float64
	Reasons []string
}

// The scores of duplicate detection. A Match or Pair is reported from
// ScorePossible up; from ScoreStrong up the front ends call it a likely
// duplicate. The values were chosen with the table tests in duplicate_test.go
// and the recall/precision test on synthetic data (duplicate_scan_test.go):
//
//   - a shared registry id identifies an organization exactly: ScoreCertain;
//   - the same NameKey in the same country is strong (0.9): folding, legal forms
//     and word order are already set aside, and two unrelated organizations of
//     one country rarely carry exactly the same distinctive words;
//   - similar names in the same country are possible, 0.5 to 0.8 by similarity
//     (see SimilarThreshold), so a typo alone never reaches ScoreStrong;
//   - a different country takes countryPenalty off, so a national organization
//     and its European namesake ("Friends of the Earth", "Friends of the Earth
//     Europe") stay below ScoreStrong, and merely similar names in two countries
//     fall below ScorePossible; an unknown country takes a little off;
//   - the same website host or the same e-mail address is evidence, never
//     enough alone: national branches often share an umbrella site.
const (
	ScoreCertain  = 1.0  // a shared registry id (or, for people, external id)
	ScoreStrong   = 0.85 // from here up: a likely duplicate
	ScorePossible = 0.5  // from here up: reported at all

	scoreSameName         = 0.9  // same NameKey, same country
	scoreSimilarBase      = 0.5  // similarity at SimilarThreshold, same country
	scoreSimilarSpan      = 0.3  // added as similarity grows from SimilarThreshold to 1
	countryPenalty        = 0.35 // the two records are in different countries
	unknownCountryPenalty = 0.1  // one of the two has no country
	websiteBonus          = 0.15 // same website host
	emailBonus            = 0.15 // same e-mail address
	scoreBelowCertain     = 0.99 // the most that evidence without a registry id reaches
	scoreEpsilon          = 1e-9 // guards threshold comparisons against rounding
)

// reasonSet holds the reasons of a match as bits; reasonKeys names them.
type reasonSet uint16

// The reasons a match can have.
const (
	reasonRegistry reasonSet = 1 << iota
	reasonSameName
	reasonSimilarName
	reasonWebsite
	reasonEmail
	reasonOtherScript
	reasonOtherCountry
	reasonExternalID
)

// reasonKeys are the catalog keys of the reasons, in the order of their bits.
var reasonKeys = [...]string{
	"duplicate.same_registry_id",
	"duplicate.same_name",
	"duplicate.similar_name",
	"duplicate.same_website",
	"duplicate.same_email",
	"duplicate.other_script",
	"duplicate.other_country",
	"duplicate.same_external_id",
}

// keys returns the catalog keys of the reasons in r, in a fixed order.
func (r reasonSet) keys() []string {
	var out []string
	for i, k := range reasonKeys {
		if r&(1<<i) != 0 {
			out = append(out, k)
		}
	}
	return out
}

// OrgDuplicates returns the organizations that may be duplicates of o, best
// first: those sharing a registry id, and those with the same NameKey for o's
// name or any of its alternative names, in any country (a different country
// lowers the score). o itself (by ID) and archived records are left out. It is
// meant for entry and import, and scores a pair as the full scan does; the
// scan (DuplicateOrgs) also finds merely similar names, which it judges by how
// common their words are in the whole directory (see wordRarity).
func (s *Service) OrgDuplicates(ctx context.Context, o Organization) ([]Match, error) {
	cands, err := s.orgCandidates(ctx, o)
	if err != nil {
		return nil, fmt.Errorf("organization duplicates: %w", err)
	}
	idx := newDupIndex()
	idx.add(prepareOrg(o))
	for _, c := range cands {
		idx.add(prepareOrg(c))
	}
	var out []Match
	for i, c := range cands {
		if score, why := idx.score(0, i+1); score >= ScorePossible-scoreEpsilon {
			out = append(out, Match{ID: c.ID, Score: score, Reasons: why.keys()})
		}
	}
	sortMatches(out)
	return out, nil
}

// orgCandidates gathers the organizations that share a registry id or a name
// key with o, once each, without o and without archived ones. Keys are looked up
// without a country: that finds the same-country records too, and records
// elsewhere are scored lower rather than missed.
func (s *Service) orgCandidates(ctx context.Context, o Organization) ([]Organization, error) {
	var all []Organization
	for _, r := range registryLookups(o.Registry) {
		found, err := s.store.OrgsByRegistry(ctx, r)
		if err != nil {
			return nil, err
		}
		all = append(all, found...)
	}
	for _, key := range orgNameKeys(o) {
		found, err := s.store.OrgsByAnyNameKey(ctx, key)
		if err != nil {
			return nil, err
		}
		all = append(all, found...)
	}
	return uniqueLiveOrgs(all, o.ID), nil
}

// registryLookups returns the registry ids to look up for r: as written, and
// in the form validation stores (PIC digits only, Transparency id with its
// dash, national number without spaces, dashes, dots and slashes) when that
// differs, so that "999 123 456" finds 999123456.
func registryLookups(r RegistryIDs) []RegistryIDs {
	if r == (RegistryIDs{}) {
		return nil
	}
	norm := RegistryIDs{PIC: registryKey(r.PIC), National: registryKey(r.National)}
	if t := registryKey(r.Transparency); len(t) > 2 {
		norm.Transparency = t[:len(t)-2] + "-" + t[len(t)-2:]
	}
	if norm == r {
		return []RegistryIDs{r}
	}
	return []RegistryIDs{r, norm}
}

// orgNameKeys returns the distinct, non-empty NameKeys of o's names.
func orgNameKeys(o Organization) []string {
	keys := []string{NameKey(o.Name)}
	for _, n := range o.Names {
		keys = append(keys, NameKey(n.Value))
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	return slices.DeleteFunc(keys, func(k string) bool { return k == "" })
}

// uniqueLiveOrgs keeps the first of each id, leaving out self and archived records.
func uniqueLiveOrgs(orgs []Organization, self int64) []Organization {
	seen := map[int64]bool{}
	out := orgs[:0]
	for _, o := range orgs {
		if o.Archived || (self != 0 && o.ID == self) || seen[o.ID] {
			continue
		}
		seen[o.ID] = true
		out = append(out, o)
	}
	return out
}

// sortMatches orders matches best first, then by id.
func sortMatches(m []Match) {
	slices.SortFunc(m, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}
