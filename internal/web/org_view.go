package web

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"coalition/internal/directory"
	"coalition/internal/vocab"
)

// orgText is a name or description with its language named in the UI language.
type orgText struct {
	Lang, LangName, Value string
}

// orgRow is one line of the organization list.
type orgRow struct {
	ID             int64
	Name, NameLang string
	Others         []orgText // the name in other languages or scripts
	Country, City  string
	Kind, Level    string
	Topics         []string
	Archived       bool
}

// newOrgRow labels o for the list in lang.
func newOrgRow(lang string, o directory.Organization) orgRow {
	return orgRow{ID: o.ID, Name: o.Name, NameLang: o.NameLang, Others: orgTexts(lang, o.Names),
		Country: countryName(lang, o.Country), City: o.City,
		Kind: termLabel(vocab.OrgKind, o.Kind, lang), Level: termLabel(vocab.Level, o.Level, lang),
		Topics: orgTermLabels(vocab.Topic, o.Topics, lang), Archived: o.Archived}
}

// orgView is an organization with every code named in the UI language and
// its numbers formatted, for the detail page.
type orgView struct {
	directory.Organization
	NameLangName          string
	Others, Descs         []orgText
	CountryName, Region   string
	Level, Sector, Kind   string
	Functions, Topics     []string
	WorkingLanguages      []string
	MembersN, AudienceN   string // formatted; "" for 0
	HasRegistry, HasReach bool
}

// newOrgView labels o in lang.
func newOrgView(lang string, o directory.Organization) orgView {
	v := orgView{Organization: o, NameLangName: orgLanguageName(lang, o.NameLang),
		Others: orgTexts(lang, o.Names), Descs: orgTexts(lang, o.Descriptions),
		CountryName: countryName(lang, o.Country), Region: orgRegionLabel(o.Region),
		Level: termLabel(vocab.Level, o.Level, lang), Sector: termLabel(vocab.Sector, o.Sector, lang),
		Kind:      termLabel(vocab.OrgKind, o.Kind, lang),
		Functions: orgTermLabels(vocab.Function, o.Functions, lang), Topics: orgTermLabels(vocab.Topic, o.Topics, lang),
		HasRegistry: o.Registry != directory.RegistryIDs{}, HasReach: o.Members > 0 || o.Audience > 0,
	}
	for _, l := range o.Languages {
		v.WorkingLanguages = append(v.WorkingLanguages, orgLanguageName(lang, l))
	}
	num := message.NewPrinter(language.Make(lang))
	if o.Members > 0 {
		v.MembersN = num.Sprintf("%d", o.Members)
	}
	if o.Audience > 0 {
		v.AudienceN = num.Sprintf("%d", o.Audience)
	}
	return v
}

// orgTexts names the languages of texts in lang.
func orgTexts(lang string, ts []directory.Text) []orgText {
	out := make([]orgText, len(ts))
	for i, t := range ts {
		out[i] = orgText{Lang: t.Lang, LangName: orgLanguageName(lang, t.Lang), Value: t.Value}
	}
	return out
}
