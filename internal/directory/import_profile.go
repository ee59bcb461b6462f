package directory

import (
	"slices"

	"coalition/internal/fold"
	"coalition/internal/i18n"
)

// Profile is a built-in way to read a well-known file: its columns, and what
// every row gets besides.
type Profile struct {
	Name     string
	Entity   Entity
	Header   []string          // a file whose header is exactly this uses the profile without being asked
	Map      map[string]string // column → field ("" ignores it); other columns are recognised as usual
	Kind     string            // people: the kind of every row
	NameCase bool              // people: family names in capitals are written in name case
	Source   string            // the source of records the file creates
}

// profiles are the built-in profiles.
var profiles = []Profile{{
	// The list of current Members of the European Parliament
	// (../shared/data/meps/meps.csv): EP id, lower-case ISO country (gr for
	// Greece), names with the family name in capitals, group and party.
	Name:   "meps",
	Entity: EntityPerson,
	Header: []string{"epid", "country", "first_name", "last_name", "email", "eugroup", "party", "since", "twitter"},
	Map: map[string]string{"epid": "external_id", "country": "country", "first_name": "given_name",
		"last_name": "family_name", "email": "email", "eugroup": "political_group", "party": "party",
		"since": "", "twitter": "social"},
	Kind:     "mep",
	NameCase: true,
	Source:   "European Parliament: Members (meps.csv)",
}}

// LookupProfile returns the built-in profile with the given name.
func LookupProfile(name string) (Profile, bool) {
	i := slices.IndexFunc(profiles, func(p Profile) bool { return p.Name == name })
	if i < 0 {
		return Profile{}, false
	}
	return profiles[i], true
}

// ProfileNames lists the built-in profiles.
func ProfileNames() []string {
	out := make([]string, len(profiles))
	for i, p := range profiles {
		out[i] = p.Name
	}
	return out
}

// detectProfile finds the profile whose header the file has (compared folded).
func detectProfile(e Entity, header []string) (Profile, bool) {
	for _, p := range profiles {
		if p.Entity == e && slices.EqualFunc(p.Header, header, func(a, b string) bool { return fold.Key(a) == fold.Key(b) }) {
			return p, true
		}
	}
	return Profile{}, false
}

// resolveProfile returns the profile opts ask for, or the one the header
// matches; ok is false when there is none. The profile's mapping is merged
// under opts.Map.
func resolveProfile(e Entity, header []string, opts *ImportOptions) (Profile, bool, error) {
	p, ok := detectProfile(e, header)
	if opts.Profile != "" {
		if p, ok = LookupProfile(opts.Profile); !ok || p.Entity != e {
			return Profile{}, false, i18n.Invalid("", "import.profile", "value", opts.Profile)
		}
	}
	if !ok {
		return Profile{}, false, nil
	}
	m := map[string]string{}
	for _, h := range header {
		if f, listed := p.Map[h]; listed {
			m[h] = f
		}
	}
	for k, v := range opts.Map {
		m[k] = v
	}
	opts.Map = m
	if opts.Source == "" {
		opts.Source = p.Source
	}
	return p, true, nil
}
