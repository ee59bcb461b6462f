package directory

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// CombineOrgs returns keep with what drop adds to it, for a merge: keep's
// values win; keep's empty fields are filled from drop (region and city only
// when both are in the same country); functions, topics and languages are
// united; drop's name and alternative names become alternative names of keep
// unless keep already has the name (the same NameKey in the same script: a
// spelling in another script, "Зелени Балкани" beside "Zeleni Balkani", is
// kept); descriptions are united by language, keep's winning for a language
// both have; empty registry ids are filled from drop; members and audience take
// the larger; Source names both. ID, Version and the times stay keep's.
func CombineOrgs(keep, drop Organization) Organization {
	out := keep
	out.Names = combineNames(keep, drop)
	out.Descriptions = unionByLang(keep.Descriptions, drop.Descriptions)
	if NameKey(keep.Name) == NameKey(drop.Name) {
		fill(&out.NameLang, drop.NameLang)
	}
	if keep.Country == "" || keep.Country == drop.Country {
		fill(&out.Region, drop.Region)
		fill(&out.City, drop.City)
	}
	for _, f := range []struct{ dst, src *string }{
		{&out.Country, &drop.Country}, {&out.Level, &drop.Level}, {&out.Sector, &drop.Sector},
		{&out.Kind, &drop.Kind}, {&out.Website, &drop.Website}, {&out.Email, &drop.Email},
		{&out.Phone, &drop.Phone}, {&out.Registry.Transparency, &drop.Registry.Transparency},
		{&out.Registry.PIC, &drop.Registry.PIC}, {&out.Registry.National, &drop.Registry.National},
	} {
		fill(f.dst, *f.src)
	}
	out.Functions = union(keep.Functions, drop.Functions)
	out.Topics = union(keep.Topics, drop.Topics)
	out.Languages = union(keep.Languages, drop.Languages)
	out.Members = max(keep.Members, drop.Members)
	out.Audience = max(keep.Audience, drop.Audience)
	out.Source = joinSources(keep.Source, drop.Source)
	out.HasLogo = keep.HasLogo || drop.HasLogo
	return out
}

// CombinePeople returns keep with what drop adds to it, for a merge, by the
// rules of CombineOrgs; of the two consent records the more recent valid one
// is kept.
func CombinePeople(keep, drop Person) Person {
	out := keep
	for _, f := range []struct{ dst, src *string }{
		{&out.GivenName, &drop.GivenName}, {&out.FamilyName, &drop.FamilyName}, {&out.Kind, &drop.Kind},
		{&out.Country, &drop.Country}, {&out.Email, &drop.Email}, {&out.Phone, &drop.Phone},
		{&out.Website, &drop.Website}, {&out.Social, &drop.Social}, {&out.PoliticalGroup, &drop.PoliticalGroup},
		{&out.Party, &drop.Party}, {&out.ExternalID, &drop.ExternalID},
	} {
		fill(f.dst, *f.src)
	}
	out.Languages = union(keep.Languages, drop.Languages)
	out.Consent = newerConsent(keep.Consent, drop.Consent)
	out.Source = joinSources(keep.Source, drop.Source)
	return out
}

// fill sets *dst to src when *dst is empty.
func fill(dst *string, src string) {
	if *dst == "" {
		*dst = src
	}
}

// union returns a new slice with a's values, then b's that a lacks.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, v := range b {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// unionByLang returns a new slice with keep's texts, then drop's in languages
// keep has no text in.
func unionByLang(keep, drop []Text) []Text {
	out := slices.Clone(keep)
	for _, d := range drop {
		if !slices.ContainsFunc(out, func(t Text) bool { return t.Lang == d.Lang }) {
			out = append(out, d)
		}
	}
	return out
}

// combineNames returns keep's alternative names followed by drop's name and
// alternative names that keep does not have yet.
func combineNames(keep, drop Organization) []Text {
	out := slices.Clone(keep.Names)
	have := []nameID{newNameID(keep.Name)}
	for _, t := range keep.Names {
		have = append(have, newNameID(t.Value))
	}
	for _, t := range append([]Text{{Lang: drop.NameLang, Value: drop.Name}}, drop.Names...) {
		id := newNameID(t.Value)
		if strings.TrimSpace(t.Value) == "" || slices.Contains(have, id) {
			continue
		}
		have = append(have, id)
		out = append(out, t)
	}
	return out
}

// nameID tells names apart for combineNames: the same key in the same scripts
// is the same name.
type nameID struct {
	key     string
	scripts scriptSet
}

func newNameID(name string) nameID { return nameID{key: NameKey(name), scripts: scriptsOf(name)} }

// sourceSeparator joins the sources of merged records.
const sourceSeparator = "; "

// joinSources returns keep's source followed by drop's, unless keep names it
// already or the result would be longer than a source may be.
func joinSources(keep, drop string) string {
	switch {
	case drop == "":
		return keep
	case keep == "":
		return drop
	case slices.Contains(strings.Split(keep, sourceSeparator), drop):
		return keep
	}
	joined := keep + sourceSeparator + drop
	if utf8.RuneCountInString(joined) > maxName {
		return keep
	}
	return joined
}

// newerConsent returns a copy of the more recent of two consent records that
// are valid (a known legal basis, a date and a source), keep's on a tie; when
// neither is valid, keep's, or drop's when keep has none.
func newerConsent(keep, drop *Consent) *Consent {
	pick := keep
	switch kv, dv := validConsent(keep), validConsent(drop); {
	case kv && dv:
		if drop.Date.After(keep.Date) {
			pick = drop
		}
	case dv, keep == nil:
		pick = drop
	}
	if pick == nil {
		return nil
	}
	c := *pick
	return &c
}

func validConsent(c *Consent) bool {
	return c != nil && slices.Contains(consentBases, c.Basis) && !c.Date.IsZero() && c.Source != ""
}
